import { queryOptions, useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { CampaignRef, Page } from './types';

/** The campaigns the caller may see (an expert: the ones they take part in), for list filters. */
export function getVisibleCampaigns() {
  return request<Page<CampaignRef>>('GET', '/api/v1/campaigns', { query: { size: 200 } });
}

export function useVisibleCampaigns() {
  return useQuery(
    queryOptions({ queryKey: ['campaigns', 'visible'], queryFn: getVisibleCampaigns }),
  );
}
