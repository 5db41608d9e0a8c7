import { test } from './harness.mjs';
import { assert, choose } from './helpers.mjs';

// A citizen, not signed in: the home page, the rating, a municipality, an organization, an account.

test(
  'anonymous home → rating → municipality → organization → account',
  async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/`);
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Как органы власти и учреждения Саратовской области ведут официальные аккаунты',
      })
      .waitFor();
    // the newest rating at a glance
    const latest = page.getByRole('region', { name: /^Рейтинг аккаунтов по итогам / });
    await latest.getByRole('region', { name: 'Лидеры' }).getByRole('link').first().waitFor();
    await latest.getByRole('region', { name: 'В конце списка' }).waitFor();
    await latest.getByRole('region', { name: 'Больше всего выросли' }).waitFor();
    await latest.getByRole('figure', { name: 'Сравнение муниципальных образований' }).waitFor();
    await page.getByRole('region', { name: 'Как читать индекс' }).waitFor();
    await page.getByRole('link', { name: 'Методика оценки' }).waitFor();
    await page.getByRole('link', { name: 'Найти аккаунт' }).waitFor();

    // the rating of accounts, then of municipalities
    await page.getByRole('link', { name: 'Весь рейтинг' }).click();
    await page.waitForURL(/\/ratings$/);
    await page
      .getByRole('table', { name: 'Рейтинг: Аккаунты' })
      .getByRole('link')
      .first()
      .waitFor();
    await choose(page, 'Уровень', 'Муниципальные образования');
    await page.waitForURL(/level=MUNICIPALITY/);
    const municipalities = page.getByRole('table', { name: 'Рейтинг: Муниципальные образования' });
    const municipality = municipalities.getByRole('link').first();
    const municipalityName = await municipality.textContent();
    await municipality.click();

    // a municipality: its organizations and accounts
    await page.waitForURL(/\/ratings\/municipalities\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: municipalityName }).waitFor();
    await page.getByRole('figure', { name: 'Индекс по кампаниям' }).waitFor();
    const organizations = page.getByRole('table', { name: `Организации: ${municipalityName}` });
    await page.getByRole('table', { name: `Аккаунты: ${municipalityName}` }).waitFor();
    const organization = organizations.getByRole('link').first();
    const organizationName = await organization.textContent();
    await organization.click();

    // an organization: its accounts, recommendations and badge
    await page.waitForURL(/\/ratings\/organizations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: organizationName }).waitFor();
    await page.getByText(/^По итогам \d{4}-\S+: индекс \d+,\d, место /).waitFor();
    await page.getByRole('heading', { name: /^Рекомендации по итогам / }).waitFor();
    await page.getByRole('img', { name: `Значок рейтинга: ${organizationName}` }).waitFor();
    const accounts = page.getByRole('table', { name: `Аккаунты: ${organizationName}` });
    const account = accounts.getByRole('link').first();
    const accountName = await account.textContent();
    await account.click();

    // the account's card
    await page.waitForURL(/\/registry\/accounts\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: accountName }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  },
  { anonymous: true },
);
