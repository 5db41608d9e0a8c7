import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import type { ImportReport } from '../api/import-file';

import { ImportReportTable } from './import-report-table';

const report: ImportReport = {
  dryRun: true,
  applied: false,
  totals: { created: 2, updated: 0, unchanged: 0, errors: 1, moved: 0 },
  rows: [
    {
      row: 2,
      outcome: 'CREATED',
      id: 'a',
      key: 'https://vk.com/a',
      errors: [],
      warnings: [],
      move: null,
    },
    {
      row: 3,
      outcome: 'ERROR',
      id: '',
      key: 'ftp://bad',
      errors: [{ column: 'Ссылка', message: 'Неподдерживаемый адрес' }],
      warnings: [],
      move: null,
    },
    {
      row: 4,
      outcome: 'CREATED',
      id: 'b',
      key: 'https://t.me/b',
      errors: [],
      warnings: [],
      move: null,
    },
  ],
  sheets: [],
  sheet: null,
  headerRow: 1,
  ignoredColumns: [],
  trailingRows: [],
};

const layout: ImportReport = {
  dryRun: true,
  applied: false,
  totals: { created: 0, updated: 1, unchanged: 0, errors: 0, moved: 1 },
  rows: [
    {
      row: 4,
      outcome: 'UPDATED',
      id: 'c',
      key: 'https://max.ru/u/Ab1',
      errors: [],
      warnings: [
        {
          column: 'Соцсеть',
          message: 'Указано «Одноклассники», но ссылка ведёт на MAX: платформа взята из ссылки',
        },
      ],
      move: { from: 'Библиотека', to: 'Музей' },
    },
  ],
  sheets: ['Титул', 'Данные'],
  sheet: 'Данные',
  headerRow: 3,
  ignoredColumns: [
    { header: 'Сайт организацыи', suggestion: 'Сайт' },
    { header: 'Директор', suggestion: null },
  ],
  trailingRows: [{ row: 6, text: 'Исполнитель: Сидоров' }],
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
    expect(rows[1]).toHaveTextContent('Ссылка: Неподдерживаемый адрес');

    await userEvent.setup().click(screen.getByRole('switch', { name: 'Только строки с ошибками' }));
    rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
  });

  it('shows ignored columns with suggestions, skipped rows, the header row, moves and warnings', () => {
    renderWithProviders(<ImportReportTable report={layout} />);
    const ignored = screen.getByRole('list', {
      name: 'Эти столбцы не распознаны и не загружаются',
    });
    const items = within(ignored).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('«Сайт организацыи» — возможно, имелся в виду «Сайт»');
    expect(items[1]).toHaveTextContent('«Директор»');
    expect(items[1]).not.toHaveTextContent('возможно');

    const trailing = screen.getByRole('list', {
      name: 'Строки под данными пропущены (это не данные)',
    });
    expect(trailing).toHaveTextContent('Строка 6: Исполнитель: Сидоров');
    expect(screen.getByText('Заголовок найден в строке 3')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Итоги' })).toHaveTextContent('Переносов: 1');

    const table = screen.getByRole('table', { name: 'Отчёт по строкам' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Перенос: «Библиотека» → «Музей»');
    expect(row).toHaveTextContent('Предупреждения');
    expect(row).toHaveTextContent('Соцсеть: Указано «Одноклассники»');
  });
});
