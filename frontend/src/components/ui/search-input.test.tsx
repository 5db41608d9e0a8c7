import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { SearchInput } from './search-input';

// The pause is measured on a fake clock: on a loaded machine real keystrokes can lie further apart than
// the delay, and the box then rightly reports in between. Keys are change events (user-event's wrapper
// waits on a real-clock setTimeout that a fake clock never fires).
describe('SearchInput', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(delay?: number) {
    const onChange = vi.fn();
    render(
      <MantineProvider>
        <SearchInput label="Поиск" value="" onChange={onChange} delay={delay} />
      </MantineProvider>,
    );
    const box = screen.getByRole('searchbox', { name: 'Поиск' });
    /** Types text key by key, the clock moving on by gapMs after each key. */
    const type = (text: string, gapMs = 0) => {
      for (const key of text) {
        fireEvent.change(box, { target: { value: (box as HTMLInputElement).value + key } });
        act(() => vi.advanceTimersByTime(gapMs));
      }
    };
    return { onChange, type, box };
  }

  it('reports the trimmed text once, 350 ms after the last key', async () => {
    const { onChange, type, box } = setup();
    // 300 ms between keys: each key restarts the pause
    type(' школа ', 300);
    expect(box).toHaveValue(' школа ');
    act(() => vi.advanceTimersByTime(349 - 300));
    expect(onChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('школа');
  });

  it('reports what was typed before each pause', async () => {
    const { onChange, type } = setup(200);
    type('шк');
    act(() => vi.advanceTimersByTime(200));
    type('ола', 100);
    act(() => vi.advanceTimersByTime(100));
    expect(onChange.mock.calls).toEqual([['шк'], ['школа']]);
  });
});
