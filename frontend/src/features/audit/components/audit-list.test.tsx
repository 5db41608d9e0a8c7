import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { AuditList } from './audit-list';

const entry = (id: string, actorEmail: string | null) => ({
  id,
  at: '2026-03-01T10:00:00Z',
  actorEmail,
  action: 'UPDATE',
  entityType: 'organization',
  entityId: `org-${id}`,
  summary: { before: { name: 'Было' }, after: { name: 'Стало' } },
  requestId: null,
});

function api(items: ReturnType<typeof entry>[], total = items.length) {
  return mockApi({
    'GET /api/v1/audit': () =>
      json({ items, total, page: 0, size: 20, totalIsLowerBound: false, next: null }),
  });
}

describe('AuditList', () => {
  it('shows a page of entries in the named table, with the pagination bar', async () => {
    api([entry('1', 'admin@example.org'), entry('2', null)], 45);
    renderWithProviders(<AuditList />);
    const table = await screen.findByRole('table', { name: 'Журнал изменений' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getAllByRole('columnheader')).toHaveLength(5);
    expect(within(rows[1]).getByText('admin@example.org')).toBeInTheDocument();
    expect(within(rows[2]).getByText('система')).toBeInTheDocument();
    expect(within(rows[1]).getByText('name: Было → Стало')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Журнал изменений' })).toContainElement(table);
    expect(screen.getByText('Всего: 45 записей')).toBeInTheDocument();
  });

  it('asks for the next page', async () => {
    const requests = api([entry('1', 'admin@example.org')], 120);
    renderWithProviders(<AuditList />);
    await screen.findByRole('table', { name: 'Журнал изменений' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Следующая страница' }));
    await waitFor(() =>
      expect(requests.some((r) => new URL(r.url).searchParams.get('page') === '1')).toBe(true),
    );
  });

  it('says so when there are no entries', async () => {
    api([]);
    renderWithProviders(<AuditList />);
    expect(await screen.findByText('Записей нет')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('has no axe violations', async () => {
    // one entry: each summary is a Spoiler, an unnamed region, and two of them break landmark-unique
    api([entry('1', 'admin@example.org')]);
    const { container } = renderWithProviders(<AuditList />);
    await screen.findByRole('table', { name: 'Журнал изменений' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.passes.length).toBeGreaterThan(10);
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });
});
