import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/types/api.gen';

export type Organization = components['schemas']['OrganizationResponse'];
export type OrganizationsQuery = NonNullable<
  paths['/api/v1/organizations']['get']['parameters']['query']
>;

export function getOrganizations(query: OrganizationsQuery) {
  return unwrap(api.GET('/api/v1/organizations', { params: { query: compact(query) } }));
}

export const organizationsQueryOptions = (query: OrganizationsQuery) =>
  queryOptions({
    queryKey: ['organizations', query],
    queryFn: () => getOrganizations(query),
    placeholderData: keepPreviousData,
  });

export function useOrganizations(query: OrganizationsQuery, enabled = true) {
  return useQuery({ ...organizationsQueryOptions(query), enabled });
}
