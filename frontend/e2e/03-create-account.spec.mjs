import { test } from './harness.mjs';
import { apiCall, assert, choose, signIn, unique } from './helpers.mjs';

test('a coordinator creates an account', async ({ page, baseUrl }) => {
  const { items } = await apiCall(baseUrl, '/api/v1/organizations?size=1&status=ACTIVE');
  const organization = items[0];
  const suffix = unique();

  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/registry/accounts/new`);
  await choose(page, /^Организация/, organization.name, { type: organization.name.slice(0, 12) });
  await page.getByLabel(/^Адрес \(URL\)/).fill(`https://vk.com/e2e_${suffix}`);
  await page.getByLabel(/^Название аккаунта/).fill(`Аккаунт e2e ${suffix}`);
  await page.getByRole('button', { name: 'Сохранить' }).click();

  await page.getByRole('heading', { name: `Аккаунт e2e ${suffix}` }).waitFor();
  assert.match(page.url(), /\/registry\/accounts\/[0-9a-f-]{36}$/);
  await page.getByRole('link', { name: organization.name }).first().waitFor();
  await page.getByText('ВКонтакте', { exact: true }).first().waitFor();
});
