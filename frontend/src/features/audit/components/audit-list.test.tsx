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

  it('has no axe violations, best practices included, over a page of several entries', async () => {
    // each entry's summary folds; a folded summary must not be a landmark of its own (with two or more
    // unnamed regions axe reports landmark-unique)
    api([entry('1', 'admin@example.org'), entry('2', null), entry('3', 'expert@example.org')]);
    const { container } = renderWithProviders(<AuditList />);
    await screen.findByRole('table', { name: 'Журнал изменений' });
    const results = await axe.run(container, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      rules: {
        'color-contrast': { enabled: false },
        // a component rendered alone: the page around it holds the main landmark and the h1
        region: { enabled: false },
        'page-has-heading-one': { enabled: false },
        'landmark-one-main': { enabled: false },
      },
    });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });
});
