import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import type { ImportReport } from '../api/import-file';

import { ImportReportTable } from './import-report-table';

const report: ImportReport = {
  dryRun: true,
  applied: false,
  totals: { created: 2, updated: 0, unchanged: 0, errors: 1 },
  rows: [
    { row: 2, outcome: 'CREATED', id: 'a', key: 'https://vk.com/a', errors: [] },
    {
      row: 3,
      outcome: 'ERROR',
      id: '',
      key: 'ftp://bad',
      errors: [{ column: 'url', message: 'Неподдерживаемый адрес' }],
    },
    { row: 4, outcome: 'CREATED', id: 'b', key: 'https://t.me/b', errors: [] },
  ],
};

describe('ImportReportTable', () => {
  it('shows the totals and, first, only the rows with errors with column and message', async () => {
    renderWithProviders(<ImportReportTable report={report} />);
    const totals = screen.getByRole('group', { name: 'Итоги' });
    expect(totals).toHaveTextContent('Новых: 2');
    expect(totals).toHaveTextContent('Ошибок: 1');

    const table = screen.getByRole('table', { name: 'Отчёт по строкам' });
    let rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('3');
    expect(rows[1]).toHaveTextContent('Ошибка');
    expect(rows[1]).toHaveTextContent('url: Неподдерживаемый адрес');

    await userEvent.setup().click(screen.getByRole('switch', { name: 'Только строки с ошибками' }));
    rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
  });
});
