import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { request } from '@/lib/api-request';

import type { CriteriaSetOption, ExpertCandidate, Page } from './types';

/** Approved criteria sets: the only ones a campaign may use. */
export function useApprovedCriteriaSets() {
  return useQuery({
    queryKey: ['criteria-sets', { status: 'APPROVED', size: 200 }],
    queryFn: () =>
      request<Page<CriteriaSetOption>>('GET', '/api/v1/criteria-sets', {
        query: { status: 'APPROVED', size: 200 },
      }),
  });
}

export type ExpertCandidates = {
  experts: ExpertCandidate[];
  /** kept for the wizard's hint; the list now always comes from the server's expert list */
  fromCampaigns: boolean;
};

/** Active users with the EXPERT role (GET /api/v1/campaigns/experts), for the campaign's expert list. */
export function useExpertCandidates() {
  return useQuery({
    queryKey: ['expert-candidates'],
    queryFn: async (): Promise<ExpertCandidates> => {
      const experts = await unwrap(api.GET('/api/v1/campaigns/experts'));
      return {
        fromCampaigns: false,
        experts: experts.map((expert) => ({
          id: expert.id,
          fullName: expert.fullName,
          email: expert.email,
          active: true,
        })),
      };
    },
    staleTime: 60_000,
  });
}
