import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { AssignmentRow } from '../api/schema';

import { MyQueue } from './my-queue';

function row(overrides: Partial<AssignmentRow>): AssignmentRow {
  return {
    evaluationId: 'ev-1',
    version: 1,
    campaign: { id: 'c1', title: 'Мониторинг 2023-Q1', period: '2023-Q1', stage: 'EVALUATION' },
    account: { id: 'a1', displayName: 'Школа № 1', url: 'https://vk.com/s1', platform: 'VK' },
    organization: { id: 'o1', name: 'МОУ СОШ № 1' },
    municipality: { id: 'm1', name: 'Балаковский район' },
    expert: { id: 'u1', fullName: 'Эксперт' },
    role: 'PRIMARY',
    status: 'DRAFT',
    index: null,
    started: false,
    due: '2023-03-31',
    overdue: false,
    reviewComment: null,
    updatedAt: '2023-03-01T10:00:00Z',
    ...overrides,
  };
}

describe('MyQueue', () => {
  it('asks for the caller’s own rows and shows deadlines, overdue ones and return comments', async () => {
    const requests = mockApi({
      'GET /api/v1/campaigns': () => json({ items: [], total: 0, page: 0, size: 20 }),
      'GET /api/v1/assignments': () =>
        json({
          items: [
            row({ evaluationId: 'ev-1', overdue: true }),
            row({
              evaluationId: 'ev-2',
              account: { id: 'a2', displayName: 'Театр', url: 'https://vk.com/t', platform: 'VK' },
              status: 'RETURNED',
              reviewComment: 'Добавьте ссылки',
            }),
          ],
          total: 2,
          page: 0,
          size: 50,
        }),
    });
    renderWithProviders(<MyQueue />, { route: '/my/queue?status=DRAFT' });
    const table = await screen.findByRole('table', { name: 'Мои назначения' });
    const overdue = within(table).getByRole('row', { name: /Школа № 1/ });
    expect(overdue).toHaveTextContent('Просрочено');
    expect(within(overdue).getByRole('link', { name: 'Школа № 1' })).toHaveAttribute(
      'href',
      '/evaluations/ev-1/edit',
    );
    const returned = within(table).getByRole('row', { name: /Театр/ });
    expect(returned).toHaveTextContent('Комментарий координатора: Добавьте ссылки');
    expect(returned).toHaveTextContent('Возвращена');
    const query = new URL(requests.find((r) => r.url.includes('/assignments'))!.url).searchParams;
    expect(query.get('mine')).toBe('true');
    expect(query.get('status')).toBe('DRAFT');
  });

  it('says when nothing is assigned', async () => {
    mockApi({
      'GET /api/v1/campaigns': () => json({ items: [], total: 0, page: 0, size: 20 }),
      'GET /api/v1/assignments': () => json({ items: [], total: 0, page: 0, size: 50 }),
    });
    renderWithProviders(<MyQueue />, { route: '/my/queue' });
    expect(await screen.findByText(/Назначений нет/)).toBeInTheDocument();
  });

  it('filters by a campaign past the first page, found by asking the server', async () => {
    const campaign = (id: string, title: string, period: string) => ({
      id,
      title,
      period,
      stage: 'EVALUATION',
    });
    const recent = Array.from({ length: 20 }, (_, i) =>
      campaign(`c${i}`, `Мониторинг №${i}`, '2026-Q3'),
    );
    const old = campaign('old', 'Мониторинг школ', '2019-Q2');
    const requests = mockApi({
      'GET /api/v1/campaigns': (request) => {
        const q = new URL(request.url).searchParams.get('q');
        if (q === null) return json({ items: recent, total: 230, page: 0, size: 20 });
        const found = [...recent, old].filter((c) => c.title.includes(q));
        return json({ items: found, total: found.length, page: 0, size: 20 });
      },
      'GET /api/v1/assignments': () => json({ items: [row({})], total: 1, page: 0, size: 50 }),
    });
    const user = userEvent.setup();
    renderWithProviders(<MyQueue />, { route: '/my/queue' });
    const picker = await screen.findByRole('combobox', { name: 'Кампания' });
    await user.type(picker, 'школ');
    await user.click(
      await screen.findByRole('option', { name: 'Мониторинг школ (2019-Q2)', hidden: true }),
    );
    await waitFor(() =>
      expect(
        requests
          .filter((r) => r.url.includes('/assignments'))
          .map((r) => new URL(r.url).searchParams.get('campaign')),
      ).toContain('old'),
    );
    expect(picker).toHaveValue('Мониторинг школ (2019-Q2)');
  });

  it('names the campaign of the address in its filter', async () => {
    mockApi({
      'GET /api/v1/campaigns': () => json({ items: [], total: 230, page: 0, size: 20 }),
      'GET /api/v1/campaigns/old': () =>
        json({ id: 'old', title: 'Мониторинг школ', period: '2019-Q2', stage: 'PUBLISHED' }),
      'GET /api/v1/assignments': () => json({ items: [], total: 0, page: 0, size: 50 }),
    });
    renderWithProviders(<MyQueue />, { route: '/my/queue?campaign=old' });
    const picker = await screen.findByRole('combobox', { name: 'Кампания' });
    await waitFor(() => expect(picker).toHaveValue('Мониторинг школ (2019-Q2)'));
  });
});
