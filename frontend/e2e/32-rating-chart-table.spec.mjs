import { readFile } from 'node:fs/promises';

import { test } from './harness.mjs';
import { assert } from './helpers.mjs';
import { publishedRating } from './rating-fixture.mjs';

// Every chart has its numbers as a table, one switch away. The spec publishes a rating of its own, with a
// ranked municipality (five ranked organizations), and opens that campaign's rating by its id in the URL,
// so what other specs published before does not matter.

test(
  'the charts of the rating have accessible table alternatives',
  async ({ page, baseUrl }) => {
    const { campaign, municipality, units } = await publishedRating(baseUrl);
    await page.goto(`${baseUrl}/ratings?campaign=${campaign.id}`);
    await page
      .getByRole('table', { name: 'Рейтинг: Аккаунты' })
      .getByRole('link', { name: units[0].account.displayName })
      .waitFor();

    const distribution = page.getByRole('figure', { name: 'Распределение индексов' });
    await distribution.waitFor();
    await distribution.getByText('Таблица', { exact: true }).click();
    const bands = distribution.getByRole('table', { name: 'Распределение индексов' });
    await bands.getByRole('columnheader', { name: 'Интервал индекса' }).waitFor();
    await bands.getByRole('rowheader', { name: '90–100' }).waitFor();
    assert.equal(await bands.getByRole('row').count(), 11, 'a header and ten bands');

    const municipalities = page.getByRole('figure', {
      name: 'Сравнение муниципальных образований',
    });
    await municipalities.getByText('Таблица', { exact: true }).click();
    const rows = municipalities.getByRole('table', { name: 'Сравнение муниципальных образований' });
    await rows.getByRole('columnheader', { name: 'Индекс' }).waitFor();
    // indexes are written the Russian way
    const cell = rows
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: municipality.name, exact: true }) })
      .getByRole('cell');
    await cell.waitFor();
    assert.match(await cell.textContent(), /^\d+,\d$/);
    assert.equal(
      await rows.getByRole('row').count(),
      2,
      'a header and the one ranked municipality',
    );

    const criteria = page.getByRole('figure', { name: 'Выполнение критериев' });
    await criteria.getByText('Таблица', { exact: true }).click();
    await criteria
      .getByRole('table', { name: 'Выполнение критериев' })
      .getByRole('cell', { name: /%$/ })
      .first()
      .waitFor();

    // the campaign's results as open data: the CSV downloads, one row per evaluation
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'оценки (CSV)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length, units.length + 1, 'a header and a row per evaluation');
    for (const { account } of units)
      assert.ok(csv.includes(account.displayName), account.displayName);
    await page.getByRole('link', { name: 'описание набора (Data Package)' }).waitFor();

    // and back to the drawing
    await distribution.getByText('Диаграмма', { exact: true }).click();
    await distribution.locator('.recharts-wrapper').waitFor();
  },
  { anonymous: true },
);
