import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

export type EffectCampaign = Complete<ApiResponse<'/api/v1/training/effect', 'get'>>[number];
export type Effect = Complete<ApiResponse<'/api/v1/training/effect/campaigns/{campaignId}', 'get'>>;
export type EffectGroup = Effect['graduates'];

export const effectKeys = {
  campaigns: () => ['training', 'effect'] as const,
  campaign: (id: string) => ['training', 'effect', id] as const,
};

/** Published campaigns with the headline of their training effect, newest period first. */
export function useEffectCampaigns() {
  return useQuery({
    queryKey: effectKeys.campaigns(),
    queryFn: () => unwrap(api.GET('/api/v1/training/effect')),
  });
}

/** The training effect of one published campaign. */
export function useTrainingEffect(campaignId: string | null) {
  return useQuery({
    queryKey: effectKeys.campaign(campaignId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training/effect/campaigns/{campaignId}', {
          params: { path: { campaignId: campaignId ?? '' } },
        }),
      ),
    enabled: !!campaignId,
  });
}
