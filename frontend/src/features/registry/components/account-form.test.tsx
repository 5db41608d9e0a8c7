import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { referenceHandlers } from '@/testing/registry-fixtures';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { AccountForm } from './account-form';

const organization = { id: 'org-1', name: 'МОУ СОШ № 1 г. Балаково' };

async function fillAndSave(url: string) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /Адрес \(URL\)/ }), url);
  await user.type(screen.getByRole('textbox', { name: /Название аккаунта/ }), 'Школа № 1');
  await user.click(screen.getByRole('button', { name: 'Сохранить' }));
}

describe('AccountForm', () => {
  it('puts the server violation on the URL field', async () => {
    const requests = mockApi({
      ...referenceHandlers,
      'GET /api/v1/organizations': () => json({ items: [], total: 0, page: 0, size: 20 }),
      'POST /api/v1/accounts': () =>
        json(
          {
            type: '/problems/validation',
            title: 'Неверные данные',
            status: 400,
            violations: [{ field: 'url', message: 'Платформа не поддерживается: example.org' }],
          },
          400,
        ),
    });
    renderWithProviders(
      <AccountForm organization={organization} onSaved={vi.fn()} onCancel={vi.fn()} />,
    );
    await fillAndSave('https://example.org/page');

    const url = screen.getByRole('textbox', { name: /Адрес \(URL\)/ });
    await vi.waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(/Платформа не поддерживается: example.org/);
    const sent = requests.find((r) => r.method === 'POST');
    expect(await sent?.json()).toEqual({
      organizationId: 'org-1',
      url: 'https://example.org/page',
      displayName: 'Школа № 1',
      official: true,
    });
  });

  it('shows a duplicate URL on the field with a link to the existing account', async () => {
    mockApi({
      ...referenceHandlers,
      'GET /api/v1/organizations': () => json({ items: [], total: 0, page: 0, size: 20 }),
      'POST /api/v1/accounts': () =>
        json(
          {
            type: '/problems/account-url-taken',
            title: 'Адрес уже занят',
            status: 409,
            detail: 'Аккаунт с этим адресом уже есть в реестре',
            existing: {
              id: 'acc-9',
              url: 'https://vk.com/school1',
              displayName: 'Школа 1 ВКонтакте',
              organizationName: 'МОУ СОШ № 1',
            },
          },
          409,
        ),
    });
    renderWithProviders(
      <AccountForm organization={organization} onSaved={vi.fn()} onCancel={vi.fn()} />,
    );
    await fillAndSave('https://m.vk.com/public1');

    const url = screen.getByRole('textbox', { name: /Адрес \(URL\)/ });
    await vi.waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(/Аккаунт с этим адресом уже есть в реестре/);
    expect(screen.getByRole('link', { name: /Школа 1 ВКонтакте/ })).toHaveAttribute(
      'href',
      '/registry/accounts/acc-9',
    );
  });

  it('focuses the first invalid field, the organisation, when it is missing (WCAG 3.3.1)', async () => {
    const requests = mockApi({
      ...referenceHandlers,
      'GET /api/v1/organizations': () => json({ items: [], total: 0, page: 0, size: 20 }),
    });
    renderWithProviders(<AccountForm onSaved={vi.fn()} onCancel={vi.fn()} />);
    await fillAndSave('https://vk.com/school1');

    const organizationField = screen.getByLabelText(/Организация/, { selector: 'input' });
    await vi.waitFor(() => expect(organizationField).toHaveAttribute('aria-invalid', 'true'));
    expect(organizationField).toHaveFocus();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});
