import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';

import type { CampaignsQuery } from './schema';

export function getCampaigns(query: CampaignsQuery) {
  return unwrap(api.GET('/api/v1/campaigns', { params: { query: compact(query) } }));
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
