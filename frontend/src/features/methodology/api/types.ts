/** Shapes of the methodology API (/api/v1/criteria-sets), as the issue-3 contract defines them. */
export const CRITERION_TYPES = ['BOOLEAN', 'SCALE', 'NUMERIC', 'DERIVED'] as const;
export type CriterionType = (typeof CRITERION_TYPES)[number];

export const CRITERION_GROUPS = [
  'PROFILE',
  'ACTIVITY',
  'CONTENT',
  'FEEDBACK',
  'OPENNESS',
  'SECURITY',
] as const;
export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

export const DIRECTIONS = ['LOWER_IS_BETTER', 'HIGHER_IS_BETTER'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const METRICS = [
  'MEDIAN_ANSWER_HOURS',
  'P90_ANSWER_HOURS',
  'SHARE_ANSWERED_24H',
  'SHARE_UNANSWERED',
] as const;
export type Metric = (typeof METRICS)[number];

/** Units the seeded methodology uses; the field is free text, these get translated names. */
export const UNITS = ['HOURS', 'DAYS', 'PERCENT', 'POSTS_PER_WEEK'] as const;

export type CriteriaSetStatus = 'DRAFT' | 'APPROVED' | 'RETIRED';

export type Level = { value: number; label: string; points: number };
export type Threshold = { bound: number; points: number };

export type CriterionInput = {
  code: string;
  group: CriterionGroup;
  title: string;
  guidance: string | null;
  recommendation: string | null;
  normative: boolean;
  weight: number;
  type: CriterionType;
  levels: Level[];
  thresholds: Threshold[];
  direction: Direction | null;
  unit: string | null;
  metric: Metric | null;
  platforms: string[];
  sectors: string[];
  organizationKinds: string[];
};

export type Criterion = CriterionInput & { id: string; position: number; maxPoints: number };

export type CriteriaSetSummary = {
  id: string;
  version: number;
  familyId: string;
  edition: number;
  name: string;
  description: string | null;
  status: CriteriaSetStatus;
  approvedAt: string | null;
  approvedBy: string | null;
  basedOnId: string | null;
  criteriaCount: number;
  totalWeight: number;
  createdAt: string;
  updatedAt: string;
};

export type CriteriaSet = CriteriaSetSummary & { criteria: Criterion[] };

export type CriteriaSetInput = {
  name: string;
  description: string | null;
  criteria: CriterionInput[];
};

export type Page<T> = { items: T[]; total: number; page: number; size: number };
