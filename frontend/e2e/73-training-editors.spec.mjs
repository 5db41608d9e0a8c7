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

  // the new cohort form finds the approved edition by its title, however many programmes there are
  await page.goto(`${baseUrl}/training/cohorts`);
  await page.getByRole('button', { name: 'Новая группа' }).click();
  const cohortForm = page.getByRole('form', { name: 'Новая группа' });
  await cohortForm.getByRole('combobox', { name: /^Программа/ }).fill(suffix);
  await page.getByRole('option', { name: `${title} (1)` }).waitFor();
  await checkA11y(page, 'new cohort form with the programme search open');

  // a cohort of it, opened through the API, then changed on its board
  const coordinator = await apiToken(baseUrl, COORDINATOR);
  const admin = await apiToken(baseUrl, ADMIN);
  const { id: trainerId } = await createTrainer(baseUrl, admin, { suffix, label: '73' });
  const programmes = await apiCall(
    baseUrl,
    `/api/v1/training/programmes?q=${encodeURIComponent(suffix)}`,
    {
      token: coordinator,
    },
  );
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

  // someone else changes the session while the form is open: the save is refused (409), nothing is written and
  // the form says so with a reload button
  await page.getByRole('button', { name: 'Изменить занятие «Мониторинг аккаунтов»' }).click();
  const again = page.getByRole('form', { name: 'Изменить занятие «Мониторинг аккаунтов»' });
  await again.getByRole('textbox', { name: /^Тема/ }).fill('Моя версия');
  const current = (
    await apiCall(baseUrl, `/api/v1/training/cohorts/${cohort.id}`, { token: coordinator })
  ).sessions[0];
  await apiCall(baseUrl, `/api/v1/training/sessions/${current.id}`, {
    method: 'PUT',
    token: coordinator,
    body: {
      version: current.version,
      startsAt: current.startsAt,
      endsAt: current.endsAt,
      topic: 'Версия коллеги',
      mode: current.mode,
      link: current.link,
    },
  });
  await again.getByRole('button', { name: 'Сохранить занятие' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Занятие уже изменили' });
  await conflict.waitFor();
  await checkA11y(page, 'session edit conflict');
  await conflict.getByRole('button', { name: 'Обновить данные' }).click();
  await page
    .getByRole('table', { name: 'Занятия потока' })
    .getByRole('row', { name: /Версия коллеги/ })
    .waitFor();
  const after = await apiCall(baseUrl, `/api/v1/training/cohorts/${cohort.id}`, {
    token: coordinator,
  });
  assert.equal(after.sessions[0].topic, 'Версия коллеги');
});

test('a coordinator adds a question to a draft programme’s bank and sees it listed; an approved edition is read-only', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const title = `Банк ${suffix}`;
  const coordinator = await apiToken(baseUrl, COORDINATOR);
  const programme = await apiCall(baseUrl, '/api/v1/training/programmes', {
    method: 'POST',
    token: coordinator,
    body: {
      title,
      totalHours: 16,
      form: 'BLENDED',
      modules: [
        { title: 'Основы', hours: 8, topics: [], questions: [] },
        { title: 'Мониторинг', hours: 8, topics: [], questions: [] },
      ],
      outcomes: ['Ведёт официальный аккаунт'],
      issuer: {
        name: 'АНО «Цифровой мост»',
        inn: '7707083893',
        licenceNumber: 'Л035-01234',
        licenceDate: '2020-01-15',
      },
    },
  });
  await signIn(page, baseUrl, COORDINATOR);
  await page.goto(`${baseUrl}/training/programmes`);
  await page.getByRole('link', { name: `Вопросы к программе «${title}»` }).click();
  await page.getByRole('heading', { name: new RegExp(`Банк вопросов: «${title}»`) }).waitFor();
  await page.getByRole('button', { name: 'Добавить вопрос в модуль 2' }).click();
  const form = page.getByRole('form', { name: 'Новый вопрос в модуле 2' });
  await form.getByRole('textbox', { name: /^Текст вопроса/ }).fill('Что входит в мониторинг?');
  await form.getByRole('radio', { name: 'Несколько правильных ответов' }).check();
  await form.getByRole('textbox', { name: /^Вариант 1/ }).fill('Сроки ответов');
  await form.getByRole('textbox', { name: /^Вариант 2/ }).fill('Погода');
  await form.getByRole('button', { name: 'Добавить вариант' }).click();
  await form.getByRole('textbox', { name: /^Вариант 3/ }).fill('Полнота ответов');
  await form.getByRole('checkbox', { name: 'Вариант 1 — правильный' }).check();
  await form.getByRole('checkbox', { name: 'Вариант 3 — правильный' }).check();
  await checkA11y(page, 'question bank with a question being written');
  await form.getByRole('button', { name: 'Сохранить вопрос' }).click();
  await form.waitFor({ state: 'detached' });
  const listed = page.getByRole('list', { name: 'Вопросы модуля 2' });
  await listed.getByText('Что входит в мониторинг?').waitFor();
  await checkA11y(page, 'question bank');
  const saved = await apiCall(baseUrl, `/api/v1/training/programmes/${programme.id}`, {
    token: coordinator,
  });
  assert.deepEqual(saved.modules[1].questions, [
    {
      text: 'Что входит в мониторинг?',
      multiple: true,
      options: ['Сроки ответов', 'Погода', 'Полнота ответов'],
      correct: [0, 2],
    },
  ]);
  assert.deepEqual(saved.modules[0].questions, []);

  // approved: frozen, the bank is only listed
  await apiCall(baseUrl, `/api/v1/training/programmes/${programme.id}/approve`, {
    method: 'POST',
    token: coordinator,
    body: { version: saved.version },
  });
  await page.reload();
  await page.getByText(/утверждённая программа не меняется/).waitFor();
  await page.getByText('Что входит в мониторинг?').waitFor();
  assert.equal(await page.getByRole('button', { name: /Добавить вопрос/ }).count(), 0);
});
