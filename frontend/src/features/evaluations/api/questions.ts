import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { QuestionInput } from './schema';

export function getQuestions(id: string) {
  return unwrap(api.GET('/api/v1/evaluations/{id}/questions', { params: { path: { id } } }));
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
        ? unwrap(
            api.PUT('/api/v1/evaluations/{id}/questions/{questionId}', {
              params: { path: { id: evaluationId, questionId: id } },
              body,
            }),
          )
        : unwrap(
            api.POST('/api/v1/evaluations/{id}/questions', {
              params: { path: { id: evaluationId } },
              body,
            }),
          ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['evaluation-questions', evaluationId] });
      onChanged?.();
    },
  });
}

export function useDeleteQuestion(evaluationId: string, onChanged?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (questionId: string) =>
      unwrap(
        api.DELETE('/api/v1/evaluations/{id}/questions/{questionId}', {
          params: { path: { id: evaluationId, questionId } },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['evaluation-questions', evaluationId] });
      onChanged?.();
    },
  });
}
