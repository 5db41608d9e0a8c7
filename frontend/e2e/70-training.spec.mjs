import { test } from './harness.mjs';
import { ADMIN, COORDINATOR, apiCall, apiToken, assert, signIn, unique } from './helpers.mjs';

/** A random СНИЛС with a correct check number (the rule of training.Snils), formatted 123-456-789 01. */
function snils() {
  const digits = [1 + Math.floor(Math.random() * 9)];
  while (digits.length < 9) digits.push(Math.floor(Math.random() * 10));
  const sum = digits.reduce((total, digit, i) => total + digit * (9 - i), 0);
  let check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (check === 100) check = 0;
  const s = digits.join('');
  return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6, 9)} ${String(check).padStart(2, '0')}`;
}

async function signOut(page) {
  await page.getByRole('button', { name: /Меню пользователя/ }).click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Войти', exact: true }).waitFor();
}

test('a trainer marks attendance and grades, the learner passes the test, a certificate is issued and verifies', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const admin = await apiToken(baseUrl, ADMIN);
  const coordinator = await apiToken(baseUrl, COORDINATOR);
  const trainerUser = {
    email: `e2e-trainer-${suffix}@example.org`,
    password: `e2e-password-${suffix}`,
  };
  const learnerUser = {
    email: `e2e-learner-${suffix}@example.org`,
    password: `e2e-password-${suffix}`,
  };
  const trainerId = (
    await apiCall(baseUrl, '/api/v1/users', {
      method: 'POST',
      token: admin,
      body: { ...trainerUser, fullName: `Тренер ${suffix}`, roles: ['TRAINER'] },
    })
  ).id;
  await apiCall(baseUrl, '/api/v1/users', {
    method: 'POST',
    token: admin,
    body: { ...learnerUser, fullName: `Слушатель ${suffix}`, roles: ['LEARNER'] },
  });

  const question = (text) => ({ text, multiple: false, options: ['да', 'нет'], correct: [0] });
  const programme = await apiCall(baseUrl, '/api/v1/training/programmes', {
    method: 'POST',
    token: coordinator,
    body: {
      title: `Цифровой мост ${suffix}`,
      annotation: 'Программа повышения квалификации',
      totalHours: 36,
      form: 'BLENDED',
      modules: [
        {
          title: 'Модуль 1',
          hours: 20,
          topics: [{ title: 'Тема 1', hours: 20 }],
          questions: [question('Вопрос 1'), question('Вопрос 2')],
        },
        { title: 'Модуль 2', hours: 16, topics: [], questions: [] },
      ],
      outcomes: ['Ведёт официальный аккаунт по методике'],
      issuer: {
        name: 'АНО «Цифровой мост»',
        inn: '7707083893',
        licenceNumber: 'Л035-01234-64/00123456',
        licenceDate: '2021-03-15',
      },
    },
  });
  await apiCall(baseUrl, `/api/v1/training/programmes/${programme.id}/approve`, {
    method: 'POST',
    token: coordinator,
    body: { version: programme.version },
  });
  const cohort = await apiCall(baseUrl, '/api/v1/training/cohorts', {
    method: 'POST',
    token: coordinator,
    body: {
      programmeId: programme.id,
      title: `Поток ${suffix}`,
      startsOn: '2023-02-01',
      endsOn: '2023-03-31',
      capacity: 10,
      autoIssue: false,
      trainerIds: [trainerId],
      completion: { attendancePercent: 100, requireAssignments: true, requireFinalTest: true },
      finalTest: { passPercent: 70, attempts: 2, questionsPerModule: 2 },
    },
  });
  const trainer = await apiToken(baseUrl, trainerUser);
  await apiCall(baseUrl, `/api/v1/training/cohorts/${cohort.id}/sessions`, {
    method: 'POST',
    token: trainer,
    body: {
      startsAt: '2023-02-03T10:00:00Z',
      endsAt: '2023-02-03T12:00:00Z',
      topic: 'Введение',
      mode: 'ONLINE',
      link: 'https://meet.example.org/intro',
    },
  });
  const assignment = await apiCall(baseUrl, `/api/v1/training/cohorts/${cohort.id}/assignments`, {
    method: 'POST',
    token: trainer,
    body: {
      title: 'Контент-план',
      dueAt: new Date(Date.now() + 7 * 86400000).toISOString(),
      required: true,
    },
  });
  await apiCall(baseUrl, `/api/v1/training/cohorts/${cohort.id}/enrolments`, {
    method: 'POST',
    token: trainer,
    body: {
      learner: {
        surname: 'Иванова',
        name: 'Мария',
        patronymic: 'Петровна',
        email: learnerUser.email,
        volunteer: true,
        birthDate: '1990-05-17',
        snils: snils(),
        educationLevel: 'HIGHER',
        consentGiven: true,
        consentVersion: '2023-01',
      },
    },
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
  await signOut(page);

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
  await signOut(page);

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
  await signOut(page);

  // anyone verifies it
  await page.goto(`${baseUrl}/verify/${certificate.code}`);
  await page.getByText('Удостоверение действительно').waitFor();
  await page.getByText(certificate.number).first().waitFor();
});
