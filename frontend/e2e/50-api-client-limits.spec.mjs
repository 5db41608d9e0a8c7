import { test } from './harness.mjs';
import { ADMIN, assert, signIn, unique } from './helpers.mjs';

async function organizationsWithKey(baseUrl, key) {
  const response = await fetch(`${baseUrl}/api/v1/organizations?size=1`, {
    headers: { 'X-API-Key': key },
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('Retry-After'),
    rateLimit: response.headers.get('RateLimit'),
  };
}

test('an administrator gives a key a rate limit and an expiry, and sees its last use', async ({
  page,
  baseUrl,
}) => {
  const name = `Лимиты e2e ${unique()}`;
  const nextYear = new Date().getFullYear() + 1;

  await signIn(page, baseUrl, ADMIN);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'API-клиенты' })
    .click();
  await page.getByRole('heading', { name: 'API-клиенты' }).waitFor();

  await page.getByRole('button', { name: 'Новый API-клиент' }).click();
  const form = page.getByRole('dialog', { name: 'Новый API-клиент' });
  await form.getByLabel(/^Название/).fill(name);
  await form.getByRole('combobox', { name: /^Роли/ }).press('ArrowDown');
  await page.getByRole('option', { name: 'Координатор' }).click();
  await form.getByRole('heading').first().click();
  await form.getByLabel(/^Лимит запросов в минуту/).fill('2');
  await form.getByLabel(/^Действует до/).fill(`${nextYear}-06-30`);
  await form.getByRole('button', { name: 'Выпустить ключ' }).click();

  const issued = page.getByRole('dialog', { name: 'Ключ выпущен' });
  const key = await issued.getByLabel('API-ключ').inputValue();
  await issued.getByRole('button', { name: 'Я сохранил ключ' }).click();
  await issued.waitFor({ state: 'hidden' });

  const row = (table = 'API-клиенты') =>
    page.getByRole('table', { name: table }).locator('tbody tr').filter({ hasText: name });
  await row().getByText('2 в минуту', { exact: true }).waitFor();
  await row().getByText('Не использовался', { exact: true }).waitFor();
  await row().getByText(`30.06.${nextYear}`, { exact: false }).waitFor();

  // two requests a minute, then 429 with Retry-After
  const first = await organizationsWithKey(baseUrl, key);
  assert.equal(first.status, 200);
  assert.match(first.rateLimit, /^"per-key";r=1;t=\d+$/);
  assert.equal((await organizationsWithKey(baseUrl, key)).status, 200);
  const refused = await organizationsWithKey(baseUrl, key);
  assert.equal(refused.status, 429);
  assert.ok(Number(refused.retryAfter) >= 1);

  await page.reload();
  await page.getByRole('heading', { name: 'API-клиенты' }).waitFor();
  await row().getByText('2 в минуту', { exact: true }).waitFor();
  assert.equal(await row().getByText('Не использовался', { exact: true }).count(), 0);

  // the same in English
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('heading', { name: 'API clients' }).waitFor();
  const table = page.getByRole('table', { name: 'API clients' });
  await table.getByRole('columnheader', { name: 'Valid until' }).waitFor();
  await table.getByRole('columnheader', { name: 'Requests per minute' }).waitFor();
  await row('API clients').getByText('2 a minute', { exact: true }).waitFor();
});
