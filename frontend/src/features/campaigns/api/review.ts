import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { Evaluation, ReconcileRequest, ReturnRequest } from './schema';

export function useEvaluation(id: string | null) {
  return useQuery({
    queryKey: ['evaluation', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/evaluations/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
  });
}

/** Both evaluations of a doubly evaluated account and the criteria where they differ. */
export function useEvaluationPair(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['evaluation-pair', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/evaluations/{id}/pair', { params: { path: { id: id ?? '' } } })),
    enabled: !!id && enabled,
  });
}

function useAfterReview() {
  const queryClient = useQueryClient();
  return (saved: Evaluation) => {
    queryClient.setQueryData(['evaluation', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: ['evaluation-pair'] });
    void queryClient.invalidateQueries({ queryKey: ['assignments'] });
    void queryClient.invalidateQueries({ queryKey: ['campaign-progress', saved.campaign.id] });
  };
}

export function useApproveEvaluation() {
  const after = useAfterReview();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.POST('/api/v1/evaluations/{id}/approve', {
          params: { path: { id } },
          body: { version },
        }),
      ),
    onSuccess: after,
  });
}

export function useReturnEvaluation() {
  const after = useAfterReview();
  return useMutation({
    mutationFn: ({ id, ...body }: ReturnRequest & { id: string }) =>
      unwrap(api.POST('/api/v1/evaluations/{id}/return', { params: { path: { id } }, body })),
    onSuccess: after,
  });
}

export function useReconcileEvaluation() {
  const after = useAfterReview();
  return useMutation({
    mutationFn: ({ id, ...body }: ReconcileRequest & { id: string }) =>
      unwrap(api.POST('/api/v1/evaluations/{id}/reconcile', { params: { path: { id } }, body })),
    onSuccess: after,
  });
}
