// Data the evaluation specs (20–23) prepare through the API: a new organization and account, a campaign over
// just that account with the demo expert, and the evaluation taken as far as a spec needs it. Each spec
// calls these for itself, so the specs do not depend on each other.
import { ADMIN, apiCall, apiToken, assert, COORDINATOR, unique } from './helpers.mjs';

export const EXPERT = { email: 'expert@demo.bridge', password: 'demo-bridge-2026' };

const isoDate = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A fresh organization with one VK account, so a campaign can be scoped to it alone. */
export async function newAccount(baseUrl, token) {
  const reference = await apiCall(baseUrl, '/api/v1/reference');
  const municipalities = await apiCall(baseUrl, '/api/v1/municipalities');
  const suffix = unique();
  const organization = await apiCall(baseUrl, '/api/v1/organizations', {
    method: 'POST',
    token,
    body: {
      name: `Учреждение e2e ${suffix}`,
      kind: reference.organizationKinds[0].code,
      sector: reference.sectors[0].code,
      municipalityId: municipalities[0].id,
    },
  });
  const account = await apiCall(baseUrl, '/api/v1/accounts', {
    method: 'POST',
    token,
    body: {
      organizationId: organization.id,
      platform: 'VK',
      url: `https://vk.com/e2e_eval_${suffix}`,
      displayName: `Аккаунт оценки ${suffix}`,
    },
  });
  return { organization, account, suffix };
}

async function me(baseUrl, token) {
  return apiCall(baseUrl, '/api/v1/me', { token });
}

export async function transition(baseUrl, token, campaignId, to) {
  const campaign = await apiCall(baseUrl, `/api/v1/campaigns/${campaignId}`, { token });
  return apiCall(baseUrl, `/api/v1/campaigns/${campaignId}/transition`, {
    method: 'POST',
    token,
    body: { to, version: campaign.version },
  });
}

/** A campaign over one new account, assigned to the demo expert, in the EVALUATION stage. */
export async function campaignInEvaluation(baseUrl) {
  const token = await apiToken(baseUrl, COORDINATOR);
  const expertToken = await apiToken(baseUrl, EXPERT);
  const { organization, account, suffix } = await newAccount(baseUrl, token);
  const sets = await apiCall(baseUrl, '/api/v1/criteria-sets?status=APPROVED', { token });
  assert.ok(sets.items.length > 0, 'an approved methodology is seeded');
  const campaign = await apiCall(baseUrl, '/api/v1/campaigns', {
    method: 'POST',
    token,
    body: {
      title: `Кампания e2e ${suffix}`,
      period: '2024-Q1',
      criteriaSetId: sets.items[0].id,
      scope: { accountIds: [account.id] },
      evaluationDeadline: isoDate(14),
      reviewDeadline: isoDate(21),
      doubleShare: 0,
      replyDays: 10,
      keepMunicipalities: false,
    },
  });
  const expert = await me(baseUrl, expertToken);
  await apiCall(baseUrl, `/api/v1/campaigns/${campaign.id}/experts`, {
    method: 'PUT',
    token,
    body: { experts: [{ userId: expert.id, municipalities: [] }], version: campaign.version },
  });
  await apiCall(baseUrl, `/api/v1/campaigns/${campaign.id}/assign`, { method: 'POST', token });
  await transition(baseUrl, token, campaign.id, 'EVALUATION');
  const rows = await apiCall(baseUrl, `/api/v1/assignments?campaign=${campaign.id}`, { token });
  assert.equal(rows.items.length, 1);
  const evaluationId = rows.items[0].evaluationId;
  return { token, expertToken, organization, account, campaign, evaluationId };
}

/** The text as a regular expression that matches it literally. */
export const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Gives a criterion its value through the control of the evaluation form that fits its type. */
export async function answer(region, criterion, value) {
  if (criterion.type === 'BOOLEAN') {
    await region.getByRole('radio', { name: value === 1 ? 'Да' : 'Нет', exact: true }).check();
  } else if (criterion.type === 'SCALE') {
    const level = criterion.levels.find((l) => l.value === value);
    await region.getByRole('radio', { name: new RegExp(`^${escape(level.label)} — `) }).check();
  } else {
    await region.getByRole('textbox', { name: /^Значение/ }).fill(String(value));
  }
}

/** The value that earns a criterion's full points. */
export function bestValue(answer) {
  switch (answer.type) {
    case 'BOOLEAN':
      return 1;
    case 'SCALE':
      return [...answer.levels].sort((a, b) => b.points - a.points)[0].value;
    default:
      return [...answer.thresholds].sort((a, b) => b.points - a.points)[0].bound;
  }
}

/** The criteria an expert fills in: applicable and not derived from the question sample. */
export function fillable(evaluation) {
  return evaluation.answers.filter((a) => a.applicable && a.type !== 'DERIVED');
}

/**
 * Fills the evaluation through the API with full marks, except one yes/no criterion answered "no" with a
 * recommendation (the one an organization will object to). Returns that criterion's answer.
 */
export async function fillViaApi(baseUrl, expertToken, evaluationId) {
  const evaluation = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}`, {
    token: expertToken,
  });
  const criteria = fillable(evaluation);
  const low = criteria.find((a) => a.type === 'BOOLEAN');
  assert.ok(low, 'the methodology has a yes/no criterion');
  await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}/answers`, {
    method: 'PUT',
    token: expertToken,
    body: {
      version: evaluation.version,
      answers: criteria.map((a) => ({
        criterionId: a.criterionId,
        value: a === low ? 0 : bestValue(a),
        notApplicable: false,
        naReason: null,
        evidenceUrl: 'https://vk.com/wall-1_1',
        evidenceNote: null,
        recommendation: a === low ? `Исправить: ${a.title}` : null,
      })),
    },
  });
  return low;
}

export async function submitViaApi(baseUrl, expertToken, evaluationId) {
  const current = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}`, {
    token: expertToken,
  });
  return apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}/submit`, {
    method: 'POST',
    token: expertToken,
    body: { version: current.version },
  });
}

export async function approveViaApi(baseUrl, token, evaluationId) {
  const current = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}`, { token });
  return apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}/approve`, {
    method: 'POST',
    token,
    body: { version: current.version },
  });
}

/** Everything up to the right-of-reply stage: filled, submitted, approved, REVIEW → REPLY. */
export async function evaluationInReply(baseUrl) {
  const setup = await campaignInEvaluation(baseUrl);
  const low = await fillViaApi(baseUrl, setup.expertToken, setup.evaluationId);
  await submitViaApi(baseUrl, setup.expertToken, setup.evaluationId);
  await approveViaApi(baseUrl, setup.token, setup.evaluationId);
  await transition(baseUrl, setup.token, setup.campaign.id, 'REVIEW');
  await transition(baseUrl, setup.token, setup.campaign.id, 'REPLY');
  return { ...setup, low };
}

/** A representative of the organization (created by the admin), who may object for it. */
export async function representative(baseUrl, organizationId) {
  const adminToken = await apiToken(baseUrl, ADMIN);
  const user = {
    email: `rep-${unique()}@e2e.bridge`,
    password: 'representative-e2e-2026',
  };
  await apiCall(baseUrl, '/api/v1/users', {
    method: 'POST',
    token: adminToken,
    body: {
      ...user,
      fullName: 'Представитель e2e',
      roles: ['REPRESENTATIVE'],
      organizationId,
    },
  });
  return user;
}

/** Leaves the current session: the refresh cookie goes, and a full page load forgets the token. */
export async function signOut(page, baseUrl) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/sign-in`);
}
