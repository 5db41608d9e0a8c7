import { queryOptions, useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { CriteriaSet } from './types';

export function getCriteriaSet(id: string) {
  return request<CriteriaSet>('GET', `/api/v1/criteria-sets/${encodeURIComponent(id)}`);
}

export const criteriaSetQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['criteria-set', id], queryFn: () => getCriteriaSet(id) });

export function useCriteriaSet(id: string) {
  return useQuery(criteriaSetQueryOptions(id));
}
