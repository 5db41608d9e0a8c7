import { checkA11y } from './a11y.mjs';
import { test } from './harness.mjs';
import { apiCall, assert, invalid, signIn, unique } from './helpers.mjs';

// The coordinator's recompute of a campaign's training effect on the training-effect page, and the public
// revision history: the new revision, its reason and its open-data files, seen by anyone.

test('a coordinator recomputes the training effect with a reason; the public history shows the new revision', async ({
  page,
  baseUrl,
}) => {
  const campaigns = await apiCall(baseUrl, '/api/v1/training/effect');
  const demo = campaigns.find((c) => c.graduates >= 5) ?? campaigns[0];
  assert.ok(demo, 'a published demo campaign');
  const before = await apiCall(
    baseUrl,
    `/api/v1/training/effect/campaigns/${demo.campaignId}/revisions`,
  );
  const next = before[0].revision + 1;
  const reason = `Поздно внесено завершение курса, проверка e2e ${unique()}`;

  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/training/effect?campaign=${demo.campaignId}`);
  const form = page.getByRole('form', { name: 'Пересчёт (координатор)' });
  await form.getByText(`Текущая редакция: ${before[0].revision} от`).waitFor();
  // the reason is required
  await form.getByRole('button', { name: 'Пересчитать' }).click();
  const field = form.getByRole('textbox', { name: /Причина пересчёта/ });
  await invalid(field);
  await form.getByText('Укажите причину пересчёта').waitFor();

  await field.fill(reason);
  await form.getByRole('button', { name: 'Пересчитать' }).click();
  await form.getByText(`Редакция ${next} опубликована. Что изменилось:`).waitFor();
  await form.getByText(`Текущая редакция: ${next} от`).waitFor();
  await checkA11y(page, 'training effect after a recompute, with its changelog');

  const after = await apiCall(
    baseUrl,
    `/api/v1/training/effect/campaigns/${demo.campaignId}/revisions`,
  );
  assert.equal(after[0].revision, next);
  assert.equal(after[0].reason, reason);
  assert.equal(after[0].cause, 'RECOMPUTE');

  // anyone: signed out, the history lists the new revision with its reason and its files, no recompute form
  await page.getByRole('button', { name: /Меню пользователя/ }).click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Войти', exact: true }).waitFor();
  await page.goto(`${baseUrl}/training/effect?campaign=${demo.campaignId}`);
  const history = page.getByRole('region', { name: 'История редакций' });
  const entry = history.getByRole('article', { name: new RegExp(`^Редакция ${next} от`) });
  await entry.getByText(`Причина: ${reason}`).waitFor();
  await entry.getByText('Пересчёт координатора').waitFor();
  const csv = await entry
    .getByRole('link', { name: `Показатели, редакция ${next} (CSV)` })
    .getAttribute('href');
  const response = await fetch(new URL(csv, baseUrl));
  assert.equal(response.status, 200);
  assert.match(await response.text(), /^campaign_id,comparison,group,measure/);
  assert.equal(await page.getByRole('form', { name: 'Пересчёт (координатор)' }).count(), 0);

  // in English, dates and numbers in the reader's locale
  await page.getByText('EN', { exact: true }).click();
  await page
    .getByRole('region', { name: 'Revision history' })
    .getByRole('article', { name: new RegExp(`^Revision ${next} of`) })
    .getByText(`Reason: ${reason}`)
    .waitFor();
});
