// A published rating of the spec's own (specs 30, 32): new organizations with one VK account each in one
// municipality, a campaign over just those accounts, every evaluation filled with full marks by the demo
// expert, approved, and the campaign taken to PUBLISHED, which computes its rating snapshot. A municipality is
// ranked with at least 5 ranked organizations (RatingRules.CURRENT), so the default makes one ranked
// municipality: its comparison chart has a row whatever other specs have published before.
import { apiCall, apiToken, assert, COORDINATOR, unique } from './helpers.mjs';
import {
  approveViaApi,
  bestValue,
  EXPERT,
  fillable,
  submitViaApi,
  transition,
} from './evaluations-fixture.mjs';

const isoDate = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function publishedRating(baseUrl, { organizations: count = 5 } = {}) {
  const token = await apiToken(baseUrl, COORDINATOR);
  const expertToken = await apiToken(baseUrl, EXPERT);
  const reference = await apiCall(baseUrl, '/api/v1/reference');
  const municipality = (await apiCall(baseUrl, '/api/v1/municipalities'))[0];
  const suffix = unique();
  const units = [];
  for (let i = 1; i <= count; i += 1) {
    const organization = await apiCall(baseUrl, '/api/v1/organizations', {
      method: 'POST',
      token,
      body: {
        name: `Учреждение рейтинга ${suffix} №${i}`,
        kind: reference.organizationKinds[0].code,
        sector: reference.sectors[0].code,
        municipalityId: municipality.id,
      },
    });
    const account = await apiCall(baseUrl, '/api/v1/accounts', {
      method: 'POST',
      token,
      body: {
        organizationId: organization.id,
        platform: 'VK',
        url: `https://vk.com/e2e_rating_${suffix}_${i}`,
        displayName: `Аккаунт рейтинга ${suffix} №${i}`,
      },
    });
    units.push({ organization, account });
  }
  const sets = await apiCall(baseUrl, '/api/v1/criteria-sets?status=APPROVED', { token });
  assert.ok(sets.items.length > 0, 'an approved methodology is seeded');
  const campaign = await apiCall(baseUrl, '/api/v1/campaigns', {
    method: 'POST',
    token,
    body: {
      title: `Рейтинг e2e ${suffix}`,
      period: '2024-Q1',
      criteriaSetId: sets.items[0].id,
      scope: { accountIds: units.map((unit) => unit.account.id) },
      evaluationDeadline: isoDate(14),
      reviewDeadline: isoDate(21),
      doubleShare: 0,
      replyDays: 10,
      keepMunicipalities: false,
    },
  });
  const expert = await apiCall(baseUrl, '/api/v1/me', { token: expertToken });
  await apiCall(baseUrl, `/api/v1/campaigns/${campaign.id}/experts`, {
    method: 'PUT',
    token,
    body: { experts: [{ userId: expert.id, municipalities: [] }], version: campaign.version },
  });
  await apiCall(baseUrl, `/api/v1/campaigns/${campaign.id}/assign`, { method: 'POST', token });
  await transition(baseUrl, token, campaign.id, 'EVALUATION');
  const rows = await apiCall(baseUrl, `/api/v1/assignments?campaign=${campaign.id}&size=50`, {
    token,
  });
  assert.equal(rows.items.length, count);
  // full marks except for one criterion answered "no" in every second account, with a recommendation,
  // so the indexes differ and the organizations' pages have recommendations to show
  for (const [i, row] of rows.items.entries()) {
    const evaluation = await apiCall(baseUrl, `/api/v1/evaluations/${row.evaluationId}`, {
      token: expertToken,
    });
    const criteria = fillable(evaluation);
    const low = i % 2 === 1 ? criteria.find((a) => a.type === 'BOOLEAN') : undefined;
    await apiCall(baseUrl, `/api/v1/evaluations/${row.evaluationId}/answers`, {
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
    await submitViaApi(baseUrl, expertToken, row.evaluationId);
    await approveViaApi(baseUrl, token, row.evaluationId);
  }
  for (const stage of ['REVIEW', 'REPLY', 'FINAL', 'PUBLISHED']) {
    await transition(baseUrl, token, campaign.id, stage);
  }
  return { campaign, municipality, units, suffix };
}
