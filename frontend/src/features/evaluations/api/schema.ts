import type { ApiBody, ApiQuery, ApiResponse, Complete } from '@/lib/api-types';

/**
 * The evaluations feature's API shapes, taken from the generated contract (src/types/api.gen.ts) by
 * path. Nothing here is written by hand: a change of the contract shows up as a compile error.
 */
export type Evaluation = Complete<ApiResponse<'/api/v1/evaluations/{id}', 'get'>>;
export type Answer = Evaluation['answers'][number];
export type AnswerTimes = Evaluation['answerTimes'];
export type Threshold = Answer['thresholds'][number];
export type CriterionType = Answer['type'];
export type EvaluationStatus = Evaluation['status'];
export type CampaignStage = Evaluation['campaign']['stage'];

export type SaveAnswersBody = ApiBody<'/api/v1/evaluations/{id}/answers', 'put'>;
export type AnswerInput = SaveAnswersBody['answers'][number];

export type AssignmentsQuery = ApiQuery<'/api/v1/assignments', 'get'>;
export type AssignmentRow = Complete<ApiResponse<'/api/v1/assignments', 'get'>>['items'][number];
export type CampaignRef = Complete<ApiResponse<'/api/v1/campaigns', 'get'>>['items'][number];

export type EvaluationSummary = Complete<
  ApiResponse<'/api/v1/my-organization/evaluations', 'get'>
>[number];
export type EvaluationHistory = Complete<ApiResponse<'/api/v1/evaluations/{id}/history', 'get'>>;
export type TimelineEntry = Complete<ApiResponse<'/api/v1/evaluations/timeline', 'get'>>[number];

export type QuestionSample = Complete<ApiResponse<'/api/v1/evaluations/{id}/questions', 'get'>>;
export type CitizenQuestion = QuestionSample['items'][number];
export type QuestionInput = ApiBody<'/api/v1/evaluations/{id}/questions', 'post'>;

export type Objection = Complete<ApiResponse<'/api/v1/objections/{id}', 'get'>>;
export type ObjectionStatus = Objection['status'];
export type ObjectionsQuery = ApiQuery<'/api/v1/objections', 'get'>;
export type ObjectionInput = ApiBody<'/api/v1/evaluations/{id}/objections', 'post'>;
export type AcceptObjectionBody = ApiBody<'/api/v1/objections/{id}/accept', 'post'>;
export type RejectObjectionBody = ApiBody<'/api/v1/objections/{id}/reject', 'post'>;
