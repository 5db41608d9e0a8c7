import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { CriteriaSetStatus, CriteriaSetSummary, Page } from './types';

export type CriteriaSetsQuery = { status?: CriteriaSetStatus; page?: number; size?: number };

export function getCriteriaSets(query: CriteriaSetsQuery) {
  return request<Page<CriteriaSetSummary>>('GET', '/api/v1/criteria-sets', { query });
}

export const criteriaSetsQueryOptions = (query: CriteriaSetsQuery) =>
  queryOptions({
    queryKey: ['criteria-sets', query],
    queryFn: () => getCriteriaSets(query),
    placeholderData: keepPreviousData,
  });

export function useCriteriaSets(query: CriteriaSetsQuery) {
  return useQuery(criteriaSetsQueryOptions(query));
}
