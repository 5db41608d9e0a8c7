import { useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { AgreementReport } from './types';

export function getAgreement(campaignId: string) {
  return request<AgreementReport>(
    'GET',
    `/api/v1/campaigns/${encodeURIComponent(campaignId)}/agreement`,
  );
}

export function useAgreement(campaignId: string) {
  return useQuery({ queryKey: ['agreement', campaignId], queryFn: () => getAgreement(campaignId) });
}
