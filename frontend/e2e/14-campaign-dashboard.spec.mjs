import { assignedCampaign, transition } from './campaign-fixtures.mjs';
import { test } from './harness.mjs';
import { apiCall, apiToken, assert, signIn, unique } from './helpers.mjs';

test('the dashboard shows progress, refuses an early stage change with the reason and reassigns', async ({
  page,
  baseUrl,
}) => {
  const token = await apiToken(baseUrl);
  const title = `Панель e2e ${unique()}`;
  let { campaign, summary } = await assignedCampaign(baseUrl, token, { title });
  assert.ok(summary.assigned > 0);
  campaign = await transition(baseUrl, token, campaign, 'EVALUATION');
  campaign = await transition(baseUrl, token, campaign, 'REVIEW');

  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/campaigns`);
  await page
    .getByRole('table', { name: 'Список кампаний' })
    .getByRole('link', { name: title })
    .click();
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByText(new RegExp(`^Утверждено 0 из ${summary.assigned}`)).waitFor();
  await page.getByRole('table', { name: 'По муниципалитетам' }).getByRole('row').nth(1).waitFor();
  for (const expert of summary.perExpert) {
    await page.getByRole('table', { name: 'По экспертам' }).getByText(expert.fullName).waitFor();
  }

  // REVIEW → REPLY needs every primary evaluation approved: the 409 is shown
  await page.getByRole('button', { name: 'Открыть право на ответ' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Подтвердить' }).click();
  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  await refusal.getByText(/Осталось: \d+/).waitFor();
  const unchanged = await apiCall(baseUrl, `/api/v1/campaigns/${campaign.id}`, { token });
  assert.equal(unchanged.stage, 'REVIEW');

  // the assignments table filters by status; in review nothing is handed over any more
  const table = page.getByRole('table', { name: 'Назначения кампании' });
  await table.getByRole('row').nth(1).waitFor();
  assert.equal(await table.getByRole('button', { name: /^Передать другому эксперту/ }).count(), 0);
});

test('the dashboard reassigns an evaluation during the evaluation stage', async ({
  page,
  baseUrl,
}) => {
  const token = await apiToken(baseUrl);
  let { campaign, summary } = await assignedCampaign(baseUrl, token, {
    title: `Передача e2e ${unique()}`,
  });
  campaign = await transition(baseUrl, token, campaign, 'EVALUATION');
  const [first, second] = summary.perExpert;
  const { items } = await apiCall(
    baseUrl,
    `/api/v1/assignments?campaign=${campaign.id}&expert=${first.expertId}&size=1`,
    { token },
  );
  const row = items[0];

  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/campaigns/${campaign.id}?expert=${first.expertId}`);
  const table = page.getByRole('table', { name: 'Назначения кампании' });
  await table.getByText(row.account.displayName).first().waitFor();
  await table
    .getByRole('button', { name: `Передать другому эксперту: ${row.account.displayName}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Новый эксперт').first().click();
  await page.getByRole('option', { name: second.fullName }).click();
  await dialog.getByRole('button', { name: 'Передать' }).click();
  await page.getByText(`Оценка передана эксперту ${second.fullName}`).waitFor();

  const moved = await apiCall(
    baseUrl,
    `/api/v1/assignments?campaign=${campaign.id}&expert=${second.expertId}&size=200`,
    {
      token,
    },
  );
  assert.ok(moved.items.some((item) => item.evaluationId === row.evaluationId));
});
