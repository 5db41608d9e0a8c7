import { test } from './harness.mjs';
import { apiCall, assert, signIn, unique } from './helpers.mjs';

test('an import with a bad row shows the per-row report and cannot be applied', async ({
  page,
  baseUrl,
}) => {
  const municipalities = await apiCall(baseUrl, '/api/v1/municipalities');
  const municipality = municipalities[0].name;
  const suffix = unique();
  const csv = [
    'externalId,name,shortName,kind,sector,municipality,website,inn,ogrn,parentExternalId',
    `e2e-${suffix}-1,Школа e2e ${suffix},,MUNICIPAL_INSTITUTION,EDUCATION,${municipality},,,,`,
    `e2e-${suffix}-2,Библиотека e2e ${suffix},,MUNICIPAL_INSTITUTION,CULTURE,${municipality},,1234567890,,`,
  ].join('\n');

  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/registry/import`);
  // «Организации» is also the navbar link, which comes first in the page: a text match would click it
  // and the router would leave this screen once that route's chunk loaded. Ask for the radio.
  const entity = page.getByRole('main').getByRole('radio', { name: 'Организации' });
  assert.equal(await entity.isChecked(), true);
  await page.getByLabel('Файл для импорта').setInputFiles({
    name: `organizations-${suffix}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByText(`organizations-${suffix}.csv`).waitFor();
  await page.getByRole('button', { name: 'Проверить (без записи)' }).click();

  const report = page.getByRole('table', { name: 'Отчёт по строкам' });
  await report.waitFor();
  await page.getByRole('group', { name: 'Итоги' }).getByText('Ошибок: 1').waitFor();
  const errorRow = report.locator('tbody tr').filter({ hasText: 'Ошибка' }).first();
  const text = await errorRow.textContent();
  assert.match(text, /^3/);
  assert.match(text, /inn/i);
  assert.equal(await page.getByRole('button', { name: 'Применить' }).isDisabled(), true);
});
