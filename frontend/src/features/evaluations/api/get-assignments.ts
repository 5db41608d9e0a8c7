import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';

import type { AssignmentsQuery } from './schema';

export function getAssignments(query: AssignmentsQuery) {
  return unwrap(api.GET('/api/v1/assignments', { params: { query: compact(query) } }));
}

export const assignmentsQueryOptions = (query: AssignmentsQuery) =>
  queryOptions({
    queryKey: ['assignments', query],
    queryFn: () => getAssignments(query),
    placeholderData: keepPreviousData,
  });

export function useAssignments(query: AssignmentsQuery) {
  return useQuery(assignmentsQueryOptions(query));
}
