import { assignedCampaign, fillAndSubmit, transition } from './campaign-fixtures.mjs';
import { test } from './harness.mjs';
import { apiCall, apiToken, assert, signIn, unique } from './helpers.mjs';

const EXPERT = { email: 'expert@demo.bridge', password: 'demo-bridge-2026' };

test('the coordinator returns a submitted evaluation with a required comment, then approves it', async ({
  page,
  baseUrl,
}) => {
  const token = await apiToken(baseUrl);
  const expertToken = await apiToken(baseUrl, EXPERT);
  let { campaign } = await assignedCampaign(baseUrl, token, { title: `Проверка e2e ${unique()}` });
  campaign = await transition(baseUrl, token, campaign, 'EVALUATION');
  const me = await apiCall(baseUrl, '/api/v1/me', { token: expertToken });
  const { items } = await apiCall(
    baseUrl,
    `/api/v1/assignments?campaign=${campaign.id}&expert=${me.id}&size=1`,
    { token },
  );
  const row = items[0];
  await fillAndSubmit(baseUrl, expertToken, row.evaluationId);

  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/campaigns/${campaign.id}`);
  await page.getByRole('link', { name: /^Проверка \(1\)/ }).click();
  const queue = page.getByRole('table', { name: 'Очередь проверки' });
  await queue.getByRole('button', { name: row.account.displayName }).click();
  await page.getByRole('table', { name: 'Ответы по критериям' }).waitFor();

  await page.getByRole('button', { name: 'Вернуть на доработку' }).click();
  await page.getByText('Обязательное поле').waitFor();
  await page.getByLabel(/^Комментарий эксперту/).fill('Приложите ссылку на правила модерации');
  await page.getByRole('button', { name: 'Вернуть на доработку' }).click();
  await page.getByText('Оценка возвращена эксперту').waitFor();
  await page.getByText('Поданных оценок нет.').waitFor();

  const returned = await apiCall(baseUrl, `/api/v1/evaluations/${row.evaluationId}`, { token });
  assert.equal(returned.status, 'RETURNED');
  assert.equal(returned.reviewComment, 'Приложите ссылку на правила модерации');

  await fillAndSubmit(baseUrl, expertToken, row.evaluationId);
  await page.reload();
  await queue.getByRole('button', { name: row.account.displayName }).click();
  await page.getByText('Приложите ссылку на правила модерации').waitFor();
  await page.getByRole('button', { name: 'Утвердить' }).click();
  await page.getByText('Оценка утверждена').waitFor();
  const approved = await apiCall(baseUrl, `/api/v1/evaluations/${row.evaluationId}`, { token });
  assert.equal(approved.status, 'APPROVED');
});

test('the agreement report of a demo campaign shows kappa per criterion, least agreement first', async ({
  page,
  baseUrl,
}) => {
  const token = await apiToken(baseUrl);
  const { items } = await apiCall(baseUrl, '/api/v1/campaigns?stage=PUBLISHED&size=50', { token });
  let chosen = null;
  for (const campaign of items) {
    const report = await apiCall(baseUrl, `/api/v1/campaigns/${campaign.id}/agreement`, { token });
    if (report.pairs > 0) {
      chosen = { campaign, report };
      break;
    }
  }
  assert.ok(chosen, 'a published demo campaign has double evaluations');
  const { campaign, report } = chosen;

  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/campaigns/${campaign.id}`);
  await page.getByRole('link', { name: 'Согласованность экспертов' }).click();
  await page
    .getByRole('heading', { name: `Согласованность экспертов: ${campaign.title}` })
    .waitFor();
  await page.getByText('Каппа в целом').waitFor();
  const table = page.getByRole('table', { name: 'Согласованность по критериям' });
  const rows = table.getByRole('row');
  await rows.nth(1).waitFor();
  assert.equal(await rows.count(), report.criteria.length + 1);

  const defined = report.criteria.filter((c) => c.kappa !== null).sort((a, b) => a.kappa - b.kappa);
  if (defined.length > 0) {
    await rows.nth(1).getByText(defined[0].code).waitFor();
  }
  await page.getByText('Как читать каппу').waitFor();
});
