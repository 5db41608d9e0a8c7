import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { ApiError } from '@/lib/problem';

import { request } from './request';
import type { Campaign, CriteriaSetOption, ExpertCandidate, Page } from './types';

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
  /** true when the list comes from earlier campaigns (the users list is the administrator's) */
  fromCampaigns: boolean;
};

/**
 * Active users with the EXPERT role, for the campaign's expert list. The users API answers
 * administrators only; a coordinator gets the experts of the campaigns they can see instead (the
 * server still checks, when the experts are set, that each one is an active expert).
 */
export function useExpertCandidates() {
  return useQuery({
    queryKey: ['expert-candidates'],
    queryFn: async (): Promise<ExpertCandidates> => {
      try {
        const page = await unwrap(
          api.GET('/api/v1/users', {
            params: { query: { role: 'EXPERT', active: true, size: 200 } },
          }),
        );
        return {
          fromCampaigns: false,
          experts: page.items.map((user) => ({
            id: user.id,
            fullName: user.fullName,
            email: user.email,
            active: user.active,
          })),
        };
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 403) throw error;
      }
      const campaigns = await request<Page<Campaign>>('GET', '/api/v1/campaigns', {
        query: { size: 200 },
      });
      const byId = new Map<string, ExpertCandidate>();
      for (const campaign of campaigns.items) {
        for (const expert of campaign.experts) {
          byId.set(expert.userId, {
            id: expert.userId,
            fullName: expert.fullName,
            email: expert.email,
            active: true,
          });
        }
      }
      return {
        fromCampaigns: true,
        experts: [...byId.values()].sort((a, b) => a.fullName.localeCompare(b.fullName)),
      };
    },
    staleTime: 60_000,
  });
}
