import { test } from './harness.mjs';
import { ADMIN, apiCall, apiToken, assert, signIn, unique } from './helpers.mjs';

test('a user switches a notification kind off and chooses English; security notices stay on', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const user = { email: `e2e-mail-${suffix}@example.org`, password: `e2e-password-${suffix}` };
  const admin = await apiToken(baseUrl, ADMIN);
  await apiCall(baseUrl, '/api/v1/users', {
    method: 'POST',
    token: admin,
    body: { ...user, fullName: `Эксперт ${suffix}`, roles: ['EXPERT'] },
  });

  await signIn(page, baseUrl, user);
  await page.getByRole('button', { name: /Меню пользователя/ }).click();
  await page.getByRole('menuitem', { name: 'Уведомления' }).click();
  await page.getByRole('heading', { name: 'Уведомления' }).waitFor();

  const security = page.getByRole('checkbox', { name: 'Пароль изменён' });
  assert.ok(await security.isChecked());
  assert.ok(await security.isDisabled());
  await page.getByRole('checkbox', { name: 'Приближается срок оценки' }).uncheck();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Настройки уведомлений сохранены').waitFor();

  await page.reload();
  await page.getByRole('heading', { name: 'Уведомления' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'English' }).isChecked());
  assert.equal(
    await page.getByRole('checkbox', { name: 'Приближается срок оценки' }).isChecked(),
    false,
  );
  assert.ok(
    await page.getByRole('checkbox', { name: 'Мне назначены аккаунты для оценки' }).isChecked(),
  );
});

test('an administrator reads a held message in the outbox viewer, rendered as it would be sent', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const email = `e2e-reset-${suffix}@example.org`;
  const admin = await apiToken(baseUrl, ADMIN);
  const created = await apiCall(baseUrl, '/api/v1/users', {
    method: 'POST',
    token: admin,
    body: {
      email,
      password: `e2e-password-${suffix}`,
      fullName: `Сброс ${suffix}`,
      roles: ['EXPERT'],
    },
  });
  await apiCall(baseUrl, `/api/v1/users/${created.id}/password`, {
    method: 'POST',
    token: admin,
    body: { password: `e2e-another-${suffix}` },
  });

  // the demo users' notifications are queued at start (the demo campaigns' reply window, assignments…)
  const demo = await apiCall(baseUrl, '/api/v1/notifications?size=200', { token: admin });
  assert.ok(demo.items.some((m) => m.recipient.endsWith('@demo.bridge') && m.status === 'HELD'));

  await signIn(page, baseUrl, ADMIN);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'Исходящие письма' })
    .click();
  const table = page.getByRole('table', { name: 'Исходящие письма' });
  await table.waitFor();

  const row = table.locator('tbody tr').filter({ hasText: email });
  await row.getByText('Не отправлено (SMTP не настроен)').waitFor();
  await row.getByRole('button', { name: 'Пароль изменён' }).click();
  const dialog = page.getByRole('dialog', { name: 'Письмо' });
  await dialog.getByText(`Здравствуйте, Сброс ${suffix}!`).waitFor();
  const html = dialog.frameLocator('iframe[title="Письмо в HTML"]');
  await html.getByRole('link', { name: 'Войти' }).waitFor();
  assert.match(await html.getByRole('link', { name: 'Войти' }).getAttribute('href'), /\/sign-in$/);
});
