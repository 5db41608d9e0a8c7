import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { OutboxList } from './outbox-list';

const summary = {
  id: 'n1',
  kind: 'PASSWORD_CHANGED',
  status: 'HELD',
  recipient: 'user@example.org',
  subject: 'Пароль изменён',
  language: 'ru',
  attempts: 0,
  createdAt: '2026-03-01T10:00:00Z',
  sentAt: null,
};

function api() {
  return mockApi({
    'GET /api/v1/notifications': () =>
      json({ items: [summary], total: 1, page: 0, size: 50, totalIsLowerBound: false, next: null }),
    'GET /api/v1/notifications/n1': () =>
      json({
        ...summary,
        link: null,
        text: 'Ваш пароль изменён.',
        html: '<p>Ваш пароль изменён.</p>',
        lastError: null,
      }),
  });
}

describe('OutboxList', () => {
  it('lists the messages in the named table and opens one', async () => {
    api();
    renderWithProviders(<OutboxList />);
    const table = await screen.findByRole('table', { name: 'Исходящие письма' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getAllByRole('columnheader')).toHaveLength(5);
    expect(within(rows[1]).getByText('user@example.org')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Не отправлено (SMTP не настроен)')).toBeInTheDocument();
    expect(screen.getByText('Всего: 1 запись')).toBeInTheDocument();

    await userEvent.setup().click(within(rows[1]).getByRole('button', { name: 'Пароль изменён' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Ваш пароль изменён.')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    api();
    const { container } = renderWithProviders(<OutboxList />);
    await screen.findByRole('table', { name: 'Исходящие письма' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.passes.length).toBeGreaterThan(10);
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });
});
