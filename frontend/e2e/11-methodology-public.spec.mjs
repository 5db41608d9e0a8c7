import { test } from './harness.mjs';
import { apiCall, assert } from './helpers.mjs';

const SEEDED = '3e7d0000-0000-4000-8000-000000002022';

test(
  'anyone reads the seeded methodology with its criteria, scales and applicability',
  async ({ page, baseUrl }) => {
    const set = await apiCall(baseUrl, `/api/v1/criteria-sets/${SEEDED}`);
    assert.equal(set.status, 'APPROVED');
    const first = set.criteria[0];
    const derived = set.criteria.find((criterion) => criterion.type === 'DERIVED');

    await page.goto(`${baseUrl}/registry/accounts`);
    await page
      .getByRole('navigation', { name: 'Основная навигация' })
      .getByRole('link', { name: 'Методика' })
      .click();
    await page.getByRole('heading', { name: 'Методика оценки' }).waitFor();
    await page.getByRole('link', { name: 'Войти' }).waitFor();
    const current = page.getByRole('region', { name: 'Действующая методика' });
    await current.getByRole('link', { name: 'Цифровой мост — 2022' }).first().click();

    await page.waitForURL(new RegExp(`/methodology/${SEEDED}$`));
    await page.getByRole('heading', { name: /Цифровой мост — 2022 \(редакция 1\)/ }).waitFor();
    await page.getByText('Утверждена', { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: first.title, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Обратная связь', exact: true }).waitFor();
    if (derived) {
      await page.getByRole('heading', { name: derived.title, exact: true }).waitFor();
      const card = page.getByRole('article', { name: derived.title });
      await card.getByText(/^Вычисляется:/).waitFor();
      await card.getByText('иначе → 0').waitFor();
    }
    const scoped = set.criteria.find((criterion) => criterion.sectors.includes('EDUCATION'));
    if (scoped) {
      await page
        .getByRole('article', { name: scoped.title })
        .getByText('Образование', { exact: true })
        .waitFor();
    }
    const articles = await page.getByRole('article').count();
    assert.equal(articles, set.criteria.length);

    const json = page.getByRole('link', { name: 'Методика в формате JSON для машин' });
    assert.equal(
      new URL(await json.getAttribute('href')).pathname,
      `/api/v1/criteria-sets/${SEEDED}`,
    );
  },
  { anonymous: true },
);

test(
  'the methodology page works in English',
  async ({ page, baseUrl }) => {
    const set = await apiCall(baseUrl, `/api/v1/criteria-sets/${SEEDED}`);
    await page.goto(`${baseUrl}/methodology/${SEEDED}`);
    await page.getByRole('heading', { name: /Цифровой мост — 2022/ }).waitFor();

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: /\(edition 1\)/ }).waitFor();
    await page.getByRole('heading', { name: 'Feedback', exact: true }).waitFor();
    await page.getByText('Approved', { exact: true }).first().waitFor();
    await page.getByText('How to fix').first().waitFor();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Methodology' })
      .waitFor();
    assert.ok(set.criteria.length > 0);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  },
  { anonymous: true },
);
