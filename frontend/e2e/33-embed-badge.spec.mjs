import { createServer } from 'node:http';

import { test } from './harness.mjs';
import { assert } from './helpers.mjs';
import { publishedRating } from './rating-fixture.mjs';

// A body shows its result on its own site: the badge as an image and the embed page in an iframe. The spec
// publishes a rating of two accounts of its own (full marks; one criterion missed), so the badge's words are
// known: «Индекс 100,0 · 1-е место из 2 · 2024-Q1».

test(
  'the badge and the embed page render, on this site and framed by another',
  async ({ page, baseUrl }) => {
    const { units } = await publishedRating(baseUrl, { organizations: 2 });
    const { account } = units[0];
    const { organization } = units[1];

    // the embed page itself (axe checks it too)
    await page.goto(`${baseUrl}/api/v1/badges/accounts/${account.id}/embed`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('img', { name: /: Индекс 100,0 · 1-е место из 2 · 2024-Q1$/ }).waitFor();
    await page.getByRole('link', { name: 'Подробнее на сайте «Цифровой мост»' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');

    // in English
    await page.goto(`${baseUrl}/api/v1/badges/organizations/${organization.id}/embed?lang=en`);
    // one criterion missed: below 100, second of two
    await page.getByRole('img', { name: /: Index \d{2}\.\d · place 2 of 2 · 2024-Q1$/ }).waitFor();
    await page.getByText('mean over 1 evaluated account', { exact: true }).waitFor();

    // another site, of another origin (a server of its own on loopback; a public origin may not load from
    // loopback at all): the badge as an <img> and the embed page in an <iframe>
    const html = `<!doctype html>
      <html lang="ru"><head><title>Сайт школы</title></head><body><main>
        <h1>Наши результаты</h1>
        <img id="badge" src="${baseUrl}/api/v1/badges/accounts/${account.id}" alt="Индекс аккаунта">
        <iframe title="Результат в рейтинге" src="${baseUrl}/api/v1/badges/accounts/${account.id}/embed"
          width="420" height="140"></iframe>
      </main></body></html>`;
    const school = createServer((request, response) => {
      if (request.url !== '/') {
        response.writeHead(204).end(); // the favicon
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise((resolve) => school.listen(0, '127.0.0.1', resolve));
    try {
      await page.goto(`http://127.0.0.1:${school.address().port}/`);
      await page.waitForFunction(() => {
        const image = document.getElementById('badge');
        return image.complete && image.naturalWidth > 0;
      });
      const framed = page.frameLocator('iframe[title="Результат в рейтинге"]');
      await framed
        .getByRole('img', { name: /: Индекс 100,0 · 1-е место из 2 · 2024-Q1$/ })
        .waitFor();
    } finally {
      school.close();
    }
  },
  { anonymous: true },
);
