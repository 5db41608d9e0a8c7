import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { ExpertObjections } from './expert-objections';

const objection = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  evaluationId: '11111111-1111-4111-8111-111111111111',
  criterion: { id: `c-${n}`, code: `K${n}`, title: `Критерий ${n}` },
  account: { id: 'a-1', displayName: 'Школа № 1 ВКонтакте' },
  organization: { id: 'o-1', name: 'Школа № 1' },
  status: 'OPEN',
  comment: 'Ответ был дан вовремя',
  evidenceUrl: null,
  authorName: 'Представитель',
  createdAt: '2026-12-01T10:00:00Z',
  resolvedAt: null,
  resolutionReason: null,
  previousValue: null,
  newValue: null,
});

function api(total: number) {
  return mockApi({
    'GET /api/v1/objections': (request) => {
      const query = new URL(request.url).searchParams;
      const page = Number(query.get('page') ?? 0);
      const size = Number(query.get('size') ?? 20);
      const first = page * size;
      const items = Array.from({ length: Math.max(0, Math.min(size, total - first)) }, (_, i) =>
        objection(first + i + 1),
      );
      return json({ items, total, page, size, totalIsLowerBound: false, next: null });
    },
  });
}

describe('ExpertObjections', () => {
  it('shows a page of objections and reaches the ones past it', async () => {
    const requests = api(230);
    renderWithProviders(<ExpertObjections />);
    expect(await screen.findByRole('article', { name: 'Критерий 1' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(20);
    const asked = new URL(requests[0].url).searchParams;
    expect(asked.get('status')).toBe('OPEN');
    expect(asked.get('size')).toBe('20');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Следующая страница' }));
    expect(await screen.findByRole('article', { name: 'Критерий 21' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Критерий 1' })).toBeNull());
  });

  it('opens on the page the address names', async () => {
    api(230);
    renderWithProviders(<ExpertObjections />, { route: '/?page=11' });
    expect(await screen.findByRole('article', { name: 'Критерий 230' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(10);
  });
});
