import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';

import type { AssignmentsQuery, ReassignRequest } from './schema';

export function getAssignments(query: AssignmentsQuery) {
  return unwrap(api.GET('/api/v1/assignments', { params: { query: compact(query) } }));
}

export function useAssignments(query: AssignmentsQuery) {
  return useQuery({
    queryKey: ['assignments', query],
    queryFn: () => getAssignments(query),
    placeholderData: keepPreviousData,
  });
}

export function reassign(evaluationId: string, body: ReassignRequest) {
  return unwrap(
    api.PUT('/api/v1/assignments/{evaluationId}', { params: { path: { evaluationId } }, body }),
  );
}

/** Hands one evaluation (DRAFT or RETURNED) to another expert of the campaign. */
export function useReassign(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ evaluationId, ...body }: ReassignRequest & { evaluationId: string }) =>
      reassign(evaluationId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
      void queryClient.invalidateQueries({ queryKey: ['campaign-progress', campaignId] });
    },
  });
}
