import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { Evaluation, EvaluationPair, ReconcileAnswer } from './types';

const base = (id: string) => `/api/v1/evaluations/${encodeURIComponent(id)}`;

export function useEvaluation(id: string | null) {
  return useQuery({
    queryKey: ['evaluation', id],
    queryFn: () => request<Evaluation>('GET', base(id ?? '')),
    enabled: !!id,
  });
}

/** Both evaluations of a doubly evaluated account and the criteria where they differ. */
export function useEvaluationPair(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['evaluation-pair', id],
    queryFn: () => request<EvaluationPair>('GET', `${base(id ?? '')}/pair`),
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
      request<Evaluation>('POST', `${base(id)}/approve`, { body: { version } }),
    onSuccess: after,
  });
}

export function useReturnEvaluation() {
  const after = useAfterReview();
  return useMutation({
    mutationFn: ({ id, version, comment }: { id: string; version: number; comment: string }) =>
      request<Evaluation>('POST', `${base(id)}/return`, { body: { version, comment } }),
    onSuccess: after,
  });
}

export function useReconcileEvaluation() {
  const after = useAfterReview();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      comment: string;
      answers: ReconcileAnswer[];
    }) => request<Evaluation>('POST', `${base(id)}/reconcile`, { body }),
    onSuccess: after,
  });
}
