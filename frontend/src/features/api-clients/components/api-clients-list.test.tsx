import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { ApiClientsList } from './api-clients-list';

const KEY = 'dbk_Secr3tKeyOnlyShownOnce_abcdefghijklmnopqrstu';

function client(overrides: Record<string, unknown> = {}) {
  return {
    id: 'c1',
    name: 'Портал открытых данных',
    keyPrefix: 'dbk_Secr3t',
    roles: ['EXPERT'],
    scopes: ['registry:read', 'registry:write', 'results:read'],
    active: true,
    createdAt: '2026-02-01T09:00:00Z',
    createdBy: 'admin@demo.bridge',
    lastUsedAt: null,
    expiresAt: null,
    rateLimitPerMinute: 600,
    expired: false,
    ...overrides,
  };
}

async function issueKey(name: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Новый API-клиент' }));
  const dialog = await screen.findByRole('dialog', { name: 'Новый API-клиент' });
  await user.type(within(dialog).getByRole('textbox', { name: /Название/ }), name);
  await user.click(within(dialog).getByRole('combobox', { name: /Роли/ }));
  await user.click(await screen.findByRole('option', { name: 'Эксперт', hidden: true }));
  await user.click(within(dialog).getByRole('button', { name: 'Выпустить ключ' }));
  return user;
}

describe('ApiClientsList', () => {
  it('shows a new key once, with a warning, and forgets it when the dialog closes', async () => {
    let listed: unknown[] = [];
    const requests = mockApi({
      'GET /api/v1/api-clients': () => json(listed),
      'POST /api/v1/api-clients': () => {
        listed = [client()];
        return json({ client: client(), key: KEY }, 201);
      },
    });
    renderWithProviders(<ApiClientsList />);
    expect(await screen.findByText('API-клиентов пока нет')).toBeInTheDocument();

    const user = await issueKey('Портал открытых данных');

    const dialog = await screen.findByRole('dialog', { name: 'Ключ выпущен' });
    expect(within(dialog).getByRole('textbox', { name: 'API-ключ' })).toHaveValue(KEY);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Больше он показан не будет');
    expect(within(dialog).getByRole('button', { name: 'Скопировать ключ' })).toBeInTheDocument();
    const sent = requests.find((request) => request.method === 'POST');
    // reading and registry sync by default; changing monitoring only when chosen
    expect(await sent?.json()).toEqual({
      name: 'Портал открытых данных',
      roles: ['EXPERT'],
      scopes: ['registry:read', 'registry:write', 'results:read'],
    });

    // a stray Escape does not lose the key; only the explicit button closes the dialog
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Ключ выпущен' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Я сохранил ключ' }));

    const table = await screen.findByRole('table', { name: 'API-клиенты' });
    expect(within(table).getByText('Портал открытых данных')).toBeInTheDocument();
    expect(within(table).getByText('dbk_Secr3t…')).toBeInTheDocument();
    expect(within(table).getByText('Синхронизация реестра')).toBeInTheDocument();
    expect(within(table).queryByText('Изменение мониторинга')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Ключ выпущен' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByDisplayValue(KEY)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(KEY);
  });

  it('puts a taken name on the name field', async () => {
    mockApi({
      'GET /api/v1/api-clients': () => json([client()]),
      'POST /api/v1/api-clients': () =>
        json(
          {
            type: '/problems/api-client-name-taken',
            title: 'Название занято',
            status: 409,
            detail: 'API-клиент «Портал открытых данных» уже есть.',
          },
          409,
        ),
    });
    renderWithProviders(<ApiClientsList />);
    await issueKey('Портал открытых данных');

    const name = screen.getByRole('textbox', { name: /Название/ });
    await screen.findByText('API-клиент «Портал открытых данных» уже есть.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/уже есть/);
    expect(screen.queryByRole('dialog', { name: 'Ключ выпущен' })).not.toBeInTheDocument();
  });

  it('revokes a key only after confirmation', async () => {
    let current = client();
    const requests = mockApi({
      'GET /api/v1/api-clients': () => json([current]),
      'POST /api/v1/api-clients/c1/revoke': () => {
        current = client({ active: false });
        return json(current);
      },
    });
    renderWithProviders(<ApiClientsList />);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Отозвать ключ клиента Портал открытых данных' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Отозвать ключ?' });
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Отозвать ключ' }));

    expect(await screen.findByText('Отозван')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Отозвать ключ клиента/ })).not.toBeInTheDocument();
  });

  it('shows the last use, the expiry (marking an expired key) and the rate limit', async () => {
    mockApi({
      'GET /api/v1/api-clients': () =>
        json([
          client({ lastUsedAt: '2026-02-03T10:15:00Z', rateLimitPerMinute: 1200 }),
          client({
            id: 'c2',
            name: 'Старая система',
            expiresAt: '2026-01-01T00:00:00Z',
            expired: true,
            rateLimitPerMinute: 60,
          }),
        ]),
    });
    renderWithProviders(<ApiClientsList />);
    const table = await screen.findByRole('table', { name: 'API-клиенты' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Бессрочно');
    expect(rows[1]).toHaveTextContent(/1\s200 в минуту/);
    expect(rows[1]).not.toHaveTextContent('Не использовался');
    expect(rows[2]).toHaveTextContent('Не использовался');
    expect(rows[2]).toHaveTextContent('Истёк');
    expect(rows[2]).toHaveTextContent('60 в минуту');
  });

  it('sends a rate limit and an expiry only when given, and refuses a past date', async () => {
    const requests = mockApi({
      'GET /api/v1/api-clients': () => json([]),
      'POST /api/v1/api-clients': () => json({ client: client(), key: KEY }, 201),
    });
    renderWithProviders(<ApiClientsList />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Новый API-клиент' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новый API-клиент' });
    await user.type(within(dialog).getByRole('textbox', { name: /Название/ }), 'Система');
    await user.click(within(dialog).getByRole('combobox', { name: /Роли/ }));
    await user.click(await screen.findByRole('option', { name: 'Эксперт', hidden: true }));
    await user.type(within(dialog).getByRole('textbox', { name: /Лимит запросов/ }), '120');
    const expiry = within(dialog).getByLabelText(/Действует до/);
    await user.type(expiry, '2001-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Выпустить ключ' }));
    expect(await within(dialog).findByText('Дата в будущем')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await user.clear(expiry);
    await user.type(expiry, '2099-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Выпустить ключ' }));
    await screen.findByRole('dialog', { name: 'Ключ выпущен' });
    const sent = await requests.find((request) => request.method === 'POST')?.json();
    expect(sent.rateLimitPerMinute).toBe(120);
    expect(new Date(sent.expiresAt).getFullYear()).toBe(2099);
  });
});
