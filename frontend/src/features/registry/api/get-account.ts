import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function getAccount(id: string) {
  return unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id } } }));
}

export const organizationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['account', id], queryFn: () => getAccount(id) });

export function useAccount(id: string) {
  return useQuery(organizationQueryOptions(id));
}
