import { test } from './harness.mjs';
import { apiCall, assert } from './helpers.mjs';

// A visitor (no sign-in) walks every public page: the console must stay clean (no failed session
// refresh) and axe-core checks each page (see a11y.mjs).

test(
  'a visitor reads the registry, the cards, the methodology and a published evaluation',
  async ({ page, baseUrl }) => {
    const published = await apiCall(baseUrl, '/api/v1/evaluations?status=PUBLISHED&size=1');
    assert.ok(published.items.length > 0, 'the demo has a published evaluation');
    const evaluation = published.items[0];

    // the start page is the citizens' rating home (specs 31–32); the registry is one link away
    await page.goto(`${baseUrl}/registry/accounts`);
    const accounts = page.getByRole('table', { name: 'Список аккаунтов' });
    await accounts.waitFor();
    await page.getByRole('link', { name: 'Войти' }).waitFor();

    // an account card
    await accounts.getByRole('link').first().click();
    await page.waitForURL(/\/registry\/accounts\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2 }).first().waitFor();

    // the organizations registry and an organization card
    await page
      .getByRole('navigation', { name: 'Основная навигация' })
      .getByRole('link', { name: 'Организации' })
      .click();
    const organizations = page.getByRole('table', { name: 'Список организаций' });
    await organizations.waitFor();
    await organizations.getByRole('link').first().click();
    await page.waitForURL(/\/registry\/organizations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2 }).first().waitFor();

    // the methodology
    await page
      .getByRole('navigation', { name: 'Основная навигация' })
      .getByRole('link', { name: 'Методика' })
      .click();
    await page.getByRole('heading', { name: 'Методика оценки' }).waitFor();

    // a published evaluation, from the account card it belongs to
    await page.goto(`${baseUrl}/registry/accounts/${evaluation.account.id}`);
    await page.getByRole('region', { name: 'Оценки', exact: true }).waitFor();
    await page.goto(`${baseUrl}/evaluations/${evaluation.id}`);
    await page.getByRole('heading', { name: /: оценка за / }).waitFor();

    // the sign-in page itself
    await page.getByRole('link', { name: 'Войти' }).click();
    await page.getByRole('button', { name: 'Войти', exact: true }).waitFor();
  },
  { anonymous: true },
);

test(
  'the public pages in English',
  async ({ page, baseUrl }) => {
    const published = await apiCall(baseUrl, '/api/v1/evaluations?status=PUBLISHED&size=1');
    const evaluation = published.items[0];
    await page.goto(`${baseUrl}/registry/accounts`);
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('table', { name: 'Accounts list' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

    await page.goto(`${baseUrl}/registry/organizations`);
    await page.getByRole('table', { name: 'Organizations list' }).waitFor();
    await page.goto(`${baseUrl}/methodology`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.goto(`${baseUrl}/registry/accounts/${evaluation.account.id}`);
    await page.getByRole('region', { name: 'Evaluations', exact: true }).waitFor();
    await page.goto(`${baseUrl}/evaluations/${evaluation.id}`);
    await page.getByRole('heading', { name: /: evaluation for / }).waitFor();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  },
  { anonymous: true },
);
