import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { ReviewPage } from './review-page';

const CAMPAIGN = '11111111-1111-4111-8111-111111111111';

const row = (n: number) => ({
  evaluationId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  campaignId: CAMPAIGN,
  campaignTitle: 'Мониторинг 2026',
  role: 'PRIMARY',
  status: 'SUBMITTED',
  account: {
    id: `a-${n}`,
    displayName: `Аккаунт ${n}`,
    platform: 'VK',
    url: `https://vk.com/a${n}`,
  },
  organization: { id: `o-${n}`, name: `Школа № ${n}` },
  municipality: { id: 'm-1', name: 'Саратов' },
  expert: { id: 'e-1', fullName: 'Эксперт Первый' },
  index: 71.5,
  due: '2026-12-20',
  updatedAt: '2026-12-01T10:00:00Z',
});

/** The queue as the server pages it: `total` submitted evaluations, `size` a page. */
function api(total: number) {
  return mockApi({
    [`GET /api/v1/campaigns/${CAMPAIGN}`]: () => json({ id: CAMPAIGN, title: 'Мониторинг 2026' }),
    'GET /api/v1/assignments': (request) => {
      const query = new URL(request.url).searchParams;
      const page = Number(query.get('page') ?? 0);
      const size = Number(query.get('size') ?? 50);
      const first = page * size;
      const items = Array.from({ length: Math.max(0, Math.min(size, total - first)) }, (_, i) =>
        row(first + i + 1),
      );
      return json({ items, total, page, size, totalIsLowerBound: false, next: null });
    },
  });
}

const pagesAsked = (requests: Request[]) =>
  requests
    .filter((r) => new URL(r.url).pathname === '/api/v1/assignments')
    .map((r) => new URL(r.url).searchParams.get('page') ?? '0');

describe('ReviewPage', () => {
  it('pages through a queue longer than one page instead of showing only its start', async () => {
    const requests = api(230);
    renderWithProviders(<ReviewPage id={CAMPAIGN} />);
    const table = await screen.findByRole('table', { name: 'Очередь проверки' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('На проверке 230 оценок')).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Следующая страница' }));
    expect(await screen.findByRole('button', { name: 'Аккаунт 51' })).toBeInTheDocument();
    expect(pagesAsked(requests)).toContain('1');
    expect(new Set(requests.map((r) => new URL(r.url).searchParams.get('status')))).toContain(
      'SUBMITTED',
    );
  });

  it('keeps the page when an evaluation is opened beside the queue', async () => {
    api(230);
    renderWithProviders(<ReviewPage id={CAMPAIGN} />, { route: '/?page=4' });
    const last = await screen.findByRole('button', { name: 'Аккаунт 230' });
    await userEvent.setup().click(last);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Аккаунт 230' })).toHaveAttribute(
        'aria-current',
        'true',
      ),
    );
    expect(screen.getByRole('button', { name: 'Аккаунт 201' })).toBeInTheDocument();
  });

  it('goes back to the last page when the shown page has emptied', async () => {
    const requests = api(100);
    renderWithProviders(<ReviewPage id={CAMPAIGN} />, { route: '/?page=2' });
    expect(await screen.findByRole('button', { name: 'Аккаунт 51' })).toBeInTheDocument();
    expect(pagesAsked(requests)).toEqual(expect.arrayContaining(['2', '1']));
  });
});
