import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { ApiQuery, ApiResponse, Complete } from '@/lib/api-types';

export type User = Complete<ApiResponse<'/api/v1/users/{id}', 'get'>>;
export type UsersQuery = ApiQuery<'/api/v1/users', 'get'>;

export function getUsers(query: UsersQuery) {
  return unwrap(api.GET('/api/v1/users', { params: { query: compact(query) } }));
}

export const usersQueryOptions = (query: UsersQuery) =>
  queryOptions({
    queryKey: ['users', query],
    queryFn: () => getUsers(query),
    placeholderData: keepPreviousData,
  });

export function useUsers(query: UsersQuery) {
  return useQuery(usersQueryOptions(query));
}
