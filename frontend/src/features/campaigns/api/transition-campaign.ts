import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { TransitionRequest } from './schema';

export function transitionCampaign(id: string, body: TransitionRequest) {
  return unwrap(api.POST('/api/v1/campaigns/{id}/transition', { params: { path: { id } }, body }));
}

/** Moves the campaign one stage forward; the server checks the stage's conditions (409 otherwise). */
export function useTransitionCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) => transitionCampaign(id, body),
    onSuccess: (campaign) => {
      queryClient.setQueryData(['campaign', id], campaign);
      void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      void queryClient.invalidateQueries({ queryKey: ['campaign-progress', id] });
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
    },
  });
}
