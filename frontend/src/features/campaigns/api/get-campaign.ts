import { queryOptions, useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { Campaign, Progress } from './types';

const base = (id: string) => `/api/v1/campaigns/${encodeURIComponent(id)}`;

export function getCampaign(id: string) {
  return request<Campaign>('GET', base(id));
}

export const campaignQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['campaign', id], queryFn: () => getCampaign(id) });

export function useCampaign(id: string) {
  return useQuery(campaignQueryOptions(id));
}

export function getProgress(id: string) {
  return request<Progress>('GET', `${base(id)}/progress`);
}

/** The dashboard's figures; refreshed every half minute while the dashboard is open. */
export function useProgress(id: string) {
  return useQuery({
    queryKey: ['campaign-progress', id],
    queryFn: () => getProgress(id),
    refetchInterval: 30_000,
  });
}
