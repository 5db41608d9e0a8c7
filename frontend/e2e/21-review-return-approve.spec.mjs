import { test } from './harness.mjs';
import { apiCall, assert, signIn } from './helpers.mjs';
import {
  approveViaApi,
  campaignInEvaluation,
  EXPERT,
  fillViaApi,
  submitViaApi,
} from './evaluations-fixture.mjs';

test('the coordinator returns an evaluation with a comment; the expert fixes and resubmits; it is approved', async ({
  page,
  baseUrl,
}) => {
  const { account, evaluationId, expertToken, token } = await campaignInEvaluation(baseUrl);
  const low = await fillViaApi(baseUrl, expertToken, evaluationId);
  const submitted = await submitViaApi(baseUrl, expertToken, evaluationId);
  const comment = 'Проверьте подтверждение по телефону и добавьте ссылку на раздел «Контакты»';
  await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}/return`, {
    method: 'POST',
    token,
    body: { version: submitted.version, comment },
  });

  await signIn(page, baseUrl, EXPERT);
  await page.goto(`${baseUrl}/my/queue?status=RETURNED`);
  const row = page.getByRole('row').filter({ hasText: account.displayName });
  await row.getByText(comment).waitFor();
  await row.getByText('Возвращена').waitFor();
  await row.getByRole('link', { name: account.displayName }).click();

  await page.getByText('Оценка возвращена координатором на доработку').waitFor();
  await page.getByText(comment).waitFor();
  const region = page.getByRole('region', { name: low.title, exact: true });
  await region.getByLabel('Примечание к подтверждению').fill('Раздел «Контакты», телефона нет');
  await page.getByText(/^Сохранено в \d{2}:\d{2}$/).waitFor();
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await page.getByText('Оценка отправлена на проверку').waitFor();

  const resubmitted = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}`, { token });
  assert.equal(resubmitted.status, 'SUBMITTED');
  assert.equal(
    resubmitted.answers.find((a) => a.criterionId === low.criterionId).evidenceNote,
    'Раздел «Контакты», телефона нет',
  );
  const approved = await approveViaApi(baseUrl, token, evaluationId);
  assert.equal(approved.status, 'APPROVED');

  // the expert's queue shows the outcome
  await page.goto(`${baseUrl}/my/queue`);
  await page
    .getByRole('row')
    .filter({ hasText: account.displayName })
    .getByText('Утверждена')
    .waitFor();
});
