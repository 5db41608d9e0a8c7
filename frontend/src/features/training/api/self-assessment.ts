import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody, ApiResponse, Complete } from '@/lib/api-types';

import { trainingKeys } from './training';

export type SelfAssessmentForm = Complete<
  ApiResponse<'/api/v1/training/assignments/{id}/self-assessment-form', 'get'>
>;
export type FormAnswer = SelfAssessmentForm['answers'][number];
export type SelfAssessment = Complete<ApiResponse<'/api/v1/training/self-assessments/{id}', 'get'>>;
export type ComparisonRow = SelfAssessment['comparison'][number];
export type SelfAssessmentBody = ApiBody<
  '/api/v1/training/assignments/{id}/self-assessments',
  'post'
>;

/** Query keys of the self-assessment (under the training feature's keys). */
export const selfAssessmentKeys = {
  form: (assignmentId: string, accountId: string) =>
    [...trainingKeys.all, 'self-assessment-form', assignmentId, accountId] as const,
  one: (id: string) => [...trainingKeys.all, 'self-assessment', id] as const,
};

/** The empty evaluation form of the assignment's methodology for one of the learner's accounts. */
export function useSelfAssessmentForm(assignmentId: string, accountId: string | null) {
  return useQuery({
    queryKey: selfAssessmentKeys.form(assignmentId, accountId ?? ''),
    enabled: accountId !== null,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training/assignments/{id}/self-assessment-form', {
          params: { path: { id: assignmentId }, query: { accountId: accountId ?? '' } },
        }),
      ),
  });
}

export function useSelfAssessment(id: string) {
  return useQuery({
    queryKey: selfAssessmentKeys.one(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/training/self-assessments/{id}', { params: { path: { id } } })),
  });
}

export function useSubmitSelfAssessment(assignmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SelfAssessmentBody) =>
      unwrap(
        api.POST('/api/v1/training/assignments/{id}/self-assessments', {
          params: { path: { id: assignmentId } },
          body,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
