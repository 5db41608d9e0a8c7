import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { ApiQuery, ApiResponse, Complete } from '@/lib/api-types';

export type AuditEntry = Complete<ApiResponse<'/api/v1/audit', 'get'>>['items'][number];
export type AuditQuery = ApiQuery<'/api/v1/audit', 'get'>;

export function getAudit(query: AuditQuery) {
  return unwrap(api.GET('/api/v1/audit', { params: { query: compact(query) } }));
}

export const auditQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: ['audit', query],
    queryFn: () => getAudit(query),
    placeholderData: keepPreviousData,
  });

export function useAudit(query: AuditQuery) {
  return useQuery(auditQueryOptions(query));
}
