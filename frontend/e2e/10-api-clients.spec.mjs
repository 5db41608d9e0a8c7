import { test } from './harness.mjs';
import { ADMIN, assert, signIn, unique } from './helpers.mjs';

async function auditWithKey(baseUrl, key) {
  const response = await fetch(`${baseUrl}/api/v1/audit?size=1`, { headers: { 'X-API-Key': key } });
  return response.status;
}

test('an administrator issues an API key, sees it once, and revokes it', async ({
  page,
  baseUrl,
}) => {
  const name = `Интеграция e2e ${unique()}`;

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
  // a machine never gets the administrator role
  assert.equal(await page.getByRole('option', { name: 'Администратор' }).count(), 0);
  await page.getByRole('option', { name: 'Координатор' }).click();
  await form.getByRole('heading').first().click();
  await form.getByRole('button', { name: 'Выпустить ключ' }).click();

  const issued = page.getByRole('dialog', { name: 'Ключ выпущен' });
  await issued.getByText('Больше он показан не будет', { exact: false }).waitFor();
  const key = await issued.getByLabel('API-ключ').inputValue();
  assert.match(key, /^dbk_[A-Za-z0-9_-]{20,}$/);
  assert.equal(await auditWithKey(baseUrl, key), 200);
  await issued.getByRole('button', { name: 'Я сохранил ключ' }).click();
  await issued.waitFor({ state: 'hidden' });
  assert.equal(await page.getByText(key).count(), 0);

  const row = page
    .getByRole('table', { name: 'API-клиенты' })
    .locator('tbody tr')
    .filter({ hasText: name });
  await row.getByText(key.slice(0, 10), { exact: false }).waitFor();
  await row.getByText('Координатор', { exact: true }).waitFor();
  await row.getByText('Действует', { exact: true }).waitFor();

  await row.getByRole('button', { name: `Отозвать ключ клиента ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Отозвать ключ?' });
  await confirm.getByRole('button', { name: 'Отозвать ключ' }).click();
  await confirm.waitFor({ state: 'hidden' });
  await row.getByText('Отозван', { exact: true }).waitFor();
  assert.equal(await auditWithKey(baseUrl, key), 401);
});
