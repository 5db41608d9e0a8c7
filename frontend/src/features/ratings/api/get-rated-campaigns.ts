import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

export type RatedCampaign = Complete<ApiResponse<'/api/v1/ratings/campaigns', 'get'>>[number];

/** Published campaigns with a rating, newest first, each with its newest snapshot. */
export function useRatedCampaigns() {
  return useQuery({
    queryKey: ratingKeys.campaigns(),
    queryFn: () => unwrap(api.GET('/api/v1/ratings/campaigns')) as Promise<RatedCampaign[]>,
    staleTime: 5 * 60 * 1000,
  });
}

/** The query keys of the ratings feature. */
export const ratingKeys = {
  all: ['ratings'] as const,
  campaigns: () => [...ratingKeys.all, 'campaigns'] as const,
  snapshot: (id: string) => [...ratingKeys.all, 'snapshot', id] as const,
  rows: (id: string, query: object) => [...ratingKeys.all, 'rows', id, query] as const,
  allRows: (id: string, query: object) => [...ratingKeys.all, 'all-rows', id, query] as const,
  trend: (level: 'organization' | 'municipality', id: string) =>
    [...ratingKeys.all, 'trend', level, id] as const,
  evaluations: (organization: string, campaign: string) =>
    [...ratingKeys.all, 'evaluations', organization, campaign] as const,
  timeline: (account: string) => [...ratingKeys.all, 'timeline', account] as const,
};
