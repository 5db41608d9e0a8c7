import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

import { ratingKeys } from './get-rated-campaigns';

export type PublishedEvaluation = Complete<
  ApiResponse<'/api/v1/evaluations', 'get'>
>['items'][number];
export type TimelineEntry = Complete<ApiResponse<'/api/v1/evaluations/timeline', 'get'>>[number];

/** A page of an organization's published evaluations in one campaign: its accounts with their indexes. */
export function useOrganizationEvaluations(
  organization: string,
  campaign: string | undefined,
  paging: { page: number; size: number },
) {
  return useQuery({
    queryKey: [...ratingKeys.evaluations(organization, campaign ?? ''), paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/evaluations', {
          params: { query: { organization, campaign, status: 'PUBLISHED', ...paging } },
        }),
      ) as Promise<{ items: PublishedEvaluation[]; total: number; totalIsLowerBound?: boolean }>,
    enabled: !!campaign,
    placeholderData: keepPreviousData,
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
