import { queryOptions, useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { TimelineEntry } from './types';

/** An account's published evaluations, oldest first: the card's chart and per-criterion history. */
export function getTimeline(accountId: string) {
  return request<TimelineEntry[]>('GET', '/api/v1/evaluations/timeline', {
    query: { account: accountId },
  });
}

export function useTimeline(accountId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['evaluation-timeline', accountId],
      queryFn: () => getTimeline(accountId),
    }),
  );
}
