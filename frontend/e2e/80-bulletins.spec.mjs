import { test } from './harness.mjs';
import {
  ADMIN,
  COORDINATOR,
  apiCall,
  apiToken,
  assert,
  choose,
  signIn,
  unique,
} from './helpers.mjs';

// The bulletin end to end: a coordinator compiles an issue from a published demo campaign, edits a
// block and submits it; the reviewer (an administrator) publishes it. Then a visitor reads the archive
// and the issue and subscribes (double opt-in: "check your mail").

async function signOut(page) {
  await page.getByRole('button', { name: /Меню пользователя/ }).click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Войти', exact: true }).waitFor();
}

const published = {};

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
  await choose(page, /^Опубликованная кампания/, `${campaign.title} (${campaign.period})`);
  await wizard.getByRole('button', { name: 'Далее' }).click();
  await wizard.getByLabel(/^Название/).fill(title);
  assert.match(await wizard.getByLabel(/^Начало периода/).inputValue(), /^\d{4}-\d{2}-\d{2}$/);
  await wizard.getByRole('button', { name: 'Собрать выпуск' }).click();

  await page.waitForURL(/\/editorial\/bulletins\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  await page.getByRole('heading', { name: title }).waitFor();

  // a coordinator cannot list the staff to pick a reviewer in the SPA (no endpoint for it yet): the
  // fixture names the administrator as the reviewer through the API, as an editor may
  const admin = await apiToken(baseUrl, ADMIN);
  const adminId = (await apiCall(baseUrl, '/api/v1/me', { token: admin })).id;
  const draft = await apiCall(baseUrl, `/api/v1/bulletins/issues/${id}/draft`, {
    token: coordinator,
  });
  await apiCall(baseUrl, `/api/v1/bulletins/issues/${id}/draft`, {
    method: 'PUT',
    token: coordinator,
    body: {
      version: draft.version,
      title: draft.title,
      periodFrom: draft.periodFrom,
      periodTo: draft.periodTo,
      reviewerId: adminId,
      blocks: draft.blocks.map(({ id: blockId, kind, title: blockTitle, markdown }) => ({
        id: blockId,
        kind,
        title: blockTitle,
        markdown,
      })),
    },
  });
  await page.reload();
  await page.getByText(/проверяющий: /).waitFor();
  const first = page.getByRole('group', { name: /^Блок 1: / });
  await first.waitFor();
  const text = first.getByRole('textbox', { name: /Текст \(Markdown\)/ });
  await text.fill('Итоги квартала: **все муниципалитеты** прошли мониторинг.');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.getByText('Черновик сохранён').waitFor();
  await page.getByRole('tab', { name: 'Просмотр: веб' }).click();
  await page.getByRole('tabpanel').locator('strong', { hasText: 'все муниципалитеты' }).waitFor();
  await page.getByRole('tab', { name: 'Редактирование' }).click();
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await page.getByText('На проверке', { exact: true }).first().waitFor();
  await signOut(page);

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

    // Confirming with the link of the e-mail, the preferences and the one-click unsubscribe are not driven
    // here: bulletin mail is not readable in e2e yet (no SMTP; bulletin_message has no viewer). The pages
    // are covered by vitest (preferences.test.tsx, subscribe-form.test.tsx).
  },
  { anonymous: true },
);
