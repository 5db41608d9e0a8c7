import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { ImportPanel } from './import-panel';

const clean = {
  dryRun: true,
  applied: false,
  totals: { created: 1, updated: 0, unchanged: 0, errors: 0, moved: 0 },
  rows: [{ row: 2, outcome: 'CREATED', key: 'org-1', errors: [], warnings: [] }],
  sheets: [],
  headerRow: 1,
  ignoredColumns: [],
  trailingRows: [],
};

describe('ImportPanel', () => {
  it('sends the file raw with its type as a dry run, then applies it when there are no errors', async () => {
    const requests = mockApi({
      'POST /api/v1/organizations/import': (request) =>
        new URL(request.url).searchParams.get('dryRun') === 'true'
          ? json(clean)
          : json({ ...clean, dryRun: false, applied: true }),
    });
    const user = userEvent.setup();
    renderWithProviders(<ImportPanel />);
    const apply = screen.getByRole('button', { name: 'Применить' });
    expect(apply).toBeDisabled();

    const csv = 'externalId,name\norg-1,Школа\n';
    await user.upload(
      screen.getByLabelText('Файл для импорта'),
      new File([csv], 'organizations.csv', { type: '' }),
    );
    await user.click(screen.getByRole('button', { name: 'Проверить (без записи)' }));
    expect(await screen.findByText('Ошибок нет — можно применять')).toBeInTheDocument();
    expect(requests[0].headers.get('Content-Type')).toBe('text/csv');
    expect(await requests[0].text()).toBe(csv);

    expect(apply).toBeEnabled();
    await user.click(apply);
    expect(await screen.findByText('Изменения записаны')).toBeInTheDocument();
    expect(new URL(requests[1].url).searchParams.get('dryRun')).toBe('false');
  });

  it('takes an OpenDocument spreadsheet (.ods) and sends it with its own type', async () => {
    const requests = mockApi({ 'POST /api/v1/organizations/import': () => json(clean) });
    const user = userEvent.setup();
    renderWithProviders(<ImportPanel />);
    const input = screen.getByLabelText('Файл для импорта');
    expect(input).toHaveAttribute('accept', '.csv,.xlsx,.ods');
    expect(screen.getByText(/CSV, XLSX или ODS/)).toBeInTheDocument();

    // a browser that does not know the extension gives no type: the name decides
    await user.upload(
      input,
      new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'Реестр.ods', { type: '' }),
    );
    await user.click(screen.getByRole('button', { name: 'Проверить (без записи)' }));
    expect(await screen.findByText('Ошибок нет — можно применять')).toBeInTheDocument();
    expect(requests[0].headers.get('Content-Type')).toBe(
      'application/vnd.oasis.opendocument.spreadsheet',
    );
  });

  it('keeps Apply disabled when the dry run found errors', async () => {
    mockApi({
      'POST /api/v1/accounts/import': () =>
        json({
          ...clean,
          totals: { created: 0, updated: 0, unchanged: 0, errors: 1, moved: 0 },
          rows: [
            {
              row: 2,
              outcome: 'ERROR',
              key: 'x',
              errors: [{ column: 'url', message: 'Неподдерживаемый адрес' }],
              warnings: [],
            },
          ],
        }),
    });
    const user = userEvent.setup();
    renderWithProviders(<ImportPanel />);
    await user.click(screen.getByText('Аккаунты'));
    await user.upload(
      screen.getByLabelText('Файл для импорта'),
      new File(['url\nftp://x\n'], 'accounts.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Проверить (без записи)' }));
    expect(await screen.findByText('url:')).toBeInTheDocument();
    expect(screen.getByText('В файле есть ошибки')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Применить' })).toBeDisabled();
  });
});
