import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

export type ApiClient = Complete<ApiResponse<'/api/v1/api-clients', 'get'>>[number];

export function getApiClients() {
  return unwrap(api.GET('/api/v1/api-clients'));
}

export const apiClientsQueryOptions = () =>
  queryOptions({ queryKey: ['api-clients'], queryFn: getApiClients });

export function useApiClients() {
  return useQuery(apiClientsQueryOptions());
}
