import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { CampaignExpertsRequest, CampaignRequest } from './schema';

export function createCampaign(body: CampaignRequest) {
  return unwrap(api.POST('/api/v1/campaigns', { body }));
}

export function setCampaignExperts(id: string, body: CampaignExpertsRequest) {
  return unwrap(api.PUT('/api/v1/campaigns/{id}/experts', { params: { path: { id } }, body }));
}

export function assignCampaign(id: string) {
  return unwrap(api.POST('/api/v1/campaigns/{id}/assign', { params: { path: { id } } }));
}

/** Runs the automatic assignment again (new scoped accounts, new experts). */
export function useAssignCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => assignCampaign(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['campaign', id] });
      void queryClient.invalidateQueries({ queryKey: ['campaign-progress', id] });
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
    },
  });
}
