import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { ApiQuery, ApiResponse, Complete } from '@/lib/api-types';

export type Organization = Complete<ApiResponse<'/api/v1/organizations/{id}', 'get'>>;
export type OrganizationsQuery = ApiQuery<'/api/v1/organizations', 'get'>;

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
