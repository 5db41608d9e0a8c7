import { useQueries, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

import { ratingKeys } from './get-rated-campaigns';

export type PublishedEvaluation = Complete<
  ApiResponse<'/api/v1/evaluations', 'get'>
>['items'][number];
export type TimelineEntry = Complete<ApiResponse<'/api/v1/evaluations/timeline', 'get'>>[number];

/** An organization's published evaluations in one campaign: its accounts with their indexes. */
export function useOrganizationEvaluations(organization: string, campaign: string | undefined) {
  return useQuery({
    queryKey: ratingKeys.evaluations(organization, campaign ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/evaluations', {
          params: { query: { organization, campaign, status: 'PUBLISHED', size: 200 } },
        }),
      ) as Promise<{ items: PublishedEvaluation[]; total: number }>,
    enabled: !!campaign,
  });
}

/** Each account's published evaluations with their recommendations, oldest first. */
export function useTimelines(accounts: string[]) {
  return useQueries({
    queries: accounts.map((account) => ({
      queryKey: ratingKeys.timeline(account),
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/evaluations/timeline', { params: { query: { account } } }),
        ) as Promise<TimelineEntry[]>,
    })),
  });
}
