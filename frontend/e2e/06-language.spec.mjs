import { test } from './harness.mjs';
import { assert, assertHeaderKeepsApartWithTextSpacing } from './helpers.mjs';

test(
  'switching to English shows English labels and is remembered',
  async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/registry/organizations`);
    await page.getByRole('heading', { name: 'Организации' }).waitFor();
    await page.getByRole('link', { name: 'Войти' }).waitFor();

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Organizations' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Accounts' }).waitFor();
    await page
      .getByLabel(/^Municipality/)
      .first()
      .waitFor();
    await page.getByRole('table', { name: 'Organizations list' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

    await page.reload();
    await page.getByRole('heading', { name: 'Organizations' }).waitFor();
    // the sign-in action in the header is a link (to /sign-in), not a button; wait for it, then check
    const signInLink = page.getByRole('link', { name: 'Sign in', exact: true });
    await signInLink.waitFor();
    assert.equal(new URL(await signInLink.getAttribute('href'), baseUrl).pathname, '/sign-in');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByRole('table', { name: 'Organizations list' }).waitFor();
  },
  { anonymous: true },
);

test(
  'with text spacing at 320 px the product name stays clear of the language switch, in both languages',
  async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Войти' }).waitFor();
    await assertHeaderKeepsApartWithTextSpacing(page);
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    await assertHeaderKeepsApartWithTextSpacing(page);
  },
  { anonymous: true },
);
