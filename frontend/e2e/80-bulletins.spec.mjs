import { test } from './harness.mjs';
import {
  ADMIN,
  COORDINATOR,
  apiCall,
  apiToken,
  assert,
  choose,
  signIn,
  signOutByMenu,
  unique,
} from './helpers.mjs';

// The bulletin end to end: a coordinator compiles an issue from a published demo campaign, edits a
// block and submits it; the reviewer (an administrator) publishes it. Then a visitor reads the archive
// and the issue and subscribes (double opt-in: "check your mail").

const published = {};
const reader = {};

test('a coordinator compiles an issue from a published campaign, edits and submits it; the reviewer publishes', async ({
  page,
  baseUrl,
}) => {
  const title = `Бюллетень e2e ${unique()}`;
  const coordinator = await apiToken(baseUrl, COORDINATOR);
  const campaigns = await apiCall(baseUrl, '/api/v1/campaigns?stage=PUBLISHED&size=200', {
    token: coordinator,
  });
  assert.ok(campaigns.items.length > 0, 'the demo has published campaigns');
  const campaign = campaigns.items[0];

  await signIn(page, baseUrl, COORDINATOR);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'Выпуски бюллетеня' })
    .click();
  await page.getByRole('heading', { name: 'Выпуски бюллетеня' }).waitFor();
  await page.getByRole('button', { name: 'Новый выпуск' }).click();
  const wizard = page.getByRole('form', { name: 'Новый выпуск бюллетеня' });
  await choose(page, /^Серия/, 'Цифровой мост: бюллетень рекомендаций');
  // the picker asks the server (q=…), so the campaign is found by its title whatever page it is on
  await choose(page, /^Опубликованная кампания/, `${campaign.title} (${campaign.period})`, {
    type: campaign.title,
  });
  await wizard.getByRole('button', { name: 'Далее' }).click();
  await wizard.getByLabel(/^Название/).fill(title);
  assert.match(await wizard.getByLabel(/^Начало периода/).inputValue(), /^\d{4}-\d{2}-\d{2}$/);
  await wizard.getByRole('button', { name: 'Собрать выпуск' }).click();

  await page.waitForURL(/\/editorial\/bulletins\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  await page.getByRole('heading', { name: title }).waitFor();

  // the reviewer is picked from the staff list (GET /api/v1/staff): the demo administrator
  const admin = await apiToken(baseUrl, ADMIN);
  const adminName = (await apiCall(baseUrl, '/api/v1/me', { token: admin })).fullName;
  assert.ok(adminName, 'the administrator has a name');
  await choose(page, /^Проверяющий/, adminName, { type: adminName });
  const first = page.getByRole('group', { name: /^Блок 1: / });
  await first.waitFor();
  const text = first.getByRole('textbox', { name: /Текст \(Markdown\)/ });
  await text.fill('Итоги квартала: **все муниципалитеты** прошли мониторинг.');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.getByText('Черновик сохранён').waitFor();
  await page.getByText(`проверяющий: ${adminName}`).waitFor();
  await page.getByRole('tab', { name: 'Просмотр: веб' }).click();
  await page.getByRole('tabpanel').locator('strong', { hasText: 'все муниципалитеты' }).waitFor();
  await page.getByRole('tab', { name: 'Редактирование' }).click();
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await page.getByText('На проверке', { exact: true }).first().waitFor();
  await signOutByMenu(page);

  await signIn(page, baseUrl, ADMIN);
  await page.goto(`${baseUrl}/editorial/bulletins/${id}`);
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
  await page.getByText('Выпуск опубликован').waitFor();
  await page.getByText('Опубликован', { exact: true }).first().waitFor();
  await page.getByRole('group', { name: 'Рассылка' }).waitFor();

  const issue = await apiCall(baseUrl, `/api/v1/bulletins/issues/${id}`);
  Object.assign(published, { id, title, series: issue.seriesSlug, number: issue.number });
});

test(
  'a visitor reads the archive and the issue and subscribes',
  async ({ page, baseUrl }) => {
    const email = `e2e-reader-${unique()}@example.org`;
    reader.email = email;

    await page.goto(`${baseUrl}/bulletins`);
    await page.getByRole('heading', { level: 2, name: 'Бюллетень рекомендаций' }).waitFor();
    const feed = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    assert.match(await feed.first().getAttribute('href'), /\/api\/v1\/bulletins\/feed$/);
    const issues = page.getByRole('table', { name: 'Выпуски' });
    const row = published.title
      ? issues.getByRole('link', { name: published.title })
      : issues.getByRole('link').first();
    const issueTitle = (await row.textContent()).trim();
    await row.click();

    await page.waitForURL(/\/bulletins\/[^/]+\/\d+$/);
    await page.getByRole('heading', { level: 2, name: issueTitle }).waitFor();
    const formats = page.getByRole('navigation', { name: 'Форматы выпуска' });
    assert.match(await formats.getByRole('link', { name: 'PDF' }).getAttribute('href'), /\/pdf$/);
    if (published.title) {
      await page.locator('strong', { hasText: 'все муниципалитеты' }).waitFor();
    }
    await formats.getByRole('link', { name: 'Все выпуски' }).click();

    await page.waitForURL(/\/bulletins$/);
    const form = page.getByRole('form', { name: 'Подписка на бюллетень' });
    await form.getByRole('textbox', { name: /Электронная почта/ }).fill(email);
    const accepted = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/bulletins/subscriptions') &&
        response.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Подписаться' }).click();
    assert.equal((await accepted).status(), 202);
    await page.getByText('Проверьте почту').waitFor();
  },
  { anonymous: true },
);

// The test SMTP sink of e2e is the message log: without an SMTP server the platform holds every message
// (status HELD) with its address, and an administrator can open it with the recipient's own links.
test('an administrator finds the confirmation in the message log and reads its links', async ({
  page,
  baseUrl,
}) => {
  assert.ok(reader.email, 'the visitor subscribed');
  await signIn(page, baseUrl, ADMIN);
  await page.goto(`${baseUrl}/editorial/bulletins`);
  await page.getByRole('link', { name: 'Журнал писем' }).click();
  await page.getByRole('heading', { name: 'Журнал писем бюллетеня' }).waitFor();
  const log = page.getByRole('table', { name: 'Письма бюллетеня' });
  await page.getByRole('textbox', { name: /Адрес получателя/ }).fill(reader.email);
  await log.getByRole('cell', { name: reader.email, exact: true }).waitFor();
  const row = log.getByRole('row').filter({ hasText: reader.email });
  assert.equal(await row.count(), 1);
  await row.getByText('Подтверждение подписки').waitFor();
  await row.getByText('Задержано').waitFor();
  await row.getByRole('button', { name: /^Показать письмо/ }).click();
  const letter = page.getByRole('group', { name: 'Письмо' });
  await letter.getByText('Подтвердите подписку на бюллетень «Цифрового моста»').waitFor();
  const text = await letter.locator('pre').textContent();
  const link = (path) => {
    const found = text.match(new RegExp(`https?://[^\\s]+(${path}\\?token=[A-Za-z0-9_.-]+)`));
    assert.ok(found, `the message carries the ${path} link:\n${text}`);
    return found[1];
  };
  reader.confirm = link('/bulletins/confirm');
  reader.preferences = link('/bulletins/preferences');
  await letter.getByRole('button', { name: 'Закрыть письмо' }).click();
  await letter.waitFor({ state: 'detached' });
});

test(
  'the subscriber confirms from the e-mail, changes preferences, exports the data and unsubscribes',
  async ({ page, baseUrl }) => {
    assert.ok(reader.confirm && reader.preferences, 'the links were read from the message log');
    await page.goto(`${baseUrl}${reader.confirm}`);
    await page.getByText('Подписка подтверждена').waitFor();

    await page.goto(`${baseUrl}${reader.preferences}`);
    const form = page.getByRole('form', { name: 'Что присылать' });
    await form.getByText(/· подписка подтверждена$/).waitFor();
    await form.getByRole('radio', { name: 'English' }).check();
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Настройки сохранены').waitFor();

    const exported = page.waitForResponse(
      (response) =>
        response.url().includes('/api/v1/bulletins/subscriptions/export') &&
        response.request().method() === 'GET',
    );
    await page.getByRole('button', { name: 'Скачать мои данные (JSON)' }).click();
    assert.equal((await exported).status(), 200);
    // the browser saves the file; what it holds, read with the same link
    const token = new URL(reader.preferences, baseUrl).searchParams.get('token');
    const data = await apiCall(
      baseUrl,
      `/api/v1/bulletins/subscriptions/export?token=${encodeURIComponent(token)}`,
    );
    assert.equal(data.email, reader.email);
    assert.equal(data.language, 'en');
    assert.equal(data.status, 'CONFIRMED');

    await page.getByRole('link', { name: 'Отписаться от бюллетеня' }).click();
    await page.waitForURL(/\/bulletins\/unsubscribe\?token=/);
    await page.getByRole('button', { name: 'Отписаться', exact: true }).click();
    await page.getByText('Вы отписались').waitFor();

    await page.goto(`${baseUrl}${reader.preferences}`);
    await page
      .getByRole('form', { name: 'Что присылать' })
      .getByText(/· отписан$/)
      .waitFor();
  },
  { anonymous: true },
);
