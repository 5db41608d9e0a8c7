import { screen, within } from '@testing-library/react';
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
      'GET /api/v1/campaigns': () => json({ items: [], total: 0, page: 0, size: 200 }),
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
      'GET /api/v1/campaigns': () => json({ items: [], total: 0, page: 0, size: 200 }),
      'GET /api/v1/assignments': () => json({ items: [], total: 0, page: 0, size: 50 }),
    });
    renderWithProviders(<MyQueue />, { route: '/my/queue' });
    expect(await screen.findByText(/Назначений нет/)).toBeInTheDocument();
  });
});
