import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { AssignmentRole, AssignmentRow, EvaluationStatus, Page } from './types';

export type AssignmentsQuery = {
  campaign?: string;
  expert?: string;
  municipality?: string;
  status?: EvaluationStatus | '';
  role?: AssignmentRole | '';
  overdue?: boolean;
  page?: number;
  size?: number;
};

export function getAssignments(query: AssignmentsQuery) {
  return request<Page<AssignmentRow>>('GET', '/api/v1/assignments', { query });
}

export function useAssignments(query: AssignmentsQuery) {
  return useQuery({
    queryKey: ['assignments', query],
    queryFn: () => getAssignments(query),
    placeholderData: keepPreviousData,
  });
}

export function reassign(evaluationId: string, body: { expertId: string; version: number }) {
  return request<AssignmentRow>('PUT', `/api/v1/assignments/${encodeURIComponent(evaluationId)}`, {
    body,
  });
}

/** Hands one evaluation (DRAFT or RETURNED) to another expert of the campaign. */
export function useReassign(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      evaluationId,
      ...body
    }: {
      evaluationId: string;
      expertId: string;
      version: number;
    }) => reassign(evaluationId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
      void queryClient.invalidateQueries({ queryKey: ['campaign-progress', campaignId] });
    },
  });
}
