import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { ApiQuery, ApiResponse, Complete } from '@/lib/api-types';

export type Account = Complete<ApiResponse<'/api/v1/accounts/{id}', 'get'>>;
export type AccountsQuery = ApiQuery<'/api/v1/accounts', 'get'>;

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
