import {
  type ApiBody,
  type ApiQuery,
  type ApiResponse,
  type Complete,
  enumValues,
} from '@/lib/api-types';

/**
 * The methodology's API shapes, taken from the generated contract (src/types/api.gen.ts) by path.
 * Nothing here is written by hand: a change of the contract shows up as a compile error.
 */
export type CriteriaSet = Complete<ApiResponse<'/api/v1/criteria-sets/{id}', 'get'>>;
export type Criterion = CriteriaSet['criteria'][number];
export type CriteriaSetSummary = Complete<
  ApiResponse<'/api/v1/criteria-sets', 'get'>
>['items'][number];
export type CriteriaSetsQuery = ApiQuery<'/api/v1/criteria-sets', 'get'>;
export type CriteriaSetStatus = CriteriaSet['status'];

/** The body of a new draft; an update carries the version last read as well. */
export type CriteriaSetInput = ApiBody<'/api/v1/criteria-sets', 'post'>;
export type CriteriaSetUpdate = ApiBody<'/api/v1/criteria-sets/{id}', 'put'>;
export type CriterionInput = NonNullable<CriteriaSetInput['criteria']>[number];

export type CriterionType = Criterion['type'];
export type CriterionGroup = Criterion['group'];
export type Direction = NonNullable<Criterion['direction']>;
export type Metric = NonNullable<Criterion['metric']>;

export const CRITERION_TYPES = enumValues<CriterionType>({
  BOOLEAN: true,
  SCALE: true,
  NUMERIC: true,
  DERIVED: true,
});

export const CRITERION_GROUPS = enumValues<CriterionGroup>({
  PROFILE: true,
  ACTIVITY: true,
  CONTENT: true,
  FEEDBACK: true,
  OPENNESS: true,
  SECURITY: true,
});

export const DIRECTIONS = enumValues<Direction>({ LOWER_IS_BETTER: true, HIGHER_IS_BETTER: true });

export const METRICS = enumValues<Metric>({
  MEDIAN_ANSWER_HOURS: true,
  P90_ANSWER_HOURS: true,
  SHARE_ANSWERED_24H: true,
  SHARE_UNANSWERED: true,
});

/** Units the seeded methodology uses; the field is free text, these get translated names. */
export const UNITS = ['HOURS', 'DAYS', 'PERCENT', 'POSTS_PER_WEEK'] as const;

export type Platform = NonNullable<CriterionInput['platforms']>[number];
export type Sector = NonNullable<CriterionInput['sectors']>[number];
export type OrganizationKind = NonNullable<CriterionInput['organizationKinds']>[number];
