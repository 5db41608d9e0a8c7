// Campaign data for the coordinator specs, made through the API (issue-3 contract).
import { ADMIN, apiCall, apiToken } from './helpers.mjs';

export const SEEDED_SET = '3e7d0000-0000-4000-8000-000000002022';
export const EXPERTS = ['expert@demo.bridge', 'expert2@demo.bridge'];

/** The municipality with the most active accounts, so a scope over it is never empty. */
export async function busiestMunicipality(baseUrl, token) {
  const preview = await apiCall(baseUrl, '/api/v1/campaigns/scope-preview', {
    method: 'POST',
    token,
    body: { scope: { municipalities: [], sectors: [], kinds: [], platforms: [], accountIds: [] } },
  });
  return [...preview.byMunicipality].sort((a, b) => b.count - a.count)[0];
}

/** Active demo users with the EXPERT role, by e-mail (the users API is the administrator's). */
export async function experts(baseUrl) {
  const token = await apiToken(baseUrl, ADMIN);
  const page = await apiCall(baseUrl, '/api/v1/users?role=EXPERT&active=true&size=200', { token });
  return EXPERTS.map((email) => page.items.find((user) => user.email === email));
}

/**
 * A campaign over the accounts of one municipality whose names match `q` (a small scope), with two
 * experts, assigned. Returns the campaign and the assignment summary.
 */
export async function assignedCampaign(baseUrl, token, { title, q, doubleShare = 0 }) {
  const municipality = await busiestMunicipality(baseUrl, token);
  let campaign = await apiCall(baseUrl, '/api/v1/campaigns', {
    method: 'POST',
    token,
    body: {
      title,
      period: '2024-Q1',
      criteriaSetId: SEEDED_SET,
      scope: {
        q: q ?? null,
        municipalities: [municipality.id],
        sectors: [],
        kinds: [],
        platforms: [],
        accountIds: [],
      },
      evaluationDeadline: '2030-01-31',
      reviewDeadline: '2030-02-28',
      doubleShare,
      replyDays: 10,
      keepMunicipalities: true,
    },
  });
  const users = await experts(baseUrl);
  campaign = await apiCall(baseUrl, `/api/v1/campaigns/${campaign.id}/experts`, {
    method: 'PUT',
    token,
    body: {
      experts: users.map((user) => ({ userId: user.id, municipalities: [] })),
      version: campaign.version,
    },
  });
  const summary = await apiCall(baseUrl, `/api/v1/campaigns/${campaign.id}/assign`, {
    method: 'POST',
    token,
  });
  campaign = await apiCall(baseUrl, `/api/v1/campaigns/${campaign.id}`, { token });
  return { campaign, summary, municipality };
}

export async function transition(baseUrl, token, campaign, to) {
  return apiCall(baseUrl, `/api/v1/campaigns/${campaign.id}/transition`, {
    method: 'POST',
    token,
    body: { to, version: campaign.version },
  });
}

/** A value that earns a criterion's full points (so no recommendation is required). */
function fullValue(answer) {
  switch (answer.type) {
    case 'BOOLEAN':
      return 1;
    case 'SCALE':
      return [...answer.levels].sort((a, b) => b.points - a.points)[0].value;
    default: {
      const best = [...answer.thresholds].sort((a, b) => b.points - a.points)[0];
      return answer.direction === 'HIGHER_IS_BETTER' ? Number(best.bound) : 0;
    }
  }
}

/** The assigned expert fills every criterion they may (full points) and submits. */
export async function fillAndSubmit(baseUrl, expertToken, evaluationId) {
  let evaluation = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}`, {
    token: expertToken,
  });
  const answers = evaluation.answers
    .filter((answer) => answer.applicable && answer.type !== 'DERIVED')
    .map((answer) => ({
      criterionId: answer.criterionId,
      value: fullValue(answer),
      notApplicable: false,
      naReason: null,
      evidenceUrl: 'https://vk.com/wall-1_1',
      evidenceNote: 'e2e',
      recommendation: null,
    }));
  evaluation = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}/answers`, {
    method: 'PUT',
    token: expertToken,
    body: { version: evaluation.version, answers },
  });
  // derived criteria without a question sample cannot be computed; the expert marks them N/A
  const open = evaluation.answers.filter(
    (answer) =>
      answer.applicable &&
      !answer.notApplicable &&
      answer.value === null &&
      answer.type === 'DERIVED',
  );
  if (open.length > 0) {
    evaluation = await apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}/answers`, {
      method: 'PUT',
      token: expertToken,
      body: {
        version: evaluation.version,
        answers: open.map((answer) => ({
          criterionId: answer.criterionId,
          value: null,
          notApplicable: true,
          naReason: 'Вопросов граждан в выборке нет',
          evidenceUrl: null,
          evidenceNote: null,
          recommendation: null,
        })),
      },
    });
  }
  return apiCall(baseUrl, `/api/v1/evaluations/${evaluationId}/submit`, {
    method: 'POST',
    token: expertToken,
    body: { version: evaluation.version },
  });
}
