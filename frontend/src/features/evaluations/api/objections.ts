import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';

import type {
  AcceptObjectionBody,
  Objection,
  ObjectionInput,
  ObjectionsQuery,
  RejectObjectionBody,
} from './schema';

/** A page of the objections the caller may see: an expert's on their evaluations, an organization's own. */
export function getObjections(query: ObjectionsQuery) {
  return unwrap(api.GET('/api/v1/objections', { params: { query: compact(query) } }));
}

export function getEvaluationObjections(id: string) {
  return unwrap(api.GET('/api/v1/evaluations/{id}/objections', { params: { path: { id } } }));
}

export function useObjections(query: ObjectionsQuery) {
  return useQuery(
    queryOptions({
      queryKey: ['objections', query],
      queryFn: () => getObjections(query),
      placeholderData: keepPreviousData,
    }),
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
      unwrap(
        api.POST('/api/v1/evaluations/{id}/objections', {
          params: { path: { id: evaluationId } },
          body,
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['evaluation-objections', evaluationId] });
      void queryClient.invalidateQueries({ queryKey: ['objections'] });
    },
  });
}

export function acceptObjection(id: string, body: AcceptObjectionBody) {
  return unwrap(api.POST('/api/v1/objections/{id}/accept', { params: { path: { id } }, body }));
}

export function rejectObjection(id: string, body: RejectObjectionBody) {
  return unwrap(api.POST('/api/v1/objections/{id}/reject', { params: { path: { id } }, body }));
}

/**
 * The expert's answer to an objection: accept (the value changes) or reject, both with a reason. A
 * rejection sends only the version and the reason.
 */
export function useResolveObjection(objection: Objection, accept: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, reason, ...change }: AcceptObjectionBody) =>
      accept
        ? acceptObjection(objection.id, { version, reason, ...change })
        : rejectObjection(objection.id, { version, reason }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['objections'] });
      void queryClient.invalidateQueries({
        queryKey: ['evaluation-objections', objection.evaluationId],
      });
      void queryClient.invalidateQueries({ queryKey: ['evaluation', objection.evaluationId] });
    },
  });
}
