import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody, ApiResponse, Complete } from '@/lib/api-types';

export type EffectCampaign = Complete<ApiResponse<'/api/v1/training/effect', 'get'>>[number];
export type Effect = Complete<ApiResponse<'/api/v1/training/effect/campaigns/{campaignId}', 'get'>>;
export type EffectGroup = Effect['graduates'];
export type EffectRevision = Complete<
  ApiResponse<'/api/v1/training/effect/campaigns/{campaignId}/revisions', 'get'>
>[number];
export type FigureChange = EffectRevision['changes']['figures'][number];
export type AccountChange = EffectRevision['changes']['accounts'][number];
export type RecomputeBody = ApiBody<
  '/api/v1/training/effect/campaigns/{campaignId}/revisions',
  'post'
>;

export const effectKeys = {
  campaigns: () => ['training', 'effect'] as const,
  campaign: (id: string) => ['training', 'effect', id] as const,
  revisions: (id: string) => ['training', 'effect', id, 'revisions'] as const,
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

/** Every revision of a campaign's training effect, newest first, with its reason and changelog (public). */
export function useEffectRevisions(campaignId: string | null) {
  return useQuery({
    queryKey: effectKeys.revisions(campaignId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training/effect/campaigns/{campaignId}/revisions', {
          params: { path: { campaignId: campaignId ?? '' } },
        }),
      ),
    enabled: !!campaignId,
  });
}

/** A coordinator's recompute: the next revision with its reason; the answer carries its changelog. */
export function useRecomputeEffect(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecomputeBody) =>
      unwrap(
        api.POST('/api/v1/training/effect/campaigns/{campaignId}/revisions', {
          params: { path: { campaignId } },
          body,
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: effectKeys.campaigns() }),
  });
}
