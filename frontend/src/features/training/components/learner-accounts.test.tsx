import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { RosterEntry } from '../api/training';

import { LearnerAccounts } from './learner-accounts';

const learner = {
  id: 'l1',
  accounts: [{ id: 'a1', displayName: 'Школа №1', url: 'https://vk.com/school1', platform: 'VK' }],
} as unknown as RosterEntry['learner'];

describe('LearnerAccounts', () => {
  it('links an account found in the registry and unlinks one', async () => {
    const requests = mockApi({
      'GET /api/v1/accounts': () =>
        json({
          items: [
            { id: 'a1', displayName: 'Школа №1', organization: { id: 'o1', name: 'Школа' } },
            { id: 'a2', displayName: 'Музей', organization: { id: 'o2', name: 'Музей города' } },
          ],
          total: 2,
          page: 0,
          size: 20,
        }),
      'PUT /api/v1/training/learners/l1/accounts': () => json({ ...learner }),
    });
    renderWithProviders(<LearnerAccounts learner={learner} name="Иванова Мария" />);
    await userEvent.click(
      screen.getByRole('button', { name: '1 аккаунт: Аккаунты, которые ведёт Иванова Мария' }),
    );
    await userEvent.type(await screen.findByRole('combobox', { name: /Найти аккаунт/ }), 'Му');
    const option = await screen.findByRole('option', {
      name: 'Музей — Музей города',
      hidden: true,
    });
    expect(
      screen.queryByRole('option', { name: /Школа №1/, hidden: true }),
    ).not.toBeInTheDocument();
    await userEvent.click(option);
    await userEvent.click(screen.getByRole('button', { name: 'Привязать' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(await requests.find((r) => r.method === 'PUT')!.json()).toEqual({
      accountIds: ['a1', 'a2'],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Отвязать аккаунт Школа №1' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(2));
    expect(await requests.filter((r) => r.method === 'PUT')[1]!.json()).toEqual({ accountIds: [] });
  });
});
