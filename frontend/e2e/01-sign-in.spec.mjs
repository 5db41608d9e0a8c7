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
});
