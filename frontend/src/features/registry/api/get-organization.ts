import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function getOrganization(id: string) {
  return unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }));
}

export const organizationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['organization', id], queryFn: () => getOrganization(id) });

export function useOrganization(id: string) {
  return useQuery(organizationQueryOptions(id));
}
