import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function getEvaluationHistory(id: string) {
  return unwrap(api.GET('/api/v1/evaluations/{id}/history', { params: { path: { id } } }));
}

export function useEvaluationHistory(id: string) {
  return useQuery(
    queryOptions({
      queryKey: ['evaluation-history', id],
      queryFn: () => getEvaluationHistory(id),
    }),
  );
}
