import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { request } from './request';
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

/** Active users with the EXPERT role, for the campaign's expert list. */
export function useExpertCandidates() {
  return useQuery({
    queryKey: ['users', { role: 'EXPERT', active: true, size: 200 }],
    queryFn: async (): Promise<ExpertCandidate[]> => {
      const page = await unwrap(
        api.GET('/api/v1/users', {
          params: { query: { role: 'EXPERT', active: true, size: 200 } },
        }),
      );
      return page.items.map((user) => ({
        id: user.id,
        fullName: user.fullName,
        email: user.email,
        active: user.active,
      }));
    },
    staleTime: 60_000,
  });
}
