import { randomUUID } from 'node:crypto';

import { test } from './harness.mjs';
import { ADMIN, apiCall, apiToken, assert, choose, signIn, unique } from './helpers.mjs';

// Issue 9 §2: an administrator registers a webhook endpoint of a machine client, sees its signing secret once,
// sends a test event, reads the delivery log, rotates the secret. The endpoint points at the app's own demo
// receiver (POST /api/v1/webhook-receiver/{endpointId}), which checks the Standard Webhooks signature with that
// endpoint's secrets: 204 when it is valid, 401 otherwise (docs/integrations.md).

/** The endpoint's row in the table of webhooks, found by its URL. */
function endpointRow(page, url) {
  return page
    .getByRole('table', { name: 'Вебхуки' })
    .locator('tbody tr')
    .filter({ has: page.getByText(url, { exact: true }) });
}

/**
 * Waits until the endpoint's delivery log (kept open and refreshed by the page) has an attempt of the test
 * event with this response code and outcome.
 */
async function attemptLogged(page, status, outcome) {
  await page
    .getByRole('table', { name: 'Журнал доставки' })
    .locator('tbody tr')
    .filter({ has: page.getByRole('cell', { name: 'webhook.test', exact: true }) })
    .filter({ has: page.getByRole('cell', { name: status, exact: true }) })
    .filter({ hasText: outcome })
    .first()
    .waitFor({ timeout: 30_000 });
}

test('an administrator registers a webhook, sees its secret once, tests it and rotates the secret', async ({
  page,
  baseUrl,
}) => {
  const adminToken = await apiToken(baseUrl, ADMIN);
  const client = `Получатель событий e2e ${unique()}`;
  await apiCall(baseUrl, '/api/v1/api-clients', {
    method: 'POST',
    token: adminToken,
    body: { name: client, roles: ['COORDINATOR'] },
  });
  // the app's own receiver, on the loopback address the demo allows (WEBHOOKS_ALLOW_LOOPBACK);
  // the endpoint's id is not known before it is registered, so first a receiver path of no endpoint
  const receiver = `${baseUrl.replace('localhost', '127.0.0.1')}/api/v1/webhook-receiver`;
  const wrongUrl = `${receiver}/${randomUUID()}`;

  await signIn(page, baseUrl, ADMIN);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'Вебхуки' })
    .click();
  await page.getByRole('heading', { level: 2, name: 'Вебхуки' }).waitFor();

  // register: a client, the URL, the event types
  await page.getByRole('button', { name: 'Новый вебхук' }).click();
  const form = page.getByRole('dialog', { name: 'Новый вебхук' });
  // the URL is checked by the server: a private network's address is refused
  await choose(page, /^API-клиент/, client);
  await form.getByLabel(/^Адрес/).fill('https://192.168.1.10/hook');
  await form.getByRole('combobox', { name: /^Типы событий/ }).click();
  await page.getByRole('option', { name: 'account.created', exact: true }).click();
  await form.getByRole('heading').first().click();
  await form.getByRole('button', { name: 'Зарегистрировать' }).click();
  await form.getByRole('alert').waitFor();
  await form.getByLabel(/^Адрес/).fill(wrongUrl);
  const created = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/v1/webhooks') && response.request().method() === 'POST',
  );
  await form.getByRole('button', { name: 'Зарегистрировать' }).click();
  const { webhook: endpoint } = await (await created).json();
  assert.equal(endpoint.url, wrongUrl);

  // the secret, once
  const shown = page.getByRole('dialog', { name: 'Секрет подписи' });
  await shown.getByText('Секрет показан один раз', { exact: false }).waitFor();
  const secret = await shown.getByLabel('Секрет подписи').inputValue();
  assert.match(secret, /^whsec_[A-Za-z0-9+/=]{20,}$/);
  await shown.getByRole('button', { name: 'Я сохранил секрет' }).click();
  await shown.waitFor({ state: 'hidden' });
  assert.equal(await page.getByText(secret).count(), 0);
  const listed = await apiCall(baseUrl, '/api/v1/webhooks', { token: adminToken });
  assert.ok(!JSON.stringify(listed).includes(secret), 'the list never shows a secret');

  let row = endpointRow(page, wrongUrl);
  await row.getByText(client, { exact: true }).waitFor();
  await row.getByText('Действует', { exact: true }).waitFor();

  // a test event to a receiver path of no endpoint: the receiver refuses its signature (401)
  await row.getByRole('button', { name: 'Журнал' }).click();
  await page.getByRole('heading', { name: `Журнал доставки: ${wrongUrl}` }).waitFor();
  await page.getByText('Попыток доставки пока нет').waitFor();
  await row.getByRole('button', { name: 'Тестовое событие' }).click();
  await page.getByText('Тестовое событие поставлено в очередь').waitFor();
  await attemptLogged(page, '401', /Сбой|Отказ/);

  // pointed at the receiver of its own id (the SPA registers and rotates; the URL is changed through the API
  // here), the test event is delivered: the receiver verified the signature with this endpoint's secret
  const url = `${receiver}/${endpoint.id}`;
  const current = await apiCall(baseUrl, `/api/v1/webhooks/${endpoint.id}`, { token: adminToken });
  await apiCall(baseUrl, `/api/v1/webhooks/${endpoint.id}`, {
    method: 'PUT',
    token: adminToken,
    body: {
      url,
      description: current.description,
      eventTypes: current.eventTypes,
      version: current.version,
    },
  });
  await page.reload();
  row = endpointRow(page, url);
  await row.getByRole('button', { name: 'Журнал' }).click();
  await row.getByRole('button', { name: 'Тестовое событие' }).click();
  await attemptLogged(page, '204', 'Доставлено');

  // a new secret, shown once; the old one goes on signing for a while beside it
  await row.getByRole('button', { name: 'Новый секрет' }).click();
  await shown.waitFor();
  const rotated = await shown.getByLabel('Секрет подписи').inputValue();
  assert.match(rotated, /^whsec_/);
  assert.notEqual(rotated, secret);
  await shown.getByRole('button', { name: 'Я сохранил секрет' }).click();
  await shown.waitFor({ state: 'hidden' });
  await row.getByText(/^Старый секрет действует до /).waitFor();
  // still delivered, now with two signatures
  const before = (
    await apiCall(baseUrl, `/api/v1/webhooks/${endpoint.id}/attempts?size=50`, {
      token: adminToken,
    })
  ).items.filter((attempt) => attempt.outcome === 'DELIVERED').length;
  await row.getByRole('button', { name: 'Тестовое событие' }).click();
  await page.getByText('Тестовое событие поставлено в очередь').first().waitFor();
  const deadline = Date.now() + 30_000;
  let delivered = before;
  while (delivered === before && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    delivered = (
      await apiCall(baseUrl, `/api/v1/webhooks/${endpoint.id}/attempts?size=50`, {
        token: adminToken,
      })
    ).items.filter((attempt) => attempt.outcome === 'DELIVERED').length;
  }
  assert.equal(delivered, before + 1, 'the test event after the rotation is delivered');
  await page
    .getByRole('table', { name: 'Журнал доставки' })
    .getByRole('cell', { name: '204', exact: true })
    .nth(before)
    .waitFor({ timeout: 30_000 });
});
