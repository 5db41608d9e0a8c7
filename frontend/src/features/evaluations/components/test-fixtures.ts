import type { Answer, Evaluation } from '../api/schema';

/** A criterion's answer for tests; override what the case is about. */
export function answerOf(overrides: Partial<Answer> = {}): Answer {
  return {
    criterionId: overrides.code ?? 'c1',
    position: 1,
    code: 'PROFILE.PHONE',
    group: 'PROFILE',
    title: 'Телефон',
    type: 'BOOLEAN',
    weight: 10,
    maxPoints: 1,
    applicable: true,
    notApplicable: false,
    naReason: null,
    value: null,
    points: null,
    evidenceUrl: null,
    evidenceNote: null,
    recommendation: null,
    levels: [],
    thresholds: [],
    direction: null,
    unit: null,
    metric: null,
    guidance: '',
    normative: true,
    ...overrides,
  };
}

export const booleanAnswer = answerOf({
  criterionId: 'phone',
  code: 'PROFILE.PHONE',
  title: 'Телефон',
  type: 'BOOLEAN',
  weight: 10,
  maxPoints: 1,
  position: 1,
});

export const scaleAnswer = answerOf({
  criterionId: 'quality',
  code: 'FEEDBACK.QUALITY',
  group: 'FEEDBACK',
  title: 'Качество ответов',
  type: 'SCALE',
  weight: 20,
  maxPoints: 2,
  position: 2,
  levels: [
    { value: 0, label: 'Формальный', points: 0 },
    { value: 1, label: 'Частичный', points: 1 },
    { value: 2, label: 'По существу', points: 2 },
  ],
});

export const numericAnswer = answerOf({
  criterionId: 'posts',
  code: 'ACTIVITY.POSTS',
  group: 'ACTIVITY',
  title: 'Постов в неделю',
  type: 'NUMERIC',
  weight: 15,
  maxPoints: 2,
  position: 3,
  direction: 'HIGHER_IS_BETTER',
  unit: 'POSTS_PER_WEEK',
  thresholds: [
    { bound: 3, points: 2 },
    { bound: 1, points: 1 },
  ],
});

export const derivedAnswer = answerOf({
  criterionId: 'median',
  code: 'FEEDBACK.MEDIAN',
  group: 'FEEDBACK',
  title: 'Медиана времени ответа',
  type: 'DERIVED',
  weight: 25,
  maxPoints: 2,
  position: 4,
  direction: 'LOWER_IS_BETTER',
  unit: 'HOURS',
  metric: 'MEDIAN_ANSWER_HOURS',
  thresholds: [
    { bound: 8, points: 2 },
    { bound: 24, points: 1 },
  ],
  value: 12.5,
  points: 1,
});

export function evaluationOf(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    id: 'ev-1',
    version: 3,
    campaign: {
      id: 'camp-1',
      title: 'Мониторинг 2023-Q1',
      period: '2023-Q1',
      stage: 'EVALUATION',
      criteriaSetId: 'set-1',
      replyClosesAt: null,
    },
    account: {
      id: 'acc-1',
      displayName: 'Школа № 1',
      url: 'https://vk.com/school1',
      platform: 'VK',
    },
    organization: {
      id: 'org-1',
      name: 'МОУ СОШ № 1',
      inn: null,
      sector: 'EDUCATION',
      kind: 'MUNICIPAL_INSTITUTION',
    },
    municipality: { id: 'm1', name: 'Балаковский район' },
    expert: { id: 'u1', fullName: 'Эксперт' },
    role: 'PRIMARY',
    status: 'DRAFT',
    index: null,
    initialIndex: null,
    finalIndex: null,
    revision: 0,
    reviewComment: null,
    submittedAt: null,
    approvedAt: null,
    publishedAt: null,
    updatedAt: '2026-01-10T10:00:00Z',
    completeness: { applicable: 4, filled: 1 },
    answerTimes: {
      questions: 3,
      answered: 2,
      medianHours: 12.5,
      p90Hours: 20,
      shareAnswered24h: 66.67,
      shareUnanswered: 33.33,
    },
    answers: [booleanAnswer, scaleAnswer, numericAnswer, derivedAnswer],
    ...overrides,
  };
}
