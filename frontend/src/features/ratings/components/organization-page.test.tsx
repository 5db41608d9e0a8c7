import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { OrganizationPage } from './organization-page';

const ORG = '22222222-2222-4222-8222-222222222222';

const point = {
  campaign: { id: 'c1', title: 'Мониторинг', period: '2026-Q3' },
  methodology: { id: 'm1', name: 'Методика', edition: 1 },
  snapshotId: 's1',
  revision: 1,
  name: 'Школа № 1',
  evaluated: 45,
  total: 45,
  index: 71.5,
  ranked: true,
  place: { from: 2, to: 2, of: 10 },
  indexDelta: null,
  placeDelta: null,
  comparison: 'NEW',
};

const evaluation = (n: number) => ({
  id: `ev-${n}`,
  account: { id: `a-${n}`, displayName: `Аккаунт ${n}`, platform: 'VK' },
  index: 50 + (n % 50),
});

/** 45 published evaluations of the organization's accounts, as the server pages them. */
function api() {
  return mockApi({
    'GET /api/v1/ratings/organizations/22222222-2222-4222-8222-222222222222/trend': () =>
      json([point]),
    'GET /api/v1/evaluations': (request) => {
      const query = new URL(request.url).searchParams;
      const page = Number(query.get('page') ?? 0);
      const size = Number(query.get('size') ?? 20);
      const first = page * size;
      const items = Array.from({ length: Math.max(0, Math.min(size, 45 - first)) }, (_, i) =>
        evaluation(first + i + 1),
      );
      return json({ items, total: 45, page, size, totalIsLowerBound: false, next: null });
    },
    'GET /api/v1/evaluations/timeline': () => json([]),
  });
}

describe('OrganizationPage', () => {
  it('pages through all the accounts of the organization', async () => {
    const requests = api();
    renderWithProviders(<OrganizationPage id={ORG} />);
    const table = await screen.findByRole('table', { name: 'Аккаунты: Школа № 1' });
    expect(within(table).getByRole('link', { name: 'Аккаунт 1' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    const asked = new URL(requests.find((r) => r.url.includes('/evaluations?'))!.url).searchParams;
    expect(asked.get('size')).toBe('20');
    expect(asked.get('status')).toBe('PUBLISHED');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Следующая страница' }));
    expect(await screen.findByRole('link', { name: 'Аккаунт 21' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Аккаунт 1' })).toBeNull());
  });

  it('opens on the page the address names', async () => {
    api();
    renderWithProviders(<OrganizationPage id={ORG} />, { route: '/?page=2' });
    expect(await screen.findByRole('link', { name: 'Аккаунт 45' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Аккаунты: Школа № 1' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
  });
});
