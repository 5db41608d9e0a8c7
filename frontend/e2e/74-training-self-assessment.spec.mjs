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
import {
  bestValue,
  evaluationInReply,
  fillable,
  signOut,
  transition,
} from './evaluations-fixture.mjs';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Gives a criterion its value through the control that fits its type (as on the experts' form). */
async function answer(region, criterion, value) {
  if (criterion.type === 'BOOLEAN') {
    await region.getByRole('radio', { name: value === 1 ? 'Да' : 'Нет', exact: true }).check();
  } else if (criterion.type === 'SCALE') {
    const level = criterion.levels.find((l) => l.value === value);
    await region.getByRole('radio', { name: new RegExp(`^${escape(level.label)} — `) }).check();
  } else {
    await region.getByRole('textbox', { name: /^Значение/ }).fill(String(value));
  }
}

test('a learner asks to link an account, the trainer confirms, the learner self-assesses it beside the experts', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const admin = await apiToken(baseUrl, ADMIN);
  const coordinator = await apiToken(baseUrl, COORDINATOR);

  // an account with the experts' published evaluation
  const published = await evaluationInReply(baseUrl);
  await transition(baseUrl, published.token, published.campaign.id, 'FINAL');
  await transition(baseUrl, published.token, published.campaign.id, 'PUBLISHED');
  const account = published.account;

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
  const programme = await apiCall(baseUrl, '/api/v1/training/programmes', {
    method: 'POST',
    token: coordinator,
    body: {
      title: `Самооценка ${suffix}`,
      annotation: 'Программа повышения квалификации',
      totalHours: 16,
      form: 'BLENDED',
      modules: [
        {
          title: 'Модуль 1',
          hours: 16,
          topics: [{ title: 'Тема 1', hours: 16 }],
          questions: [1, 2].map((n) => ({
            text: `Вопрос ${n}`,
            multiple: false,
            options: ['да', 'нет'],
            correct: [0],
          })),
        },
      ],
      outcomes: ['Оценивает свой аккаунт по методике'],
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
      title: `Поток самооценки ${suffix}`,
      startsOn: '2023-02-01',
      endsOn: '2023-03-31',
      capacity: 10,
      autoIssue: false,
      trainerIds: [trainerId],
      completion: { requireAssignments: true, requireFinalTest: false },
      finalTest: { passPercent: 70, attempts: 2, questionsPerModule: 2 },
    },
  });
  const trainer = await apiToken(baseUrl, trainerUser);
  const assignment = await apiCall(baseUrl, `/api/v1/training/cohorts/${cohort.id}/assignments`, {
    method: 'POST',
    token: trainer,
    body: {
      title: 'Самооценка своего аккаунта',
      dueAt: new Date(Date.now() + 7 * 86400000).toISOString(),
      required: true,
      selfAssessment: true,
    },
  });
  await apiCall(baseUrl, `/api/v1/training/cohorts/${cohort.id}/enrolments`, {
    method: 'POST',
    token: trainer,
    body: {
      learner: {
        surname: 'Смирнова',
        name: 'Ольга',
        email: learnerUser.email,
        volunteer: true,
        consentGiven: true,
        consentVersion: '2023-01',
      },
    },
  });

  // the learner finds the account in the registry and asks for the link
  await signIn(page, baseUrl, learnerUser);
  await page
    .getByRole('navigation', { name: 'Основная навигация' })
    .getByRole('link', { name: 'Моё обучение' })
    .click();
  await page.getByRole('heading', { name: 'Привязать аккаунт' }).waitFor();
  await choose(page, 'Аккаунт в реестре', new RegExp(`^${escape(account.displayName)}`), {
    type: account.displayName,
  });
  await page.getByRole('button', { name: 'Подать заявку' }).click();
  const requests = page.getByRole('list', { name: 'Мои заявки на привязку' });
  await requests.getByText('Ждёт подтверждения').waitFor();
  await requests.getByText(account.displayName).waitFor();
  await signOut(page, baseUrl);

  // the trainer confirms it on the cohort board
  await signIn(page, baseUrl, trainerUser);
  await page.goto(`${baseUrl}/training/cohorts/${cohort.id}`);
  const pending = page.getByRole('table', {
    name: 'Заявки на привязку аккаунтов, ждущие подтверждения',
  });
  await pending.getByRole('row', { name: /Смирнова Ольга/ }).waitFor();
  await pending
    .getByRole('button', { name: `Подтвердить: Смирнова Ольга ведёт ${account.displayName}` })
    .click();
  await page.getByText('Привязка подтверждена').waitFor();
  await page.getByText('Нет заявок, ждущих подтверждения').waitFor();
  await signOut(page, baseUrl);

  // the learner: the account is theirs now; the self-assessment of it
  await signIn(page, baseUrl, learnerUser);
  await page.goto(`${baseUrl}/my/training`);
  await page.getByRole('article', { name: account.displayName }).waitFor();
  await page
    .getByRole('list', { name: 'Мои заявки на привязку' })
    .getByText('Подтверждена')
    .waitFor();
  await page.getByRole('link', { name: 'Заполнить самооценку' }).click();
  await page.getByRole('heading', { name: 'Самооценка аккаунта' }).waitFor();
  await choose(page, 'Аккаунт, который вы ведёте', new RegExp(`^${escape(account.displayName)}`));

  const learner = await apiToken(baseUrl, learnerUser);
  const form = await apiCall(
    baseUrl,
    `/api/v1/training/assignments/${assignment.id}/self-assessment-form?accountId=${account.id}`,
    { token: learner },
  );
  const criteria = fillable(form);
  assert.ok(criteria.length > 0, 'the methodology has criteria to fill');
  for (const criterion of criteria) {
    const region = page.getByRole('region', {
      name: `${criterion.code} · ${criterion.title}`,
      exact: true,
    });
    await answer(region, criterion, bestValue(criterion));
  }
  await page.getByRole('button', { name: 'Отправить самооценку' }).click();

  // saved, and shown beside the experts' published evaluation
  await page.getByRole('heading', { name: 'Самооценка и оценка экспертов' }).waitFor();
  await page.getByText('Мой индекс').first().waitFor();
  await page.getByText('Индекс экспертов').first().waitFor();
  assert.equal(
    await page.getByText('Опубликованной оценки экспертов для этого аккаунта пока нет.').count(),
    0,
  );
});
