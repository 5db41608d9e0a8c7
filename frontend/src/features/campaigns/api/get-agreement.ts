import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function getAgreement(id: string) {
  return unwrap(api.GET('/api/v1/campaigns/{id}/agreement', { params: { path: { id } } }));
}

export function useAgreement(campaignId: string) {
  return useQuery({ queryKey: ['agreement', campaignId], queryFn: () => getAgreement(campaignId) });
}
