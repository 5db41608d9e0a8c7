import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { AcceptObjectionBody, Objection, ObjectionInput, ObjectionStatus } from './types';

export type ObjectionsQuery = { status?: ObjectionStatus | ''; campaign?: string };

/** Objections the caller may see: an expert's on their evaluations, an organization's own. */
export function getObjections(query: ObjectionsQuery) {
  return request<Objection[] | { items: Objection[] }>('GET', '/api/v1/objections', {
    query: { ...query, size: 200 },
  }).then(asList);
}

export function getEvaluationObjections(evaluationId: string) {
  return request<Objection[] | { items: Objection[] }>(
    'GET',
    `/api/v1/evaluations/${evaluationId}/objections`,
  ).then(asList);
}

/** The contract lists objections as a plain array; a page is accepted as well. */
function asList(body: Objection[] | { items: Objection[] }): Objection[] {
  return Array.isArray(body) ? body : body.items;
}

export function useObjections(query: ObjectionsQuery) {
  return useQuery(
    queryOptions({ queryKey: ['objections', query], queryFn: () => getObjections(query) }),
  );
}

export function useEvaluationObjections(evaluationId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['evaluation-objections', evaluationId],
      queryFn: () => getEvaluationObjections(evaluationId),
    }),
  );
}

export function useCreateObjection(evaluationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ObjectionInput) =>
      request<Objection>('POST', `/api/v1/evaluations/${evaluationId}/objections`, { body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['evaluation-objections', evaluationId] });
      void queryClient.invalidateQueries({ queryKey: ['objections'] });
    },
  });
}

export type Resolution =
  | { kind: 'accept'; body: AcceptObjectionBody }
  | { kind: 'reject'; body: { version: number; reason: string } };

/** The expert's answer to an objection: accept (the value changes) or reject, both with a reason. */
export function useResolveObjection(objection: Objection) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resolution: Resolution) =>
      request<Objection>('POST', `/api/v1/objections/${objection.id}/${resolution.kind}`, {
        body: resolution.body,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['objections'] });
      void queryClient.invalidateQueries({
        queryKey: ['evaluation-objections', objection.evaluationId],
      });
      void queryClient.invalidateQueries({ queryKey: ['evaluation', objection.evaluationId] });
    },
  });
}
