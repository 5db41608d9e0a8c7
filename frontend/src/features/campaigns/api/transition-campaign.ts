import { useMutation, useQueryClient } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { Campaign, Stage } from './types';

export function transitionCampaign(id: string, body: { to: Stage; version: number }) {
  return request<Campaign>('POST', `/api/v1/campaigns/${encodeURIComponent(id)}/transition`, {
    body,
  });
}

/** Moves the campaign one stage forward; the server checks the stage's conditions (409 otherwise). */
export function useTransitionCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { to: Stage; version: number }) => transitionCampaign(id, body),
    onSuccess: (campaign) => {
      queryClient.setQueryData(['campaign', id], campaign);
      void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      void queryClient.invalidateQueries({ queryKey: ['campaign-progress', id] });
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
    },
  });
}
