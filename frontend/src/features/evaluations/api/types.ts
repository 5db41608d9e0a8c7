/**
 * Shapes of the evaluation API as agreed in the issue-3 contract (PLAN3.md). Hand-written until the
 * backend lands in the generated client; every field here mirrors the contract's JSON.
 */
export type CriterionType = 'BOOLEAN' | 'SCALE' | 'NUMERIC' | 'DERIVED';
export type Direction = 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER';
export type Metric =
  'MEDIAN_ANSWER_HOURS' | 'P90_ANSWER_HOURS' | 'SHARE_ANSWERED_24H' | 'SHARE_UNANSWERED';
export type EvaluationStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'PUBLISHED';
export type CampaignStage =
  'PREPARATION' | 'EVALUATION' | 'REVIEW' | 'REPLY' | 'FINAL' | 'PUBLISHED';
export type EvaluationRole = 'PRIMARY' | 'SECOND';
export type ObjectionStatus = 'OPEN' | 'ACCEPTED' | 'REJECTED';

export type Level = { value: number; label: string; points: number };
export type Threshold = { bound: number; points: number };
export type Ref = { id: string; name: string };

export type Answer = {
  criterionId: string;
  position: number;
  code: string;
  group: string;
  title: string;
  type: CriterionType;
  weight: number;
  maxPoints: number;
  applicable: boolean;
  notApplicable: boolean;
  naReason: string | null;
  value: number | null;
  points: number | null;
  evidenceUrl: string | null;
  evidenceNote: string | null;
  recommendation: string | null;
  levels: Level[];
  thresholds: Threshold[];
  direction: Direction | null;
  unit: string | null;
  metric: Metric | null;
  guidance: string | null;
  normative: boolean;
};

export type AnswerTimes = {
  questions: number;
  answered: number;
  medianHours: number | null;
  p90Hours: number | null;
  shareAnswered24h: number | null;
  shareUnanswered: number | null;
};

export type Evaluation = {
  id: string;
  version: number;
  campaign: {
    id: string;
    title: string;
    period: string;
    stage: CampaignStage;
    criteriaSetId: string;
    replyClosesAt: string | null;
  };
  account: { id: string; displayName: string; url: string; platform: string };
  organization: { id: string; name: string; sector: string; kind: string };
  municipality: Ref;
  expert: { id: string; fullName: string } | null;
  role: EvaluationRole;
  status: EvaluationStatus;
  index: number | null;
  initialIndex: number | null;
  finalIndex: number | null;
  revision: number;
  reviewComment: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  completeness: { applicable: number; filled: number };
  answerTimes: AnswerTimes;
  answers: Answer[];
};

export type AnswerInput = {
  criterionId: string;
  value: number | null;
  notApplicable: boolean;
  naReason: string | null;
  evidenceUrl: string | null;
  evidenceNote: string | null;
  recommendation: string | null;
};

export type SaveAnswersBody = { version: number; answers: AnswerInput[] };

export type AssignmentRow = {
  evaluationId: string;
  version: number;
  campaign: { id: string; title: string; period: string; stage: CampaignStage };
  account: { id: string; displayName: string; url: string; platform: string };
  organization: Ref;
  municipality: Ref;
  expert: { id: string; fullName: string };
  role: EvaluationRole;
  status: EvaluationStatus;
  index: number | null;
  started: boolean;
  due: string | null;
  overdue: boolean;
  reviewComment: string | null;
  updatedAt: string;
};

export type EvaluationSummary = {
  id: string;
  campaign: { id: string; title: string; period: string };
  account: { id: string; displayName: string; platform: string };
  organization: Ref;
  status: EvaluationStatus;
  index: number | null;
  initialIndex: number | null;
  finalIndex: number | null;
  revision: number;
  publishedAt: string | null;
};

export type CitizenQuestion = {
  id: string;
  url: string;
  askedAt: string;
  answeredAt: string | null;
  quality: number | null;
  note: string | null;
  hoursToAnswer: number | null;
};

export type QuestionSample = { items: CitizenQuestion[]; answerTimes: AnswerTimes };

export type QuestionInput = {
  url: string;
  askedAt: string;
  answeredAt: string | null;
  quality: number | null;
  note: string | null;
};

export type Objection = {
  id: string;
  version: number;
  evaluationId: string;
  account: { id: string; displayName: string; url?: string; platform?: string };
  organization: Ref;
  criterion: { id: string; code: string; title: string };
  comment: string;
  evidenceUrl: string | null;
  status: ObjectionStatus;
  resolutionReason: string | null;
  previousValue: number | null;
  newValue: number | null;
  authorName: string | null;
  createdAt: string;
  resolvedAt: string | null;
};

export type ObjectionInput = { criterionId: string; comment: string; evidenceUrl: string | null };

export type AcceptObjectionBody = {
  version: number;
  reason: string;
  value: number | null;
  notApplicable: boolean;
  naReason: string | null;
};

export type EvaluationHistory = {
  events: {
    at: string;
    action: string;
    actorName: string | null;
    reason: string | null;
    indexBefore: number | null;
    indexAfter: number | null;
  }[];
  revisions: {
    revision: number;
    createdAt: string;
    authorName: string | null;
    reason: string | null;
    index: number | null;
  }[];
};

export type TimelineEntry = {
  evaluationId: string;
  campaign: { id: string; title: string; period: string };
  criteriaSet: { id: string; name: string; edition: number };
  index: number | null;
  initialIndex: number | null;
  finalIndex: number | null;
  revision: number;
  publishedAt: string | null;
  answers: {
    code: string;
    title: string;
    group: string;
    points: number | null;
    maxPoints: number;
    notApplicable: boolean;
    recommendation: string | null;
  }[];
};

export type CampaignRef = { id: string; title: string; period: string; stage: CampaignStage };

export type Page<T> = { items: T[]; total: number; page: number; size: number };
