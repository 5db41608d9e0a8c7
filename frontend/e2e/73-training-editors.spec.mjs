import { checkA11y } from './a11y.mjs';
import { test } from './harness.mjs';
import { ADMIN, COORDINATOR, apiCall, apiToken, assert, signIn, unique } from './helpers.mjs';
import { addSession, createTrainer, openCohort } from './training-fixture.mjs';

test('a coordinator writes a programme in the editor, approves it and edits a cohort and its session', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const title = `Программа ${suffix}`;
  await signIn(page, baseUrl, COORDINATOR);
  await page.goto(`${baseUrl}/training/programmes`);
  await page.getByRole('link', { name: 'Новая программа' }).click();
  const form = page.getByRole('form', { name: 'Новая программа' });
  await form.waitFor();
  await form
    .getByRole('textbox', { name: /^Название/ })
    .first()
    .fill(title);
  await form.getByRole('textbox', { name: /^Название модуля/ }).fill('Основы ведения аккаунтов');
  await form.getByRole('textbox', { name: /^Результат 1/ }).fill('Ведёт официальный аккаунт');
  await form.getByRole('textbox', { name: /^Наименование/ }).fill('АНО «Цифровой мост»');
  await form.getByRole('textbox', { name: /^ИНН/ }).fill('7707083893');
  await form.getByRole('textbox', { name: /^Номер лицензии/ }).fill('Л035-01234');
  await form.getByLabel(/^Дата лицензии/).fill('2020-01-15');
  await checkA11y(page, 'programme editor');
  await form.getByRole('button', { name: 'Сохранить черновик' }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await row.waitFor();
  await row.getByRole('button', { name: /^Утвердить/ }).click();
  await row.getByText('Утверждена').waitFor();

  // a cohort of it, opened through the API, then changed on its board
  const coordinator = await apiToken(baseUrl, COORDINATOR);
  const admin = await apiToken(baseUrl, ADMIN);
  const { id: trainerId } = await createTrainer(baseUrl, admin, { suffix, label: '73' });
  const programmes = await apiCall(baseUrl, '/api/v1/training/programmes?size=100', {
    token: coordinator,
  });
  const programme = programmes.items.find((p) => p.title === title);
  assert.ok(programme, 'the programme written in the editor is listed');
  const cohort = await openCohort(baseUrl, coordinator, {
    suffix,
    programmeId: programme.id,
    trainerIds: [trainerId],
  });
  await addSession(baseUrl, coordinator, cohort.id, {
    topic: 'Вводное занятие',
    mode: 'ONLINE',
    link: 'https://meet.example.org/intro',
  });
  await page.goto(`${baseUrl}/training/cohorts/${cohort.id}`);
  await page.getByRole('heading', { name: `Поток ${suffix}` }).waitFor();
  await page.getByRole('button', { name: 'Изменить поток' }).click();
  const edit = page.getByRole('form', { name: 'Изменение потока' });
  await edit.getByRole('textbox', { name: /^Мест/ }).fill('25');
  await edit.getByRole('button', { name: 'Сохранить поток' }).click();
  await edit.waitFor({ state: 'detached' });
  const saved = await apiCall(baseUrl, `/api/v1/training/cohorts/${cohort.id}`, {
    token: coordinator,
  });
  assert.equal(saved.capacity, 25);

  await page.getByRole('button', { name: 'Изменить занятие «Вводное занятие»' }).click();
  const session = page.getByRole('form', { name: 'Изменить занятие «Вводное занятие»' });
  await session.getByRole('textbox', { name: /^Тема/ }).fill('Мониторинг аккаунтов');
  await checkA11y(page, 'cohort settings with a session being edited');
  await session.getByRole('button', { name: 'Сохранить занятие' }).click();
  await page
    .getByRole('table', { name: 'Занятия потока' })
    .getByRole('row', { name: /Мониторинг аккаунтов/ })
    .waitFor();
});
