import { test } from './harness.mjs';
import { apiCall, assert, invalid, signIn, valueMatching } from './helpers.mjs';
import {
  answer,
  bestValue,
  campaignInEvaluation,
  EXPERT,
  fillable,
} from './evaluations-fixture.mjs';

test('an expert fills in the evaluation form, records citizen questions and submits', async ({
  page,
  baseUrl,
}) => {
  const { account, evaluationId, expertToken } = await campaignInEvaluation(baseUrl);
  const evaluation = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}`, {
    token: expertToken,
  });
  const criteria = fillable(evaluation);
  const low = criteria.find((a) => a.type === 'BOOLEAN');
  const lastOne = criteria[criteria.length - 1];

  await signIn(page, baseUrl, EXPERT);
  await page.getByRole('link', { name: 'Моя очередь' }).click();
  await page.getByRole('link', { name: account.displayName }).click();
  await page.getByRole('heading', { name: `Оценка: ${account.displayName}` }).waitFor();

  // everything but the last criterion; one yes/no answered "no"
  for (const criterion of criteria.slice(0, -1)) {
    const region = page.getByRole('region', { name: criterion.title, exact: true });
    await answer(region, criterion, criterion === low ? 0 : bestValue(criterion));
  }
  const lowRegion = page.getByRole('region', { name: low.title, exact: true });
  const recommendation = lowRegion.getByRole('textbox', { name: /^Рекомендация/ });
  await recommendation.waitFor();
  assert.notEqual(await valueMatching(recommendation, /\S/), '', 'the recommendation is prefilled');
  await lowRegion.getByLabel('Ссылка на подтверждение').fill('not a link');
  await invalid(lowRegion.getByLabel('Ссылка на подтверждение'));
  await lowRegion.getByLabel('Ссылка на подтверждение').fill('https://vk.com/wall-1_10');
  await page.getByText(/^Сохранено в \d{2}:\d{2}$/).waitFor();

  // submitting with one criterion missing points at it
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await page.getByRole('alert').filter({ hasText: 'Оценка не отправлена' }).waitFor();
  const lastRegion = page.getByRole('region', { name: lastOne.title, exact: true });
  // focus moves to the first criterion the server named
  await lastRegion.locator(':focus').waitFor();

  // the citizen-question sample: an answer before the question is refused on the field
  await page.getByRole('tab', { name: /^Вопросы граждан/ }).click();
  await page.getByRole('button', { name: 'Добавить вопрос' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый вопрос' });
  await dialog.getByLabel(/^Ссылка на вопрос/).fill('https://vk.com/wall-1_77?reply=5');
  await dialog.getByLabel(/^Когда задан/).fill('2024-02-01T10:00');
  const answered = dialog.getByLabel(/^Когда дан первый официальный ответ/);
  await answered.fill('2024-02-01T09:00');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await invalid(answered);
  await answered.fill('2024-02-01T16:30');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await dialog.waitFor({ state: 'detached' });
  const table = page.getByRole('table', { name: 'Выборка вопросов граждан' });
  await table.getByRole('cell', { name: '6,5' }).waitFor();
  await page.getByRole('definition').filter({ hasText: '6,5 ч' }).first().waitFor();

  await page.getByRole('tab', { name: 'Критерии' }).click();
  await answer(lastRegion, lastOne, bestValue(lastOne));
  await page.getByText(/^Сохранено в \d{2}:\d{2}$/).waitFor();
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await page.getByText('Оценка отправлена на проверку').waitFor();
  await page.getByText('На проверке').first().waitFor();

  const saved = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}`, {
    token: expertToken,
  });
  assert.equal(saved.status, 'SUBMITTED');
  const lowSaved = saved.answers.find((a) => a.criterionId === low.criterionId);
  assert.equal(lowSaved.value, 0);
  assert.equal(lowSaved.evidenceUrl, 'https://vk.com/wall-1_10');
  assert.ok(lowSaved.recommendation);
  assert.equal(saved.answerTimes.questions, 1);
  // the index the form showed is the server's
  const shown = await page.getByTestId('saved-index').textContent();
  assert.equal(shown.replace(',', '.'), saved.index.toFixed(1));
});
