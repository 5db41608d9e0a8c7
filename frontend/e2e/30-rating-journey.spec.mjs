import { test } from './harness.mjs';
import { assert, choose } from './helpers.mjs';
import { publishedRating } from './rating-fixture.mjs';

// A citizen, not signed in: the home page, the rating, a municipality, an organization, an account. The
// spec publishes a rating of its own first (the newest one, so the home page and /ratings show it), and
// follows its own municipality, organization and account by name.

test(
  'anonymous home → rating → municipality → organization → account',
  async ({ page, baseUrl }) => {
    const { campaign, municipality, units } = await publishedRating(baseUrl);
    // the second organization's account has a recommendation (see rating-fixture.mjs)
    const { organization, account } = units[1];

    await page.goto(`${baseUrl}/`);
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Как органы власти и учреждения Саратовской области ведут официальные аккаунты',
      })
      .waitFor();
    // the newest rating at a glance: this spec's
    const latest = page.getByRole('region', { name: 'Рейтинг аккаунтов по итогам 2024-Q1' });
    await latest
      .getByRole('region', { name: 'Лидеры' })
      .getByRole('link', { name: units[0].account.displayName })
      .waitFor();
    await latest
      .getByRole('region', { name: 'В конце списка' })
      .getByRole('link', { name: account.displayName })
      .waitFor();
    await latest.getByRole('region', { name: 'Больше всего выросли' }).waitFor();
    await latest.getByRole('figure', { name: 'Сравнение муниципальных образований' }).waitFor();
    await page.getByRole('region', { name: 'Как читать индекс' }).waitFor();
    await page.getByRole('link', { name: 'Методика оценки' }).waitFor();
    await page.getByRole('link', { name: 'Найти аккаунт' }).waitFor();

    // the rating of accounts, then of municipalities
    await page.getByRole('link', { name: 'Весь рейтинг' }).click();
    await page.waitForURL(/\/ratings$/);
    await page.getByText(`${campaign.title} (2024-Q1)`, { exact: false }).first().waitFor();
    await page
      .getByRole('table', { name: 'Рейтинг: Аккаунты' })
      .getByRole('link', { name: account.displayName })
      .waitFor();
    await choose(page, 'Уровень', 'Муниципальные образования');
    await page.waitForURL(/level=MUNICIPALITY/);
    await page
      .getByRole('table', { name: 'Рейтинг: Муниципальные образования' })
      .getByRole('link', { name: municipality.name, exact: true })
      .click();

    // a municipality: its organizations and accounts
    await page.waitForURL(`${baseUrl}/ratings/municipalities/${municipality.id}`);
    await page.getByRole('heading', { level: 2, name: municipality.name, exact: true }).waitFor();
    await page.getByRole('figure', { name: 'Индекс по кампаниям' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Организации' }).waitFor();
    await page.getByRole('table', { name: `Аккаунты: ${municipality.name}` }).waitFor();
    await page
      .getByRole('table', { name: `Организации: ${municipality.name}` })
      .getByRole('link', { name: organization.name, exact: true })
      .click();

    // an organization: its accounts, recommendations and badge
    await page.waitForURL(`${baseUrl}/ratings/organizations/${organization.id}`);
    await page.getByRole('heading', { level: 2, name: organization.name, exact: true }).waitFor();
    await page.getByText(/^По итогам 2024-Q1: индекс \d+,\d, место /).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Рекомендации по итогам 2024-Q1' }).waitFor();
    await page
      .getByRole('list', { name: `Рекомендации: ${account.displayName}` })
      .getByText(/^Исправить: /)
      .waitFor();
    await page.getByRole('img', { name: `Значок рейтинга: ${organization.name}` }).waitFor();
    await page
      .getByRole('table', { name: `Аккаунты: ${organization.name}` })
      .getByRole('link', { name: account.displayName })
      .click();

    // the account's card
    await page.waitForURL(`${baseUrl}/registry/accounts/${account.id}`);
    await page.getByRole('heading', { name: account.displayName }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  },
  { anonymous: true },
);
