import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import { useSearchState } from './use-search-state';

function wrapper({ children }: { children: ReactNode }) {
  return <MemoryRouter initialEntries={['/list?q=школа&page=2']}>{children}</MemoryRouter>;
}

function useListState() {
  return { state: useSearchState(['q', 'platform'] as const), location: useLocation() };
}

describe('useSearchState', () => {
  it('keeps both of two changes made before the list re-renders', () => {
    const { result } = renderHook(useListState, { wrapper });
    const { setFilters } = result.current.state;
    // e.g. a filter picked, then the search box's debounced report arriving with the old setter
    act(() => {
      setFilters({ platform: 'VK' });
      setFilters({ q: '' });
    });
    expect(result.current.location.search).toBe('?platform=VK');
    expect(result.current.state.values).toEqual({ q: '', platform: 'VK' });
  });

  it('goes back to the first page when a filter changes', () => {
    const { result } = renderHook(useListState, { wrapper });
    expect(result.current.state.paging.page).toBe(2);
    act(() => result.current.state.setFilters({ platform: 'TELEGRAM' }));
    expect(result.current.state.paging.page).toBe(0);
    expect(result.current.state.values.q).toBe('школа');
  });
});
