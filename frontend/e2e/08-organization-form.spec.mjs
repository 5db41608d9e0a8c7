import { test } from './harness.mjs';
import { apiCall, apiToken, assert, choose, invalid, signIn, unique } from './helpers.mjs';

test('a coordinator creates and edits an organization; server errors show where they belong', async ({
  page,
  baseUrl,
}) => {
  const reference = await apiCall(baseUrl, '/api/v1/reference');
  const municipalities = await apiCall(baseUrl, '/api/v1/municipalities');
  const kind = reference.organizationKinds[0].name;
  const sector = reference.sectors[0].name;
  const municipality = municipalities[0].name;
  const suffix = unique();
  const name = `Центр e2e ${suffix}`;

  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/registry/organizations/new`);
  await page
    .getByLabel(/^Название/)
    .first()
    .fill(name);
  await choose(page, /^Вид организации/, kind);
  await choose(page, /^Отрасль/, sector);
  await choose(page, /^Муниципальное образование/, municipality, {
    type: municipality.slice(0, 6),
  });
  // ten digits pass the form's own check; the server finds the check digit wrong
  const inn = page.getByLabel(/^ИНН/);
  await inn.fill('1234567890');
  await page.getByRole('button', { name: 'Сохранить' }).click();

  await invalid(inn);
  await page.getByText('Неверное контрольное число ИНН').waitFor();
  assert.match(page.url(), /\/registry\/organizations\/new$/);

  await inn.fill('');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByRole('heading', { name }).waitFor();
  const id = page.url().match(/\/registry\/organizations\/([0-9a-f-]{36})$/)?.[1];
  assert.ok(id, page.url());

  // open the edit form, then someone else saves the record first: the form's version is stale
  await page.getByRole('link', { name: 'Изменить' }).click();
  const nameField = page.getByLabel(/^Название/).first();
  await nameField.waitFor();
  const token = await apiToken(baseUrl);
  const current = await apiCall(baseUrl, `/api/v1/organizations/${id}`);
  await apiCall(baseUrl, `/api/v1/organizations/${id}`, {
    method: 'PUT',
    token,
    body: {
      name: `${name} (изменено)`,
      kind: current.kind,
      sector: current.sector,
      municipalityId: current.municipality.id,
      version: current.version,
    },
  });
  await nameField.fill(`${name} (моя правка)`);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  const stale = page.getByRole('alert').filter({ hasText: 'Запись уже изменили' });
  await stale.waitFor();

  await stale.getByRole('button', { name: 'Загрузить актуальную версию' }).click();
  // the form comes back with the other person's version, without the alert
  await stale.waitFor({ state: 'detached' });
  await page.waitForFunction(
    (value) => [...document.querySelectorAll('input')].some((input) => input.value === value),
    `${name} (изменено)`,
  );
  await nameField.fill(`${name} (моя правка)`);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByRole('heading', { name: `${name} (моя правка)` }).waitFor();
});
