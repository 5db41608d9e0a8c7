import { test } from './harness.mjs';
import { assert } from './helpers.mjs';

// Every chart has its numbers as a table, one switch away.

test(
  'the charts of the rating have accessible table alternatives',
  async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/ratings`);
    await page.getByRole('table', { name: 'Рейтинг: Аккаунты' }).waitFor();

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
    const cell = rows.getByRole('cell').first();
    await cell.waitFor();
    assert.match(await cell.textContent(), /^\d+,\d$/);

    const criteria = page.getByRole('figure', { name: 'Выполнение критериев' });
    await criteria.getByText('Таблица', { exact: true }).click();
    await criteria
      .getByRole('table', { name: 'Выполнение критериев' })
      .getByRole('cell', { name: /%$/ })
      .first()
      .waitFor();

    // and back to the drawing
    await distribution.getByText('Диаграмма', { exact: true }).click();
    await distribution.locator('.recharts-wrapper').waitFor();
  },
  { anonymous: true },
);
