import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { WebhooksPage } from './webhooks-page';

const SECRET = 'whsec_c2VjcmV0LXNob3duLW9uY2UtYW5kLW5ldmVyLWFnYWlu';
const ROTATED = 'whsec_YW5vdGhlci1zZWNyZXQtc2hvd24tb25jZS10b28=';
const URL = 'https://regional.example/hooks/bridge';

function webhook(overrides: Record<string, unknown> = {}) {
  return {
    id: 'w1',
    version: 1,
    apiClientId: 'c1',
    apiClientName: 'Региональная система',
    url: URL,
    description: null,
    eventTypes: ['account.created', 'account.updated'],
    active: true,
    disabledReason: null,
    disabledAt: null,
    consecutiveFailures: 0,
    previousSecretUntil: null,
    createdAt: '2026-02-01T09:00:00Z',
    updatedAt: '2026-02-01T09:00:00Z',
    ...overrides,
  };
}

const client = {
  id: 'c1',
  name: 'Региональная система',
  keyPrefix: 'dbk_Region',
  roles: ['COORDINATOR'],
  scopes: ['registry:read'],
  active: true,
  createdAt: '2026-02-01T09:00:00Z',
  createdBy: 'admin@demo.bridge',
  lastUsedAt: null,
  expiresAt: null,
  rateLimitPerMinute: 600,
  expired: false,
};

const empty = { items: [], total: 0, page: 0, size: 50, totalIsLowerBound: false };

function attempt(overrides: Record<string, unknown> = {}) {
  return {
    id: 'a1',
    eventId: 'e1',
    eventType: 'webhook.test',
    attempt: 1,
    at: '2026-02-01T09:05:00Z',
    durationMs: 42,
    outcome: 'DELIVERED',
    statusCode: 204,
    detail: null,
    ...overrides,
  };
}

describe('WebhooksPage', () => {
  it('registers an endpoint and shows its secret once, until the explicit button', async () => {
    let listed: unknown[] = [];
    const requests = mockApi({
      'GET /api/v1/webhooks': () => json(listed),
      'GET /api/v1/webhooks/event-types': () => json(['account.created', 'account.updated']),
      'GET /api/v1/api-clients': () => json([client]),
      'GET /api/v1/outbox/deliveries': () => json(empty),
      'POST /api/v1/webhooks': () => {
        listed = [webhook()];
        return json({ webhook: webhook(), secret: SECRET }, 201);
      },
    });
    renderWithProviders(<WebhooksPage />);
    expect(await screen.findByText('Вебхуков пока нет')).toBeInTheDocument();
    expect(await screen.findByText('Недоставленных сообщений нет')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Новый вебхук' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новый вебхук' });
    await user.click(within(dialog).getByLabelText(/API-клиент/));
    await user.click(
      await screen.findByRole('option', { name: 'Региональная система', hidden: true }),
    );
    await user.click(within(dialog).getByRole('textbox', { name: /Адрес/ }));
    await user.paste(`  ${URL} `);
    await user.click(within(dialog).getByRole('combobox', { name: /Типы событий/ }));
    await user.click(await screen.findByRole('option', { name: 'account.created', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Зарегистрировать' }));

    const shown = await screen.findByRole('dialog', { name: 'Секрет подписи' });
    expect(within(shown).getByRole('textbox', { name: 'Секрет подписи' })).toHaveValue(SECRET);
    expect(within(shown).getByRole('alert')).toHaveTextContent('Секрет показан один раз');
    const sent = await requests.find((request) => request.method === 'POST')?.json();
    expect(sent).toEqual({
      apiClientId: 'c1',
      url: URL,
      description: '',
      eventTypes: ['account.created'],
    });

    // a stray Escape does not lose the secret
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Секрет подписи' })).toBeInTheDocument();
    await user.click(within(shown).getByRole('button', { name: 'Я сохранил секрет' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Секрет подписи' })).not.toBeInTheDocument(),
    );
    const table = await screen.findByRole('table', { name: 'Вебхуки' });
    expect(within(table).getByText(URL)).toBeInTheDocument();
    expect(within(table).getByText('Действует')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it('shows the server’s refusal of an address in the form', async () => {
    mockApi({
      'GET /api/v1/webhooks': () => json([]),
      'GET /api/v1/webhooks/event-types': () => json(['account.created']),
      'GET /api/v1/api-clients': () => json([client]),
      'GET /api/v1/outbox/deliveries': () => json(empty),
      'POST /api/v1/webhooks': () =>
        json(
          {
            type: '/problems/validation',
            title: 'Запрос не прошёл проверку',
            status: 400,
            detail: 'Адреса частных сетей не принимаются.',
          },
          400,
        ),
    });
    renderWithProviders(<WebhooksPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Новый вебхук' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новый вебхук' });
    await user.click(within(dialog).getByRole('textbox', { name: /Адрес/ }));
    await user.paste('https://10.0.0.1/');
    await user.click(within(dialog).getByRole('button', { name: 'Зарегистрировать' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Адреса частных сетей не принимаются.',
    );
    expect(screen.queryByRole('dialog', { name: 'Секрет подписи' })).not.toBeInTheDocument();
  });

  it('sends a test event, shows the delivery log and rotates the secret', async () => {
    let current = webhook();
    let attempts: unknown[] = [];
    const requests = mockApi({
      'GET /api/v1/webhooks': () => json([current]),
      'GET /api/v1/outbox/deliveries': () => json(empty),
      'GET /api/v1/webhooks/w1/attempts': () => json({ ...empty, items: attempts }),
      'POST /api/v1/webhooks/w1/test': () => {
        attempts = [attempt()];
        return json({ eventId: 'e1' }, 202);
      },
      'POST /api/v1/webhooks/w1/rotate-secret': () => {
        current = webhook({ version: 2, previousSecretUntil: '2026-02-02T09:00:00Z' });
        return json({ webhook: current, secret: ROTATED });
      },
    });
    renderWithProviders(<WebhooksPage />);
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Вебхуки' });
    await user.click(within(table).getByRole('button', { name: 'Журнал' }));
    expect(
      await screen.findByRole('heading', { name: `Журнал доставки: ${URL}` }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Попыток доставки пока нет')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Тестовое событие' }));
    const log = await screen.findByRole('table', { name: 'Журнал доставки' });
    const row = within(log).getAllByRole('row')[1];
    expect(row).toHaveTextContent('webhook.test');
    expect(row).toHaveTextContent('Доставлено');
    expect(row).toHaveTextContent('204');
    expect(row).toHaveTextContent('42 мс');

    await user.click(within(table).getByRole('button', { name: 'Новый секрет' }));
    const shown = await screen.findByRole('dialog', { name: 'Секрет подписи' });
    expect(within(shown).getByRole('textbox', { name: 'Секрет подписи' })).toHaveValue(ROTATED);
    const rotate = requests.find((request) => request.url.endsWith('/rotate-secret'));
    expect(await rotate?.json()).toEqual({ version: 1 });
    await user.click(within(shown).getByRole('button', { name: 'Я сохранил секрет' }));
    expect(await screen.findByText(/^Старый секрет действует до /)).toBeInTheDocument();
  });

  it('offers no test event to a disabled endpoint and says why it is disabled', async () => {
    mockApi({
      'GET /api/v1/webhooks': () =>
        json([webhook({ active: false, disabledReason: 'GONE', consecutiveFailures: 3 })]),
      'GET /api/v1/outbox/deliveries': () => json(empty),
    });
    renderWithProviders(<WebhooksPage />);
    const table = await screen.findByRole('table', { name: 'Вебхуки' });
    expect(within(table).getByText('Отключён: 410')).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Тестовое событие' })).toBeDisabled();
    expect(within(table).getByRole('button', { name: 'Включить' })).toBeInTheDocument();
  });
});
