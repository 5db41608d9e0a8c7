import { test } from './harness.mjs';
import { assert, signIn } from './helpers.mjs';

test('a coordinator signs in and sees the registry, import and audit log', async ({
  page,
  baseUrl,
}) => {
  await signIn(page, baseUrl);
  const nav = page.getByRole('navigation', { name: 'Основная навигация' });
  await nav.getByRole('link', { name: 'Аккаунты' }).waitFor();
  await nav.getByRole('link', { name: 'Импорт' }).waitFor();
  await nav.getByRole('link', { name: 'Журнал изменений' }).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Пользователи' }).count(), 0);

  // the session survives a reload through the refresh cookie, not local storage
  await page.reload();
  await page.getByRole('button', { name: /Меню пользователя/ }).waitFor();
  assert.equal(
    await page.evaluate(() => JSON.stringify(window.localStorage).includes('ey')),
    false,
  );

  // a phone (WCAG 1.4.10, reflow): at 320 px the signed-in header (language, the user's menu) fits, the page
  // does not scroll sideways, and the menu opens from the burger
  await page.setViewportSize({ width: 320, height: 640 });
  // the shell re-lays itself out for the narrow window (the menu leaves the screen) a moment after the resize
  const widerBy = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  await page
    .waitForFunction(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      null,
      { timeout: 5_000 },
    )
    .catch(() => {});
  const overflow = await widerBy();
  assert.equal(overflow, 0, `at 320 px the page is ${overflow} px wider than the window`);
  await page.getByRole('button', { name: 'Показать или скрыть меню' }).click();
  await nav.getByRole('link', { name: 'Организации' }).click();
  // a client-side navigation takes the focus to the new screen's heading (WCAG 2.4.3)
  const heading = page.getByRole('heading', { name: 'Организации', level: 2 });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
  await page.setViewportSize({ width: 1440, height: 900 });
  // the skip link is the first tab stop and takes the focus past the header and the menu (WCAG 2.4.1)
  await page.reload();
  await heading.waitFor();
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    'Перейти к содержанию',
  );
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN');
});
