/** Shapes of the campaigns, assignments and evaluations API, as the issue-3 contract defines them. */
export const STAGES = [
  'PREPARATION',
  'EVALUATION',
  'REVIEW',
  'REPLY',
  'FINAL',
  'PUBLISHED',
] as const;
export type Stage = (typeof STAGES)[number];

export const EVALUATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'APPROVED',
  'PUBLISHED',
] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export type AssignmentRole = 'PRIMARY' | 'SECOND';
export type CriterionType = 'BOOLEAN' | 'SCALE' | 'NUMERIC' | 'DERIVED';

export type Page<T> = { items: T[]; total: number; page: number; size: number };

export type CampaignScope = {
  q: string | null;
  municipalities: string[];
  sectors: string[];
  kinds: string[];
  platforms: string[];
  accountIds: string[];
};

export type CampaignRequest = {
  title: string;
  period: string;
  criteriaSetId: string;
  scope: CampaignScope;
  evaluationDeadline: string | null;
  reviewDeadline: string | null;
  doubleShare: number;
  replyDays: number;
  keepMunicipalities: boolean;
};

export type CampaignExpert = {
  userId: string;
  fullName: string;
  email: string;
  municipalities: string[];
};

export type Campaign = {
  id: string;
  version: number;
  title: string;
  period: string;
  criteriaSet: { id: string; name: string; edition: number };
  stage: Stage;
  scope: CampaignScope;
  evaluationDeadline: string | null;
  reviewDeadline: string | null;
  doubleShare: number;
  replyDays: number;
  keepMunicipalities: boolean;
  replyOpenedAt: string | null;
  replyClosesAt: string | null;
  publishedAt: string | null;
  accountCount: number;
  experts: CampaignExpert[];
  createdAt: string;
  updatedAt: string;
};

export type ScopePreview = {
  count: number;
  byPlatform: Record<string, number>;
  byMunicipality: { id: string; name: string; count: number }[];
};

export type AssignmentSummary = {
  assigned: number;
  doubles: number;
  perExpert: { expertId: string; fullName: string; count: number }[];
};

export type Progress = {
  total: number;
  /** accounts in scope without a primary evaluation */
  unassigned: number;
  byStatus: Record<'NOT_STARTED' | EvaluationStatus, number>;
  overdue: number;
  doubles: { total: number; bothSubmitted: number; reconciled: number };
  objections: { open: number; accepted: number; rejected: number };
  perExpert: {
    expertId: string;
    fullName: string;
    total: number;
    notStarted: number;
    draft: number;
    submitted: number;
    returned: number;
    approved: number;
    overdue: number;
  }[];
  perMunicipality: {
    municipalityId: string;
    name: string;
    total: number;
    done: number;
    overdue: number;
  }[];
};

export type AssignmentRow = {
  evaluationId: string;
  version: number;
  campaign: { id: string; title: string; period: string; stage: Stage };
  account: { id: string; displayName: string; url: string; platform: string };
  organization: { id: string; name: string };
  municipality: { id: string; name: string };
  expert: { id: string; fullName: string };
  role: AssignmentRole;
  status: EvaluationStatus;
  index: number | null;
  started: boolean;
  due: string | null;
  overdue: boolean;
  reviewComment: string | null;
  updatedAt: string;
};

export type AgreementReport = {
  pairs: number;
  overall: { observed: number | null; kappa: number | null };
  criteria: {
    criterionId: string;
    code: string;
    title: string;
    type: CriterionType;
    pairs: number;
    observed: number | null;
    kappa: number | null;
    weighted: boolean;
  }[];
};

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
  levels: { value: number; label: string; points: number }[];
  thresholds: { bound: number; points: number }[];
  direction: string | null;
  unit: string | null;
  metric: string | null;
  guidance: string | null;
  normative: boolean;
};

export type Evaluation = {
  id: string;
  version: number;
  campaign: {
    id: string;
    title: string;
    period: string;
    stage: Stage;
    criteriaSetId: string;
    replyClosesAt: string | null;
  };
  account: { id: string; displayName: string; url: string; platform: string };
  organization: { id: string; name: string; sector: string; kind: string };
  municipality: { id: string; name: string };
  expert: { id: string; fullName: string } | null;
  role: AssignmentRole;
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
  answerTimes: {
    questions: number;
    answered: number;
    medianHours: number | null;
    p90Hours: number | null;
    shareAnswered24h: number | null;
    shareUnanswered: number | null;
  };
  answers: Answer[];
};

export type EvaluationPair = {
  primary: Evaluation;
  second: Evaluation | null;
  differences: string[];
};

export type ReconcileAnswer = {
  criterionId: string;
  value: number | null;
  notApplicable: boolean;
  naReason: string | null;
};

/** An approved criteria set the wizard offers (the methodology list's summary). */
export type CriteriaSetOption = {
  id: string;
  name: string;
  edition: number;
  status: 'DRAFT' | 'APPROVED' | 'RETIRED';
};

/** A user the wizard offers as an expert (GET /api/v1/users?role=EXPERT). */
export type ExpertCandidate = { id: string; fullName: string; email: string; active: boolean };
