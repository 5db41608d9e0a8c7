import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { LinkAccount } from './link-account';
import { LinkRequestsBoard } from './link-requests-board';

const account = (id: string, displayName: string) => ({
  id,
  displayName,
  url: `https://vk.com/${id}`,
  platform: 'VK',
});
const request = (id: string, status: string, a = account('a2', 'Музей')) => ({
  id,
  version: 0,
  learnerId: 'l1',
  learnerName: 'Иванова Мария',
  account: a,
  status,
  createdAt: '2026-11-30T10:00:00Z',
  decidedAt: null,
});

describe('LinkAccount', () => {
  it('asks for a link to an account found in the registry and withdraws a pending request', async () => {
    const requests = mockApi({
      'GET /api/v1/accounts': () =>
        json({
          items: [
            { id: 'a1', displayName: 'Школа №1', organization: { id: 'o1', name: 'Школа' } },
            { id: 'a3', displayName: 'Театр', organization: { id: 'o3', name: 'Театр драмы' } },
          ],
          total: 2,
          page: 0,
          size: 20,
        }),
      'GET /api/v1/training/me/link-requests': () =>
        json([request('r1', 'PENDING'), request('r0', 'REJECTED', account('a4', 'Библиотека'))]),
      'POST /api/v1/training/me/link-requests': () =>
        json(request('r2', 'PENDING', account('a3', 'Театр')), 201),
      'POST /api/v1/training/link-requests/r1/withdraw': () => json(request('r1', 'WITHDRAWN')),
    });
    renderWithProviders(<LinkAccount linked={['a1']} />);
    const list = await screen.findByRole('list', { name: 'Мои заявки на привязку' });
    expect(list).toHaveTextContent('Ждёт подтверждения');
    expect(list).toHaveTextContent('Отклонена');

    await userEvent.type(screen.getByRole('combobox', { name: /Аккаунт в реестре/ }), 'Те');
    const option = await screen.findByRole('option', { name: 'Театр — Театр драмы', hidden: true });
    // an account already linked is not offered
    expect(
      screen.queryByRole('option', { name: /Школа №1/, hidden: true }),
    ).not.toBeInTheDocument();
    await userEvent.click(option);
    await userEvent.click(screen.getByRole('button', { name: 'Подать заявку' }));
    await waitFor(() =>
      expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/me/link-requests'))).toBe(
        true,
      ),
    );
    expect(
      await requests
        .find((r) => r.method === 'POST' && r.url.endsWith('/me/link-requests'))!
        .json(),
    ).toEqual({ accountId: 'a3' });

    await userEvent.click(screen.getByRole('button', { name: 'Отозвать заявку на Музей' }));
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/r1/withdraw'))).toBe(true));
  });
});

describe('LinkRequestsBoard', () => {
  it('lists the pending requests and confirms one', async () => {
    const requests = mockApi({
      'GET /api/v1/training/cohorts/c1/link-requests': () => json([request('r1', 'PENDING')]),
      'POST /api/v1/training/link-requests/r1/confirm': () => json(request('r1', 'CONFIRMED')),
    });
    renderWithProviders(<LinkRequestsBoard cohortId="c1" />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Подтвердить: Иванова Мария ведёт Музей' }),
    );
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/r1/confirm'))).toBe(true));
  });
});
