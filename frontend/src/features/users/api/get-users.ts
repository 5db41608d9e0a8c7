import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/types/api.gen';

export type User = components['schemas']['UserResponse'];
export type UsersQuery = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;

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
