import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { CitizenQuestion, QuestionInput, QuestionSample } from './types';

export function getQuestions(evaluationId: string) {
  return request<QuestionSample>('GET', `/api/v1/evaluations/${evaluationId}/questions`);
}

export function useQuestions(evaluationId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['evaluation-questions', evaluationId],
      queryFn: () => getQuestions(evaluationId),
    }),
  );
}

/**
 * Adds (no id) or changes a question of the sample. Every change recomputes the derived criteria and
 * the index on the server, so the evaluation is fetched again afterwards.
 */
export function useSaveQuestion(evaluationId: string, onChanged?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: QuestionInput }) =>
      id
        ? request<CitizenQuestion>('PUT', `/api/v1/evaluations/${evaluationId}/questions/${id}`, {
            body,
          })
        : request<CitizenQuestion>('POST', `/api/v1/evaluations/${evaluationId}/questions`, {
            body,
          }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['evaluation-questions', evaluationId] });
      onChanged?.();
    },
  });
}

export function useDeleteQuestion(evaluationId: string, onChanged?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      request<void>('DELETE', `/api/v1/evaluations/${evaluationId}/questions/${id}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['evaluation-questions', evaluationId] });
      onChanged?.();
    },
  });
}
