import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function getEvaluation(id: string) {
  return unwrap(api.GET('/api/v1/evaluations/{id}', { params: { path: { id } } }));
}

export const evaluationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['evaluation', id], queryFn: () => getEvaluation(id) });

export function useEvaluation(id: string, enabled = true) {
  return useQuery({ ...evaluationQueryOptions(id), enabled });
}
