import { test } from './harness.mjs';
import {
  ADMIN,
  COORDINATOR,
  apiCall,
  apiToken,
  assert,
  signIn,
  signOutByMenu,
  unique,
} from './helpers.mjs';
import {
  addAssignment,
  addSession,
  approvedProgramme,
  createLearner,
  createTrainer,
  enrol,
  openCohort,
  snils,
} from './training-fixture.mjs';

test('a trainer marks attendance and grades, the learner passes the test, a certificate is issued and verifies', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const admin = await apiToken(baseUrl, ADMIN);
  const coordinator = await apiToken(baseUrl, COORDINATOR);
  const { user: trainerUser, id: trainerId } = await createTrainer(baseUrl, admin, { suffix });
  const { user: learnerUser } = await createLearner(baseUrl, admin, { suffix });

  const question = (text) => ({ text, multiple: false, options: ['да', 'нет'], correct: [0] });
  const programme = await approvedProgramme(baseUrl, coordinator, {
    suffix,
    totalHours: 36,
    modules: [
      {
        title: 'Модуль 1',
        hours: 20,
        topics: [{ title: 'Тема 1', hours: 20 }],
        questions: [question('Вопрос 1'), question('Вопрос 2')],
      },
      { title: 'Модуль 2', hours: 16, topics: [], questions: [] },
    ],
  });
  const cohort = await openCohort(baseUrl, coordinator, {
    suffix,
    programmeId: programme.id,
    trainerIds: [trainerId],
    completion: { attendancePercent: 100, requireAssignments: true, requireFinalTest: true },
    finalTest: { passPercent: 70, attempts: 2, questionsPerModule: 2 },
  });
  const trainer = await apiToken(baseUrl, trainerUser);
  await addSession(baseUrl, trainer, cohort.id, {
    topic: 'Введение',
    mode: 'ONLINE',
    link: 'https://meet.example.org/intro',
  });
  const assignment = await addAssignment(baseUrl, trainer, cohort.id, { title: 'Контент-план' });
  await enrol(baseUrl, trainer, cohort.id, {
    surname: 'Иванова',
    name: 'Мария',
    patronymic: 'Петровна',
    email: learnerUser.email,
    birthDate: '1990-05-17',
    snils: snils({ formatted: true }),
    educationLevel: 'HIGHER',
  });
  const learner = await apiToken(baseUrl, learnerUser);
  await apiCall(baseUrl, `/api/v1/training/assignments/${assignment.id}/submissions`, {
    method: 'POST',
    token: learner,
    body: { text: 'Мой контент-план', links: ['https://vk.com/wall-1_1'] },
  });

  // the trainer: attendance for the whole group at once, then the grade
  await signIn(page, baseUrl, trainerUser);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'Учебные группы' })
    .click();
  await page.getByRole('link', { name: `Поток ${suffix}` }).click();
  await page.getByRole('heading', { name: `Поток ${suffix}` }).waitFor();
  await page.getByRole('button', { name: 'Все были' }).click();
  await page.getByRole('button', { name: 'Сохранить отметки' }).click();
  await page.getByText('Отметки сохранены').waitFor();
  const grid = page.getByRole('table', { name: 'Отметки по занятиям' });
  await grid
    .getByRole('row', { name: /Иванова/ })
    .getByText('Был')
    .waitFor();

  const work = page.getByRole('article', { name: 'Иванова Мария Петровна' });
  await work.getByText('Мой контент-план').waitFor();
  await work.getByText('Зачтено', { exact: true }).click();
  await work.getByLabel('Комментарий').fill('Хороший план');
  await work.getByRole('button', { name: 'Оценить работу: Иванова Мария Петровна' }).click();
  await page.getByText('Оценка сохранена').waitFor();
  await signOutByMenu(page);

  // the learner takes the final test in the cabinet
  await signIn(page, baseUrl, learnerUser);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'Моё обучение' })
    .click();
  await page.getByRole('heading', { name: 'Моё обучение' }).waitFor();
  await page.getByText('Комментарий преподавателя: Хороший план').waitFor();
  await page.getByRole('button', { name: 'Начать тест' }).click();
  const yes = page.getByRole('radio', { name: 'да', exact: true });
  await yes.first().waitFor();
  for (let i = 0; i < (await yes.count()); i++) await yes.nth(i).check();
  await page.getByRole('button', { name: 'Завершить тест' }).click();
  await page.getByRole('status').filter({ hasText: 'Тест сдан: 100 %' }).waitFor();
  await page.getByText('Обучение завершено').waitFor();
  await signOutByMenu(page);

  // the trainer issues the certificate
  await signIn(page, baseUrl, trainerUser);
  await page.goto(`${baseUrl}/training/cohorts/${cohort.id}`);
  const row = page
    .getByRole('table', { name: 'Состав группы' })
    .getByRole('row', { name: /Иванова/ });
  await row.getByText('Выполнены').waitFor();
  await page.getByRole('button', { name: 'Выдать удостоверения' }).click();
  const issued = page.getByRole('status').filter({ hasText: 'Выдано 1 удостоверение' });
  await issued.waitFor();
  assert.match(await issued.innerText(), /Иванова Мария Петровна/);

  const certificates = await apiCall(baseUrl, `/api/v1/certificates?cohort=${cohort.id}`, {
    token: admin,
  });
  const certificate = certificates.items.find((c) => c.cohortId === cohort.id);
  assert.ok(certificate, 'the issued certificate is listed');
  await signOutByMenu(page);

  // anyone verifies it
  await page.goto(`${baseUrl}/verify/${certificate.code}`);
  await page.getByText('Удостоверение действительно').waitFor();
  await page.getByText(certificate.number).first().waitFor();
});
