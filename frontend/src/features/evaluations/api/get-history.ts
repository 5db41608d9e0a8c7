import { queryOptions, useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { EvaluationHistory } from './types';

export function getEvaluationHistory(id: string) {
  return request<EvaluationHistory>('GET', `/api/v1/evaluations/${id}/history`);
}

export function useEvaluationHistory(id: string) {
  return useQuery(
    queryOptions({
      queryKey: ['evaluation-history', id],
      queryFn: () => getEvaluationHistory(id),
    }),
  );
}
