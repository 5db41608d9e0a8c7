import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function getCampaign(id: string) {
  return unwrap(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } }));
}

export const campaignQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['campaign', id], queryFn: () => getCampaign(id) });

export function useCampaign(id: string) {
  return useQuery(campaignQueryOptions(id));
}

export function getProgress(id: string) {
  return unwrap(api.GET('/api/v1/campaigns/{id}/progress', { params: { path: { id } } }));
}

/** The dashboard's figures; refreshed every half minute while the dashboard is open. */
export function useProgress(id: string) {
  return useQuery({
    queryKey: ['campaign-progress', id],
    queryFn: () => getProgress(id),
    refetchInterval: 30_000,
  });
}
