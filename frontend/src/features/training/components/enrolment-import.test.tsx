import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { EnrolmentImport } from './enrolment-import';

const preview = {
  dryRun: true,
  applied: false,
  totals: { created: 1, updated: 0, unchanged: 1, errors: 0, moved: 0 },
  rows: [
    { row: 2, outcome: 'CREATED', key: 'anna@example.org', errors: [], warnings: [] },
    {
      row: 3,
      outcome: 'UNCHANGED',
      key: 'olga@example.org',
      errors: [],
      warnings: [{ column: 'Электронная почта', message: 'Слушатель уже в этом потоке' }],
    },
  ],
  sheets: [],
  headerRow: 1,
  ignoredColumns: [{ header: 'Фамилиия', suggestion: 'Фамилия' }],
  trailingRows: [],
};

const withErrors = {
  ...preview,
  totals: { created: 0, updated: 0, unchanged: 0, errors: 1, moved: 0 },
  rows: [
    {
      row: 2,
      outcome: 'ERROR',
      key: null,
      errors: [{ column: 'СНИЛС', message: 'СНИЛС: 11 цифр с верным контрольным числом' }],
      warnings: [],
    },
  ],
  ignoredColumns: [],
};

async function pick(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: 'Загрузить список (CSV/XLSX/ODS)' }));
  await user.upload(
    await screen.findByLabelText('Файл со списком слушателей'),
    new File(['Фамилия;Имя\n'], name, { type: '' }),
  );
}

describe('EnrolmentImport', () => {
  it('previews the file as a dry run, then enrols when the preview has no errors', async () => {
    const requests = mockApi({
      'POST /api/v1/training/cohorts/c1/enrolments/import': (request) =>
        new URL(request.url).searchParams.get('dryRun') === 'true'
          ? json(preview)
          : json({ ...preview, dryRun: false, applied: true }),
    });
    const user = userEvent.setup();
    renderWithProviders(<EnrolmentImport cohortId="c1" />);
    await pick(user, 'learners.xlsx');
    const apply = screen.getByRole('button', { name: 'Зачислить' });
    expect(apply).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Проверить (без записи)' }));
    const table = await screen.findByRole('table', { name: 'Проверка файла по строкам' });
    expect(within(table).getByText('anna@example.org')).toBeInTheDocument();
    expect(within(table).getByText('Слушатель уже в этом потоке')).toBeInTheDocument();
    expect(screen.getByText(/«Фамилиия» \(возможно, «Фамилия»\)/)).toBeInTheDocument();
    expect(requests[0].headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(new URL(requests[0].url).searchParams.get('dryRun')).toBe('true');
    expect(apply).toBeEnabled();
    await user.click(apply);
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(new URL(requests[1].url).searchParams.get('dryRun')).toBe('false');
    // applied: the dialog closes
    await waitFor(() =>
      expect(screen.queryByRole('table', { name: 'Проверка файла по строкам' })).toBeNull(),
    );
  });

  it('shows each cell problem and never allows applying a file with errors', async () => {
    mockApi({ 'POST /api/v1/training/cohorts/c1/enrolments/import': () => json(withErrors) });
    const user = userEvent.setup();
    renderWithProviders(<EnrolmentImport cohortId="c1" />);
    await pick(user, 'learners.csv');
    await user.click(screen.getByRole('button', { name: 'Проверить (без записи)' }));
    expect(await screen.findByText(/11 цифр с верным контрольным числом/)).toBeInTheDocument();
    expect(screen.getByText('СНИЛС:')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Зачислить' })).toBeDisabled();
  });
});
