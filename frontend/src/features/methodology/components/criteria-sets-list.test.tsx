import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { json, mockApi, paged, renderWithProviders } from '@/testing/test-utils';

import { CriteriaSetsList } from './criteria-sets-list';

const set = (status: string, label: string) => (n: number) => ({
  id: `${status}-${n}`,
  version: 1,
  familyId: `f-${n}`,
  edition: 1,
  name: `${label} ${n}`,
  description: '',
  status,
  approvedAt: '2026-01-01T00:00:00Z',
  approvedBy: null,
  retiredAt: status === 'RETIRED' ? '2026-06-01T00:00:00Z' : null,
  basedOnId: null,
  criteriaCount: 10,
  totalWeight: 100,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

/** 45 approved sets and 25 retired ones (no drafts to an anonymous reader), as the server pages them. */
function api() {
  return mockApi({
    'GET /api/v1/criteria-sets': (request) => {
      const status = new URL(request.url).searchParams.get('status');
      if (status === 'APPROVED') return paged(45, set('APPROVED', 'Методика'))(request);
      if (status === 'RETIRED') return paged(25, set('RETIRED', 'Прежняя'))(request);
      return json({ items: [], total: 0, page: 0, size: 20 });
    },
  });
}

describe('CriteriaSetsList', () => {
  it('pages through the approved and the older sets, each on its own', async () => {
    api();
    const user = userEvent.setup();
    const { container } = renderWithProviders(<CriteriaSetsList />);
    const current = await screen.findByRole('region', { name: 'Действующая методика' });
    expect(await within(current).findByRole('link', { name: 'Методика 1' })).toBeInTheDocument();
    const older = await screen.findByRole('region', { name: 'Прежние редакции' });
    expect(await within(older).findByRole('link', { name: 'Прежняя 1' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Черновики' })).toBeNull();

    await user.click(within(current).getByRole('button', { name: '3' }));
    expect(await within(current).findByRole('link', { name: 'Методика 45' })).toBeInTheDocument();
    await user.click(within(older).getByRole('button', { name: 'Следующая страница' }));
    expect(await within(older).findByRole('link', { name: 'Прежняя 25' })).toBeInTheDocument();
    // each list kept its own page
    await waitFor(() =>
      expect(within(current).queryByRole('link', { name: 'Методика 1' })).toBeNull(),
    );
    expect(within(current).getByRole('link', { name: 'Методика 45' })).toBeInTheDocument();

    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });

  it('opens each list on the page the address names', async () => {
    api();
    renderWithProviders(<CriteriaSetsList />, { route: '/?approvedPage=2&olderPage=1' });
    expect(await screen.findByRole('link', { name: 'Методика 41' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Прежняя 21' })).toBeInTheDocument();
  });
});
