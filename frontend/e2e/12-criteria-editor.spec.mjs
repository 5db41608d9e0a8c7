import { test } from './harness.mjs';
import { apiCall, apiToken, assert, signIn, unique } from './helpers.mjs';

const SEEDED = '3e7d0000-0000-4000-8000-000000002022';

test('a coordinator makes a new edition, edits a criterion, watches the weight total and approves', async ({
  page,
  baseUrl,
}) => {
  const set = await apiCall(baseUrl, `/api/v1/criteria-sets/${SEEDED}`);
  const criterion = set.criteria.find((c) => c.type === 'BOOLEAN') ?? set.criteria[0];
  const name = `Цифровой мост — e2e ${unique()}`;

  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/methodology/${SEEDED}`);
  await page.getByRole('button', { name: 'Новая редакция' }).click();
  await page.waitForURL(/\/methodology\/[0-9a-f-]{36}\/edit$/);
  const draftId = page.url().split('/').at(-2);
  assert.notEqual(draftId, SEEDED);
  await page.getByRole('heading', { name: /^Черновик: Цифровой мост — 2022/ }).waitFor();
  await page.getByText('Сумма весов: 100 из 100').waitFor();

  await page
    .getByLabel(/^Название/)
    .first()
    .fill(name);

  // one point more on a criterion: the total goes over and says by how much
  await page.getByRole('button', { name: `Изменить ${criterion.code}` }).click();
  const form = page.getByRole('dialog');
  const weight = form.getByLabel(/^Вес/);
  await weight.fill(String(Number(criterion.weight) + 1));
  await form.getByLabel(/^Название критерия/).fill(`${criterion.title} (уточнено)`);
  await form.getByRole('button', { name: 'Применить' }).click();
  await form.waitFor({ state: 'hidden' });
  await page.getByText(/^Сумма весов: 10[01](,\d+)? из 100$/).waitFor();
  await page.getByText(/^Превышение на 1\.$/).waitFor();
  await page.getByText(`${criterion.title} (уточнено)`).waitFor();

  // saved, approval is refused with the server's 422 message
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Черновик сохранён').waitFor();
  await page.getByRole('button', { name: 'Утвердить' }).click();
  await page.getByRole('alert').filter({ hasText: 'Методика не утверждена' }).waitFor();

  // back to 100, saved, approved
  await page.getByRole('button', { name: `Изменить ${criterion.code}` }).click();
  await form.getByLabel(/^Вес/).fill(String(criterion.weight));
  await form.getByRole('button', { name: 'Применить' }).click();
  await form.waitFor({ state: 'hidden' });
  await page.getByText('Веса распределены полностью.').waitFor();
  // the first save's notice may still be on screen: wait for this save's answer, then for a notice
  const saved = page.waitForResponse(
    (r) =>
      r.request().method() === 'PUT' &&
      r.url().includes(`/api/v1/criteria-sets/${draftId}`) &&
      r.ok(),
  );
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await saved;
  await page.getByText('Черновик сохранён').first().waitFor();
  await page.getByRole('button', { name: 'Утвердить' }).click();

  await page.waitForURL(new RegExp(`/methodology/${draftId}$`));
  await page.getByRole('heading', { name: new RegExp(`${name} \\(редакция \\d+\\)`) }).waitFor();
  await page.getByText('Утверждена', { exact: true }).first().waitFor();
  await page.getByRole('heading', { name: `${criterion.title} (уточнено)` }).waitFor();

  const token = await apiToken(baseUrl);
  const approved = await apiCall(baseUrl, `/api/v1/criteria-sets/${draftId}`, { token });
  assert.equal(approved.status, 'APPROVED');
  assert.equal(approved.name, name);
  assert.equal(Number(approved.totalWeight), 100);
  assert.equal(approved.basedOnId, SEEDED);
});

test('a coordinator starts an empty methodology and deletes the draft', async ({
  page,
  baseUrl,
}) => {
  const name = `Пустая методика ${unique()}`;
  await signIn(page, baseUrl);
  await page.goto(`${baseUrl}/methodology`);
  await page.getByRole('button', { name: 'Новая методика' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая методика' });
  await dialog.getByLabel(/^Название/).fill(name);
  await dialog.getByRole('button', { name: 'Создать' }).click();
  await page.waitForURL(/\/methodology\/[0-9a-f-]{36}\/edit$/);
  await page.getByText('Критериев пока нет. Добавьте первый.').waitFor();
  await page.getByText('Сумма весов: 0 из 100').waitFor();

  await page.getByRole('button', { name: 'Удалить черновик' }).click();
  await page
    .getByRole('dialog', { name: 'Удалить черновик?' })
    .getByRole('button', { name: 'Удалить черновик' })
    .click();
  await page.waitForURL(/\/methodology$/);
  await page.getByRole('heading', { name: 'Методика оценки' }).waitFor();
  // the list refetches after the delete; the deleted draft must disappear from it
  await page.getByRole('link', { name }).waitFor({ state: 'detached' });
  assert.equal(await page.getByRole('link', { name }).count(), 0);
});
