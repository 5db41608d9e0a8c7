import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { Campaign, Page, Stage } from './types';

export type CampaignsQuery = { stage?: Stage | ''; page?: number; size?: number };

export function getCampaigns(query: CampaignsQuery) {
  return request<Page<Campaign>>('GET', '/api/v1/campaigns', { query });
}

export const campaignsQueryOptions = (query: CampaignsQuery) =>
  queryOptions({
    queryKey: ['campaigns', query],
    queryFn: () => getCampaigns(query),
    placeholderData: keepPreviousData,
  });

export function useCampaigns(query: CampaignsQuery) {
  return useQuery(campaignsQueryOptions(query));
}
