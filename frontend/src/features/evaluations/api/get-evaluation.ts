import { queryOptions, useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { Evaluation } from './types';

export function getEvaluation(id: string) {
  return request<Evaluation>('GET', `/api/v1/evaluations/${id}`);
}

export const evaluationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['evaluation', id], queryFn: () => getEvaluation(id) });

export function useEvaluation(id: string, enabled = true) {
  return useQuery({ ...evaluationQueryOptions(id), enabled });
}
