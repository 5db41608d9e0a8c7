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
  answer,
  bestValue,
  escape,
  evaluationInReply,
  fillable,
  signOut,
  transition,
} from './evaluations-fixture.mjs';
import {
  addAssignment,
  approvedProgramme,
  createLearner,
  createTrainer,
  enrol,
  openCohort,
} from './training-fixture.mjs';

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

  const { user: trainerUser, id: trainerId } = await createTrainer(baseUrl, admin, { suffix });
  const { user: learnerUser } = await createLearner(baseUrl, admin, { suffix });
  const programme = await approvedProgramme(baseUrl, coordinator, {
    suffix,
    totalHours: 16,
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
  });
  const cohort = await openCohort(baseUrl, coordinator, {
    suffix,
    programmeId: programme.id,
    trainerIds: [trainerId],
    completion: { requireAssignments: true, requireFinalTest: false },
    finalTest: { passPercent: 70, attempts: 2, questionsPerModule: 2 },
  });
  const trainer = await apiToken(baseUrl, trainerUser);
  const assignment = await addAssignment(baseUrl, trainer, cohort.id, {
    title: 'Самооценка своего аккаунта',
    selfAssessment: true,
  });
  await enrol(baseUrl, trainer, cohort.id, {
    surname: 'Смирнова',
    name: 'Ольга',
    email: learnerUser.email,
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
