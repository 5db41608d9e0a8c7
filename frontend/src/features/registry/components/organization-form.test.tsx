import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { referenceHandlers } from '@/testing/registry-fixtures';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { Organization } from '../api/get-organizations';

import { OrganizationForm } from './organization-form';

const organization: Organization = {
  id: 'org-1',
  name: 'МОУ СОШ № 1 г. Балаково',
  shortName: 'СОШ № 1',
  kind: 'MUNICIPAL_INSTITUTION',
  sector: 'EDUCATION',
  municipality: { id: 'm1', name: 'Балаковский район' },
  website: 'https://school1.example.ru',
  inn: '',
  ogrn: '',
  kpp: null,
  externalId: 'school-1',
  parent: null,
  status: 'ACTIVE',
  accountCount: 2,
  createdAt: '2026-01-10T10:00:00Z',
  updatedAt: '2026-01-10T10:00:00Z',
  version: 3,
};

const handlers = {
  ...referenceHandlers,
  'GET /api/v1/organizations': () => json({ items: [], total: 0, page: 0, size: 20 }),
};

async function changeInnAndSave(inn: string) {
  const user = userEvent.setup();
  const field = screen.getByRole('textbox', { name: 'ИНН' });
  await user.clear(field);
  await user.type(field, inn);
  await user.click(screen.getByRole('button', { name: 'Сохранить' }));
  return user;
}

describe('OrganizationForm', () => {
  it('puts server violations on their fields and the rest above the form', async () => {
    const requests = mockApi({
      ...handlers,
      'PUT /api/v1/organizations/org-1': () =>
        json(
          {
            type: '/problems/validation',
            title: 'Неверные данные',
            status: 400,
            violations: [
              { field: 'inn', message: 'Неверное контрольное число ИНН' },
              { field: 'update.request.website', message: 'Адрес сайта должен начинаться с http' },
              { field: 'region', message: 'Регион не обслуживается' },
            ],
          },
          400,
        ),
    });
    const onSaved = vi.fn();
    renderWithProviders(
      <OrganizationForm organization={organization} onSaved={onSaved} onCancel={vi.fn()} />,
    );
    await changeInnAndSave('1234567890');

    const inn = screen.getByRole('textbox', { name: 'ИНН' });
    await vi.waitFor(() => expect(inn).toHaveAttribute('aria-invalid', 'true'));
    expect(inn).toHaveAccessibleDescription('Неверное контрольное число ИНН');
    expect(inn).toHaveFocus();
    const website = screen.getByRole('textbox', { name: 'Сайт' });
    expect(website).toHaveAttribute('aria-invalid', 'true');
    expect(website).toHaveAccessibleDescription('Адрес сайта должен начинаться с http');
    expect(screen.getByRole('alert')).toHaveTextContent('region: Регион не обслуживается');
    expect(screen.getByRole('textbox', { name: /^Название/ })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(onSaved).not.toHaveBeenCalled();

    const sent = requests.find((request) => request.method === 'PUT');
    expect(await sent?.json()).toEqual({
      name: 'МОУ СОШ № 1 г. Балаково',
      shortName: 'СОШ № 1',
      kind: 'MUNICIPAL_INSTITUTION',
      sector: 'EDUCATION',
      municipalityId: 'm1',
      website: 'https://school1.example.ru',
      inn: '1234567890',
      externalId: 'school-1',
      version: 3,
    });
  });

  it('checks the INN format before calling the server', async () => {
    const requests = mockApi(handlers);
    renderWithProviders(
      <OrganizationForm organization={organization} onSaved={vi.fn()} onCancel={vi.fn()} />,
    );
    await changeInnAndSave('12345');

    expect(await screen.findByText('ИНН состоит из 10 или 12 цифр')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
  });

  it('checks the KPP format, sends a good one and shows the server violation on it', async () => {
    const requests = mockApi({
      ...handlers,
      'PUT /api/v1/organizations/org-1': () =>
        json(
          {
            type: '/problems/validation',
            title: 'Неверные данные',
            status: 400,
            violations: [{ field: 'kpp', message: 'Неверный КПП' }],
          },
          400,
        ),
    });
    renderWithProviders(
      <OrganizationForm organization={organization} onSaved={vi.fn()} onCancel={vi.fn()} />,
    );
    const user = userEvent.setup();
    const kpp = screen.getByRole('textbox', { name: 'КПП' });
    await user.type(kpp, '64390100');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(
      await screen.findByText(
        'КПП состоит из 9 знаков: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры',
      ),
    ).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(0);

    await user.type(kpp, '1');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await vi.waitFor(() => expect(kpp).toHaveAccessibleDescription('Неверный КПП'));
    const sent = requests.find((request) => request.method === 'PUT');
    expect(await sent?.json()).toMatchObject({ kpp: '643901001' });
  });

  it('says the record changed meanwhile and offers to reload it', async () => {
    mockApi({
      ...handlers,
      'PUT /api/v1/organizations/org-1': () =>
        json(
          {
            type: '/problems/stale-version',
            title: 'Данные изменились',
            status: 409,
            detail: 'Запись уже изменил кто-то другой.',
          },
          409,
        ),
    });
    const onReload = vi.fn();
    renderWithProviders(
      <OrganizationForm
        organization={organization}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
        onReload={onReload}
      />,
    );
    const user = await changeInnAndSave('6450000014');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Запись уже изменили');
    await user.click(within(alert).getByRole('button', { name: 'Загрузить актуальную версию' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});
