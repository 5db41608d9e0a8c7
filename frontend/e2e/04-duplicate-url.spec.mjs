import { test } from './harness.mjs';
import { apiCall, apiToken, assert, choose, signIn, unique } from './helpers.mjs';

test('a duplicate URL shows on the URL field with a link to the existing account', async ({
  page,
  baseUrl,
}) => {
  const token = await apiToken(baseUrl);
  const { items } = await apiCall(baseUrl, '/api/v1/organizations?size=1&status=ACTIVE');
  const organization = items[0];
  const suffix = unique();
  const existing = await apiCall(baseUrl, '/api/v1/accounts', {
    method: 'POST',
    token,
    body: {
      organizationId: organization.id,
      url: `https://vk.com/club_e2e_${suffix}`,
      displayName: `Существующий ${suffix}`,
    },
  });

  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/registry/accounts/new`);
  await choose(page, /^Организация/, organization.name, { type: organization.name.slice(0, 12) });
  // the same community written differently: mobile host, upper case, trailing slash
  await page.getByLabel(/^Адрес \(URL\)/).fill(`https://m.VK.com/club_e2e_${suffix}/`);
  await page.getByLabel(/^Название аккаунта/).fill(`Дубликат ${suffix}`);
  await page.getByRole('button', { name: 'Сохранить' }).click();

  const url = page.getByLabel(/^Адрес \(URL\)/);
  await page.waitForFunction(
    (el) => el.getAttribute('aria-invalid') === 'true',
    await url.elementHandle(),
  );
  const link = page.getByRole('link', { name: new RegExp(`Существующий ${suffix}`) });
  await link.waitFor();
  await link.click();
  await page.getByRole('heading', { name: `Существующий ${suffix}` }).waitFor();
  assert.ok(page.url().endsWith(`/registry/accounts/${existing.id}`));
});
