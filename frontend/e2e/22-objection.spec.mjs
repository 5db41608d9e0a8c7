import { test } from './harness.mjs';
import { apiCall, assert, signIn } from './helpers.mjs';
import { EXPERT, evaluationInReply, representative, signOut } from './evaluations-fixture.mjs';

test('an organization objects to a criterion; the expert accepts and the index changes', async ({
  page,
  baseUrl,
}) => {
  const { account, organization, evaluationId, token, low } = await evaluationInReply(baseUrl);
  const before = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}`, { token });
  const rep = await representative(baseUrl, organization.id);

  await signIn(page, baseUrl, rep);
  await page.getByRole('link', { name: 'Моя организация' }).click();
  await page.getByRole('link', { name: account.displayName }).click();
  await page.getByText('Период ответа открыт').waitFor();
  await page.getByRole('button', { name: `Возразить по критерию «${low.title}»` }).click();
  const form = page.getByRole('form', { name: `Возражение по критерию «${low.title}»` });
  await form.getByRole('button', { name: 'Отправить возражение' }).click();
  await form.getByText('Обязательное поле').waitFor();
  await form.getByLabel(/^Комментарий/).fill('Телефон опубликован в разделе «Контакты» сообщества');
  await form.getByLabel(/^Ссылка на подтверждение/).fill('https://vk.com/e2e?w=contacts');
  await form.getByRole('button', { name: 'Отправить возражение' }).click();
  await form.waitFor({ state: 'detached' });
  const objection = page.getByRole('article', { name: low.title });
  await objection.getByText('Открыто').waitFor();

  await signOut(page, baseUrl);
  await signIn(page, baseUrl, EXPERT);
  await page.getByRole('link', { name: 'Возражения' }).click();
  const open = page.getByRole('article').filter({ hasText: account.displayName }).filter({
    hasText: low.title,
  });
  await open.getByText('Телефон опубликован в разделе «Контакты» сообщества').waitFor();
  await open.getByRole('button', { name: 'Принять' }).click();
  const accept = open.getByRole('form', { name: 'Принятие возражения' });
  await accept.getByRole('radio', { name: 'Да', exact: true }).check();
  await accept.getByLabel(/^Обоснование решения/).fill('Телефон действительно указан');
  await accept.getByRole('button', { name: 'Принять' }).click();
  await page.getByText('Возражение принято, оценка пересчитана').waitFor();

  const after = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}`, { token });
  assert.equal(after.answers.find((a) => a.criterionId === low.criterionId).value, 1);
  assert.ok(after.index > before.index, `${after.index} > ${before.index}`);
  assert.equal(after.initialIndex, before.initialIndex);
  const objections = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}/objections`, {
    token,
  });
  const list = Array.isArray(objections) ? objections : objections.items;
  assert.equal(list[0].status, 'ACCEPTED');

  // the organization sees the resolution
  await signOut(page, baseUrl);
  await signIn(page, baseUrl, rep);
  await page.goto(`${baseUrl}/my/organization/evaluations/${evaluationId}`);
  const resolved = page.getByRole('article', { name: low.title });
  await resolved.getByText('Принято', { exact: true }).waitFor();
  await resolved.getByText('Телефон действительно указан').waitFor();
});
