import { test } from './harness.mjs';
import { apiCall, assert, choose, valueMatching } from './helpers.mjs';

// The rating's filters, search and sort live in the URL (a filtered rating can be shared and survives a
// reload); the page works in English too.

test(
  'rating filters, search and sort are kept in the URL; the language switch',
  async ({ page, baseUrl }) => {
    const reference = await apiCall(baseUrl, '/api/v1/reference');
    await page.goto(`${baseUrl}/ratings`);
    const table = page.getByRole('table', { name: 'Рейтинг: Аккаунты' });
    const first = table.getByRole('link').first();
    await first.waitFor();
    const name = (await first.textContent()).trim();

    // search by a part of the name
    const part = name.split(/\s+/).find((word) => word.length >= 4) ?? name;
    await page.getByLabel('Поиск по названию').fill(part);
    await page.waitForURL((url) => url.searchParams.get('q') === part);
    await table.getByRole('link', { name }).first().waitFor();

    // a sector, a sort; then a reload keeps them
    const sector = reference.sectors[0];
    await page.getByLabel('Поиск по названию').fill('');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await choose(page, 'Отрасль', sector.name);
    await page.waitForURL((url) => url.searchParams.get('sector') === sector.code);
    await choose(page, 'Сортировка', 'Индекс: по возрастанию');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'index');
    await page.reload();
    assert.equal(await valueMatching(page.getByLabel('Отрасль').first(), sector.name), sector.name);
    assert.equal(
      await valueMatching(page.getByLabel('Сортировка').first(), 'Индекс: по возрастанию'),
      'Индекс: по возрастанию',
    );

    // a peer group
    await choose(page, 'Группа сравнения', 'Внутри отрасли');
    await page.waitForURL((url) => url.searchParams.get('peers') === 'SECTOR');
    await page.getByRole('table', { name: 'Рейтинг: Аккаунты' }).waitFor();

    // in English
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Rating' }).waitFor();
    await page.getByRole('table', { name: 'Rating: Accounts' }).waitFor();
    assert.equal(
      await valueMatching(page.getByLabel('Sort').first(), 'Index: low to high'),
      'Index: low to high',
    );
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.goto(`${baseUrl}/`);
    await page.getByRole('region', { name: /^Account rating for / }).waitFor();
    await page.getByRole('region', { name: 'How to read the index' }).waitFor();
  },
  { anonymous: true },
);
