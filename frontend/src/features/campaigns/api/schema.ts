import {
  type ApiBody,
  type ApiQuery,
  type ApiResponse,
  type Complete,
  enumValues,
} from '@/lib/api-types';

/**
 * The campaigns feature's API shapes, taken from the generated contract (src/types/api.gen.ts) by
 * path. Nothing here is written by hand: a change of the contract shows up as a compile error.
 */
export type Campaign = Complete<ApiResponse<'/api/v1/campaigns/{id}', 'get'>>;
export type CampaignsQuery = ApiQuery<'/api/v1/campaigns', 'get'>;
export type Stage = Campaign['stage'];
export type CampaignRequest = ApiBody<'/api/v1/campaigns', 'post'>;
export type CampaignScope = CampaignRequest['scope'];
export type CampaignExpertsRequest = ApiBody<'/api/v1/campaigns/{id}/experts', 'put'>;
export type ExpertEntry = CampaignExpertsRequest['experts'][number];
export type TransitionRequest = ApiBody<'/api/v1/campaigns/{id}/transition', 'post'>;
export type ScopePreview = Complete<ApiResponse<'/api/v1/campaigns/scope-preview', 'post'>>;
export type AssignmentSummary = Complete<ApiResponse<'/api/v1/campaigns/{id}/assign', 'post'>>;
export type Progress = Complete<ApiResponse<'/api/v1/campaigns/{id}/progress', 'get'>>;
export type AgreementReport = Complete<ApiResponse<'/api/v1/campaigns/{id}/agreement', 'get'>>;
/** A user with the EXPERT role the wizard offers (GET /api/v1/campaigns/experts). */
export type ExpertCandidate = Complete<ApiResponse<'/api/v1/campaigns/experts', 'get'>>[number];
export type CriteriaSetOption = Complete<
  ApiResponse<'/api/v1/criteria-sets', 'get'>
>['items'][number];

export type AssignmentsQuery = ApiQuery<'/api/v1/assignments', 'get'>;
export type AssignmentRow = Complete<ApiResponse<'/api/v1/assignments', 'get'>>['items'][number];
export type AssignmentRole = AssignmentRow['role'];
export type EvaluationStatus = AssignmentRow['status'];
export type ReassignRequest = ApiBody<'/api/v1/assignments/{evaluationId}', 'put'>;

export type Evaluation = Complete<ApiResponse<'/api/v1/evaluations/{id}', 'get'>>;
export type Answer = Evaluation['answers'][number];
export type CriterionType = Answer['type'];
export type EvaluationPair = Complete<ApiResponse<'/api/v1/evaluations/{id}/pair', 'get'>>;
export type ReturnRequest = ApiBody<'/api/v1/evaluations/{id}/return', 'post'>;
export type ReconcileRequest = ApiBody<'/api/v1/evaluations/{id}/reconcile', 'post'>;
export type ReconcileAnswer = ReconcileRequest['answers'][number];

export const STAGES = enumValues<Stage>({
  PREPARATION: true,
  EVALUATION: true,
  REVIEW: true,
  REPLY: true,
  FINAL: true,
  PUBLISHED: true,
});

export const EVALUATION_STATUSES = enumValues<EvaluationStatus>({
  DRAFT: true,
  SUBMITTED: true,
  RETURNED: true,
  APPROVED: true,
  PUBLISHED: true,
});

export type Sector = NonNullable<CampaignScope['sectors']>[number];
export type OrganizationKind = NonNullable<CampaignScope['kinds']>[number];
export type Platform = NonNullable<CampaignScope['platforms']>[number];
