import { test } from './harness.mjs';
import { apiCall, apiToken, assert, nextResponse, signIn, unique } from './helpers.mjs';

test('after an edit the audit log shows who changed which fields', async ({ page, baseUrl }) => {
  const token = await apiToken(baseUrl);
  const municipalities = await apiCall(baseUrl, '/api/v1/municipalities');
  const suffix = unique();
  const created = await apiCall(baseUrl, '/api/v1/organizations', {
    method: 'POST',
    token,
    body: {
      name: `Библиотека e2e ${suffix}`,
      kind: 'MUNICIPAL_INSTITUTION',
      sector: 'CULTURE',
      municipalityId: municipalities[0].id,
    },
  });
  await apiCall(baseUrl, `/api/v1/organizations/${created.id}`, {
    method: 'PUT',
    token,
    body: {
      name: `Библиотека e2e ${suffix}`,
      shortName: `Библ ${suffix}`,
      kind: 'MUNICIPAL_INSTITUTION',
      sector: 'CULTURE',
      municipalityId: municipalities[0].id,
      website: `https://lib-${suffix}.example.ru`,
      version: created.version,
    },
  });

  await signIn(page, baseUrl);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'Журнал изменений' })
    .click();
  const table = page.getByRole('table', { name: 'Журнал изменений' });
  await table.waitFor();

  const filtered = nextResponse(page, new RegExp(`/api/v1/audit\\?.*entityId=${created.id}`));
  await page.getByRole('searchbox', { name: 'Идентификатор записи' }).fill(created.id);
  await filtered;
  const rows = table.locator('tbody tr');
  const update = rows.filter({ hasText: 'UPDATE' });
  await update.getByText(`shortName: — → Библ ${suffix}`).waitFor();
  await update.getByText(`website: — → https://lib-${suffix}.example.ru`).waitFor();
  assert.match(await update.textContent(), /coordinator@demo\.bridge/);
  // the unchanged name is not listed as a change
  assert.doesNotMatch(await update.textContent(), /name: Библиотека/);
  await rows.filter({ hasText: 'CREATE' }).getByText(`name: Библиотека e2e ${suffix}`).waitFor();
  assert.equal(await rows.count(), 2);
});
