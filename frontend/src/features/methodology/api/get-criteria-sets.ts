import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';

import type { CriteriaSetsQuery } from './schema';

export function getCriteriaSets(query: CriteriaSetsQuery) {
  return unwrap(api.GET('/api/v1/criteria-sets', { params: { query: compact(query) } }));
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
