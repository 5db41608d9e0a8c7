import { test } from './harness.mjs';
import { apiCall, assert, valueMatching } from './helpers.mjs';

// The public training-effect page on the demo data: the demo's learners run accounts that every published demo
// campaign evaluated, and the first cohort completed in November 2022, so the 2023-Q1 campaign compares graduates'
// accounts with the others and with the same accounts in 2022-Q3. Anonymous: a public page must load cleanly.

test(
  'anyone sees the training effect of a campaign as a table with counts, in Russian and English',
  async ({ page, baseUrl }) => {
    const campaigns = await apiCall(baseUrl, '/api/v1/training/effect');
    const demo = campaigns.find((c) => c.graduates >= 5 && c.beforeAfter >= 5);
    assert.ok(demo, 'a demo campaign with graduates and before/after pairs');
    const effect = await apiCall(baseUrl, `/api/v1/training/effect/campaigns/${demo.campaignId}`);

    // reached from the menu
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Эффект обучения' }).click();
    await page.getByRole('heading', { name: 'Эффект обучения', level: 2 }).waitFor();

    await page.goto(`${baseUrl}/training/effect?campaign=${demo.campaignId}`);
    const graduates = page.getByRole('table', { name: 'Выпускники и люди без обучения' });
    await graduates.waitFor();
    const accounts = graduates
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Аккаунтов' }) });
    const counts = await accounts.getByRole('cell').allTextContents();
    assert.equal(counts[0], String(effect.graduates.accounts));
    assert.equal(
      counts[1].replace(/\s/g, ''),
      String(effect.notTrained.accounts),
      'counts in the Russian way',
    );
    const index = graduates
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Медианный индекс' }) });
    assert.match(
      (await index.getByRole('cell').first().textContent()) ?? '',
      new RegExp(`n = ${effect.graduates.indexed}`),
    );
    const pairs = page.getByRole('table', { name: 'До и после курса' });
    await pairs
      .getByRole('rowheader', { name: 'Медиана изменения индекса каждого аккаунта' })
      .waitFor();
    // the campaign selector and the open data
    assert.equal(
      await valueMatching(
        page.getByRole('combobox', { name: 'Кампания мониторинга' }),
        demo.campaignId,
      ),
      demo.campaignId,
    );
    const csv = await page.getByRole('link', { name: 'Показатели (CSV)' }).getAttribute('href');
    const figures = await (await fetch(new URL(csv, baseUrl))).text();
    assert.match(
      figures,
      /^campaign_id,comparison,group,measure,criterion_code,n,met,value,suppressed/,
    );

    // in English
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('table', { name: 'Graduates and people not trained' }).waitFor();
    await page.getByRole('table', { name: 'Before and after the course' }).waitFor();
    await page.getByRole('heading', { name: 'Training effect', level: 2 }).waitFor();
  },
  { anonymous: true },
);
