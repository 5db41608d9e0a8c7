import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** An account's published evaluations, oldest first: the card's chart and per-criterion history. */
export function getTimeline(accountId: string) {
  return unwrap(
    api.GET('/api/v1/evaluations/timeline', { params: { query: { account: accountId } } }),
  );
}

export function useTimeline(accountId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['evaluation-timeline', accountId],
      queryFn: () => getTimeline(accountId),
    }),
  );
}
