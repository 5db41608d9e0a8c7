import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/types/api.gen';

export type Account = components['schemas']['AccountResponse'];
export type AccountsQuery = NonNullable<paths['/api/v1/accounts']['get']['parameters']['query']>;

export function getAccounts(query: AccountsQuery) {
  return unwrap(api.GET('/api/v1/accounts', { params: { query: compact(query) } }));
}

export const accountsQueryOptions = (query: AccountsQuery) =>
  queryOptions({
    queryKey: ['accounts', query],
    queryFn: () => getAccounts(query),
    placeholderData: keepPreviousData,
  });

export function useAccounts(query: AccountsQuery, enabled = true) {
  return useQuery({ ...accountsQueryOptions(query), enabled });
}
