import { test } from './harness.mjs';
import {
  ADMIN,
  apiCall,
  assertReflowsAt320,
  apiToken,
  assert,
  invalid,
  nextResponse,
  signIn,
  unique,
} from './helpers.mjs';

/** Picks options of a Mantine MultiSelect in a dialog, then closes its dropdown by clicking elsewhere. */
async function pickRoles(page, dialog, roles) {
  // the combobox input is covered by the pills box; open the list the keyboard way
  await dialog.getByRole('combobox', { name: /^Роли/ }).press('ArrowDown');
  for (const role of roles) await page.getByRole('option', { name: role }).click();
  await dialog.getByRole('heading').first().click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

async function fillNewUser(page, { email, fullName, password, roles }) {
  await page.getByRole('button', { name: 'Новый пользователь' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый пользователь' });
  await dialog.getByLabel(/^Электронная почта/).fill(email);
  await dialog.getByLabel(/^Имя/).fill(fullName);
  await dialog.getByLabel(/^Пароль/).fill(password);
  await pickRoles(page, dialog, roles);
  await dialog.getByRole('button', { name: 'Создать' }).click();
  return dialog;
}

test('an administrator creates a user, changes its roles and sees a taken e-mail on the field', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const email = `e2e-${suffix}@example.org`;
  const fullName = `Проверяющий ${suffix}`;

  await signIn(page, baseUrl, ADMIN);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'Пользователи' })
    .click();
  const table = page.getByRole('table', { name: 'Пользователи' });
  await table.waitFor();

  const created = await fillNewUser(page, {
    email,
    fullName,
    password: 'e2e-password-2026',
    roles: ['Эксперт', 'Преподаватель'],
  });
  await created.waitFor({ state: 'hidden' });

  const searched = nextResponse(page, new RegExp(`/api/v1/users\\?.*q=${suffix}`));
  await page.getByRole('searchbox', { name: 'Поиск по имени или почте' }).fill(suffix);
  await searched;
  const rows = table.locator('tbody tr');
  const row = rows.filter({ hasText: email });
  await row.getByText('Эксперт', { exact: true }).waitFor();
  await row.getByText('Преподаватель', { exact: true }).waitFor();
  await rows.nth(1).waitFor({ state: 'detached' });
  assert.match(await row.textContent(), new RegExp(fullName));

  // change the roles: add coordinator, keep the others
  await row.getByRole('button', { name: `Изменить пользователя ${email}` }).click();
  const edit = page.getByRole('dialog', { name: 'Изменить пользователя' });
  await pickRoles(page, edit, ['Координатор']);
  await edit.getByRole('button', { name: 'Сохранить' }).click();
  await edit.waitFor({ state: 'hidden' });
  await row.getByText('Координатор', { exact: true }).waitFor();
  await row.getByText('Эксперт', { exact: true }).waitFor();

  // the same e-mail again: the server's 409 lands on the e-mail field, nothing else is created
  const duplicate = await fillNewUser(page, {
    email: email.toUpperCase(),
    fullName: `Двойник ${suffix}`,
    password: 'e2e-password-2026',
    roles: ['Эксперт'],
  });
  const emailField = duplicate.getByLabel(/^Электронная почта/);
  await invalid(emailField);
  await duplicate.getByText(/уже существует|already exists/).waitFor();
  await duplicate.getByRole('button', { name: 'Отмена' }).click();
  await duplicate.waitFor({ state: 'hidden' });
  assert.equal(await rows.count(), 1);

  // on a phone the users' table scrolls inside its own container; the page does not scroll sideways
  await assertReflowsAt320(page);
});

/** Signs out through the user menu: the app goes to the home page, whose header offers «Войти» (a link). */
async function signOutByMenu(page) {
  await page.getByRole('button', { name: /Меню пользователя/ }).click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Войти', exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: /Меню пользователя/ }).count(), 0);
}

test('a user changes their own password only with the current one; an administrator too', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const email = `e2e-own-${suffix}@example.org`;
  const first = { email, password: `first-${suffix}-pass` };
  const second = `second-${suffix}-pass`;
  await apiCall(baseUrl, '/api/v1/users', {
    method: 'POST',
    token: await apiToken(baseUrl, ADMIN),
    body: { email, fullName: `Сам ${suffix}`, password: first.password, roles: ['EXPERT'] },
  });
  // a session elsewhere (another device), which the change must end
  const elsewhere = await apiToken(baseUrl, first);

  await signIn(page, baseUrl, first);
  await page.getByRole('button', { name: /Меню пользователя/ }).click();
  await page.getByRole('menuitem', { name: 'Сменить пароль' }).click();
  const dialog = page.getByRole('dialog', { name: 'Смена пароля' });
  // a wrong current password: the server's violation lands on that field, nothing changes
  await dialog.getByLabel(/^Текущий пароль/).fill('not-my-password');
  await dialog.getByLabel(/^Новый пароль/).fill(second);
  await dialog.getByRole('button', { name: 'Сменить пароль' }).click();
  await invalid(dialog.getByLabel(/^Текущий пароль/));
  await dialog.getByText('Текущий пароль указан неверно').waitFor();

  await dialog.getByLabel(/^Текущий пароль/).fill(first.password);
  await dialog.getByRole('button', { name: 'Сменить пароль' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Пароль изменён. Другие сеансы завершены.').waitFor();

  // this session goes on (the answer was a new session): a reload keeps the user signed in
  await page.reload();
  await page.getByRole('button', { name: /Меню пользователя/ }).waitFor();
  // the other session has ended
  const other = await fetch(`${baseUrl}/api/v1/me`, {
    headers: { Authorization: `Bearer ${elsewhere}` },
  });
  assert.equal(other.status, 401);

  // the new password signs in, the old one no longer does
  await signOutByMenu(page);
  await signIn(page, baseUrl, { email, password: second });
  await signOutByMenu(page);
  const old = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(first),
  });
  assert.equal(old.status, 401);

  // an administrator's own row asks for the current password as well
  await signIn(page, baseUrl, ADMIN);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'Пользователи' })
    .click();
  await page.getByRole('searchbox', { name: 'Поиск по имени или почте' }).fill(ADMIN.email);
  await page.getByRole('button', { name: `Сменить пароль пользователя ${ADMIN.email}` }).click();
  const own = page.getByRole('dialog', { name: 'Сменить пароль' });
  await own.getByLabel(/^Текущий пароль/).waitFor();
  await own.getByRole('button', { name: 'Отмена' }).click();
  await own.waitFor({ state: 'hidden' });
});
