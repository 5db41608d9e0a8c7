// Training set-up through the API (specs 70, 71, 73, 74): trainer and learner accounts, an approved programme, a
// cohort of it with the trainer, its sessions, assignments and enrolments, each with the spec's own suffix so that
// specs never share records.
import { apiCall } from './helpers.mjs';

/**
 * A random СНИЛС with a correct check number (the rule of training.Snils): eleven digits, or formatted
 * 123-456-789 01.
 */
export function snils({ formatted = false } = {}) {
  const digits = [1 + Math.floor(Math.random() * 9)];
  while (digits.length < 9) digits.push(Math.floor(Math.random() * 10));
  const sum = digits.reduce((total, digit, i) => total + digit * (9 - i), 0);
  let check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (check === 100) check = 0;
  const s = digits.join('');
  const tail = String(check).padStart(2, '0');
  return formatted ? `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6, 9)} ${tail}` : s + tail;
}

/** A new user with one role (created by the administrator): the credentials to sign in with and the user's id. */
async function createUser(baseUrl, admin, { email, password, fullName, role }) {
  const user = { email, password };
  const { id } = await apiCall(baseUrl, '/api/v1/users', {
    method: 'POST',
    token: admin,
    body: { ...user, fullName, roles: [role] },
  });
  return { user, id };
}

/** A new trainer (created by the administrator): the credentials to sign in with and the user's id. */
export async function createTrainer(baseUrl, admin, { suffix, label = '' }) {
  return createUser(baseUrl, admin, {
    email: `e2e-trainer${label}-${suffix}@example.org`,
    password: `e2e-password-${suffix}`,
    fullName: `Тренер ${suffix}`,
    role: 'TRAINER',
  });
}

/** A new learner's sign-in (created by the administrator), to be enrolled by the same e-mail. */
export async function createLearner(baseUrl, admin, { suffix }) {
  return createUser(baseUrl, admin, {
    email: `e2e-learner-${suffix}@example.org`,
    password: `e2e-password-${suffix}`,
    fullName: `Слушатель ${suffix}`,
    role: 'LEARNER',
  });
}

/** A programme written and approved by the coordinator; `modules` and their hours are the spec's. */
export async function approvedProgramme(baseUrl, coordinator, { suffix, totalHours, modules }) {
  const programme = await apiCall(baseUrl, '/api/v1/training/programmes', {
    method: 'POST',
    token: coordinator,
    body: {
      title: `Цифровой мост ${suffix}`,
      annotation: 'Программа повышения квалификации',
      totalHours,
      form: 'BLENDED',
      modules,
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
  return programme;
}

/**
 * A cohort «Поток <suffix>» of the programme in February–March 2023, ten places, certificates issued by hand, the
 * given trainers; by default completed by attendance alone (75 %), one question a module in the final test.
 */
export async function openCohort(
  baseUrl,
  coordinator,
  {
    suffix,
    programmeId,
    trainerIds,
    completion = { attendancePercent: 75, requireAssignments: false, requireFinalTest: false },
    finalTest = { passPercent: 70, attempts: 2, questionsPerModule: 1 },
  },
) {
  return apiCall(baseUrl, '/api/v1/training/cohorts', {
    method: 'POST',
    token: coordinator,
    body: {
      programmeId,
      title: `Поток ${suffix}`,
      startsOn: '2023-02-01',
      endsOn: '2023-03-31',
      capacity: 10,
      autoIssue: false,
      trainerIds,
      completion,
      finalTest,
    },
  });
}

/** A two-hour session of the cohort on 3 February 2023: the topic and the mode with its link or address. */
export async function addSession(baseUrl, token, cohortId, session) {
  return apiCall(baseUrl, `/api/v1/training/cohorts/${cohortId}/sessions`, {
    method: 'POST',
    token,
    body: { startsAt: '2023-02-03T10:00:00Z', endsAt: '2023-02-03T12:00:00Z', ...session },
  });
}

/** A required assignment of the cohort, due in a week; `assignment` has its title and what else the spec needs. */
export async function addAssignment(baseUrl, trainer, cohortId, assignment) {
  return apiCall(baseUrl, `/api/v1/training/cohorts/${cohortId}/assignments`, {
    method: 'POST',
    token: trainer,
    body: {
      dueAt: new Date(Date.now() + 7 * 86400000).toISOString(),
      required: true,
      ...assignment,
    },
  });
}

/** Enrols a learner (the enrolment form's `learner` record, consent given) in the cohort. */
export async function enrol(baseUrl, trainer, cohortId, learner) {
  return apiCall(baseUrl, `/api/v1/training/cohorts/${cohortId}/enrolments`, {
    method: 'POST',
    token: trainer,
    body: {
      learner: { volunteer: true, consentGiven: true, consentVersion: '2023-01', ...learner },
    },
  });
}
