import { test } from './harness.mjs';
import { apiCall, assert } from './helpers.mjs';

// A body shows its result on its own site: the badge as an image and the embed page in an iframe.

test(
  'the badge and the embed page render, on this site and framed by another',
  async ({ page, baseUrl }) => {
    const published = await apiCall(baseUrl, '/api/v1/evaluations?status=PUBLISHED&size=1');
    assert.ok(published.items.length > 0, 'the demo has a published evaluation');
    const { account, organization } = published.items[0];

    // the embed page itself (axe checks it too)
    await page.goto(`${baseUrl}/api/v1/badges/accounts/${account.id}/embed`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const badge = page.getByRole('img', { name: /: Индекс \d+,\d · \d{4}-/ });
    await badge.waitFor();
    await page.getByRole('link', { name: 'Подробнее на сайте «Цифровой мост»' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');

    // in English
    await page.goto(`${baseUrl}/api/v1/badges/organizations/${organization.id}/embed?lang=en`);
    await page.getByRole('img', { name: /: Index \d+\.\d · \d{4}-/ }).waitFor();
    await page.getByText(/^mean over \d+ evaluated accounts?$/).waitFor();

    // another site: the badge as an <img> and the embed page in an <iframe>
    await page.setContent(`<!doctype html>
      <html lang="ru"><head><title>Сайт школы</title></head><body><main>
        <h1>Наши результаты</h1>
        <img id="badge" src="${baseUrl}/api/v1/badges/accounts/${account.id}" alt="Индекс аккаунта">
        <iframe title="Результат в рейтинге" src="${baseUrl}/api/v1/badges/accounts/${account.id}/embed"
          width="420" height="140"></iframe>
      </main></body></html>`);
    await page.waitForFunction(() => {
      const image = document.getElementById('badge');
      return image.complete && image.naturalWidth > 0;
    });
    const framed = page.frameLocator('iframe[title="Результат в рейтинге"]');
    await framed.getByRole('img', { name: /: Индекс \d+,\d · / }).waitFor();
  },
  { anonymous: true },
);
