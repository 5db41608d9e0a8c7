import { busiestMunicipality } from './campaign-fixtures.mjs';
import { test } from './harness.mjs';
import { ADMIN, apiCall, apiToken, assert, signIn, unique, valueMatching } from './helpers.mjs';

/** Picks options of a Mantine MultiSelect by typing part of each and clicking it. */
async function pick(page, label, options) {
  const input = page.getByRole('combobox', { name: label }).first();
  for (const option of options) {
    await input.click();
    await input.fill(option.slice(0, 6));
    await page.getByRole('option', { name: option }).first().click();
  }
  await page.getByRole('heading', { name: 'Новая кампания мониторинга' }).click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

test('the wizard creates a campaign with a live scope count, assigns it and the dashboard advances it', async ({
  page,
  baseUrl,
}) => {
  const token = await apiToken(baseUrl, ADMIN);
  const municipality = await busiestMunicipality(baseUrl, token);
  const title = `Кампания e2e ${unique()}`;

  await signIn(page, baseUrl, ADMIN);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'Кампании' })
    .click();
  await page.getByRole('heading', { name: 'Кампании мониторинга' }).waitFor();
  await page.getByRole('link', { name: 'Новая кампания' }).click();
  await page.getByRole('heading', { name: 'Новая кампания мониторинга' }).waitFor();

  await page.getByLabel(/^Название/).fill(title);
  await page.getByLabel(/^Период/).fill('2024-Q2');
  await page
    .getByLabel(/^Методика/)
    .first()
    .waitFor();
  assert.match(
    await valueMatching(page.getByLabel(/^Методика/).first(), /Цифровой мост/),
    /Цифровой мост/,
  );

  // the count of the whole registry first, then of one municipality
  const count = page.getByRole('status', { name: 'Число аккаунтов в охвате' });
  await count.getByText(/^В охвате \d+ аккаунт/).waitFor();
  const whole = Number((await count.getByText(/^В охвате/).textContent()).match(/\d+/)[0]);
  await pick(page, /^Муниципалитеты/, [municipality.name]);
  await count.getByText(new RegExp(`^В охвате ${municipality.count} аккаунт`)).waitFor();
  assert.ok(municipality.count <= whole);

  await pick(page, /^Эксперты кампании/, ['Волкова Елена Андреевна', 'Морозов Алексей Викторович']);
  await page
    .getByRole('table', { name: 'Эксперты и их муниципалитеты' })
    .getByText('Волкова Елена Андреевна')
    .waitFor();
  await page.getByLabel(/^Срок оценки/).fill('2030-03-31');
  await page.getByLabel(/^Срок проверки/).fill('2030-04-15');
  await page.getByRole('button', { name: 'Создать кампанию' }).click();

  await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').at(-1);
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByText(/^Утверждено 0 из \d+/).waitFor();
  const perExpert = page.getByRole('table', { name: 'По экспертам' });
  await perExpert.getByText('Волкова Елена Андреевна').waitFor();
  await perExpert.getByText('Морозов Алексей Викторович').waitFor();
  await page.getByRole('table', { name: 'Назначения кампании' }).getByRole('row').nth(1).waitFor();

  await page.getByRole('button', { name: 'Начать оценку' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Подтвердить' }).click();
  await page.getByText('Кампания на этапе «Оценка»').waitFor();
  await page.getByRole('button', { name: 'Перейти к проверке' }).waitFor();

  const campaign = await apiCall(baseUrl, `/api/v1/campaigns/${id}`, { token });
  assert.equal(campaign.stage, 'EVALUATION');
  assert.equal(campaign.accountCount, municipality.count);
  assert.equal(campaign.experts.length, 2);
  assert.equal(campaign.period, '2024-Q2');
});

test('the wizard shows a malformed period on its field', async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, ADMIN);
  await page.goto(`${baseUrl}/campaigns/new`);
  await page.getByLabel(/^Название/).fill(`Кампания e2e ${unique()}`);
  await page.getByLabel(/^Период/).fill('2024-05');
  await page.getByRole('button', { name: 'Создать кампанию' }).click();
  await page.getByText('Период в виде 2023-Q1, 2023-H2 или 2023-Y').waitFor();
  assert.match(page.url(), /\/campaigns\/new$/);
});
