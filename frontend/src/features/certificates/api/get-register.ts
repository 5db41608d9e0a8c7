import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

import { certificateKeys, type RegisterQuery } from './certificate-keys';

export type RegisterEntry = Complete<
  ApiResponse<'/api/v1/certificates/register', 'get'>
>['items'][number];

export function getRegister(query: RegisterQuery) {
  return unwrap(api.GET('/api/v1/certificates/register', { params: { query: compact(query) } }));
}

export const registerQueryOptions = (query: RegisterQuery) =>
  queryOptions({
    queryKey: certificateKeys.register(query),
    queryFn: () => getRegister(query),
    placeholderData: keepPreviousData,
  });

export function useRegister(query: RegisterQuery) {
  return useQuery(registerQueryOptions(query));
}
