import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function getCriteriaSet(id: string) {
  return unwrap(api.GET('/api/v1/criteria-sets/{id}', { params: { path: { id } } }));
}

export const criteriaSetQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['criteria-set', id], queryFn: () => getCriteriaSet(id) });

export function useCriteriaSet(id: string) {
  return useQuery(criteriaSetQueryOptions(id));
}
