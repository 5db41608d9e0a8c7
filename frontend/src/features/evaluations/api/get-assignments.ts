import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { AssignmentRow, Page } from './types';

export type AssignmentsQuery = {
  mine?: boolean;
  campaign?: string;
  status?: string;
  page?: number;
  size?: number;
};

export function getAssignments(query: AssignmentsQuery) {
  return request<Page<AssignmentRow>>('GET', '/api/v1/assignments', { query });
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
