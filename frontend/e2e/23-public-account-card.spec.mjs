import { test } from './harness.mjs';
import { apiCall, assert } from './helpers.mjs';
import { evaluationInReply, transition } from './evaluations-fixture.mjs';

test(
  'a published evaluation appears on the account’s public card, with its history',
  async ({ page, baseUrl }) => {
    const { account, campaign, evaluationId, token, low } = await evaluationInReply(baseUrl);
    await transition(baseUrl, token, campaign.id, 'FINAL');
    await transition(baseUrl, token, campaign.id, 'PUBLISHED');
    const published = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}`);
    assert.equal(published.status, 'PUBLISHED');

    // no sign-in: a visitor
    await page.goto(`${baseUrl}/registry/accounts/${account.id}`);
    await page.getByRole('heading', { name: account.displayName }).waitFor();
    const section = page.getByRole('region', { name: 'Оценки' });
    await section.getByRole('img', { name: /^Индекс по кампаниям: 2024-Q1: / }).waitFor();
    const history = section.getByRole('table', { name: 'История по критериям' });
    await history
      .getByRole('row', { name: new RegExp(low.title) })
      .getByText('0 из 1')
      .waitFor();
    await section
      .getByRole('list', { name: /^Рекомендации по итогам 2024-Q1/ })
      .getByText(`Исправить: ${low.title}`)
      .waitFor();

    await section.getByRole('link', { name: `${campaign.title} (2024-Q1)` }).click();
    await page.waitForURL(`${baseUrl}/evaluations/${evaluationId}`);
    await page
      .getByRole('heading', { name: `${account.displayName}: оценка за 2024-Q1` })
      .waitFor();
    await page.getByRole('table', { name: 'События' }).getByText('Опубликована').waitFor();
    await page.getByRole('table', { name: 'Редакции' }).getByText('Первая публикация').waitFor();
  },
  { anonymous: true },
);
