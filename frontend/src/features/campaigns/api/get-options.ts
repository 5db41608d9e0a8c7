import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/**
 * Approved criteria sets (the only ones a campaign may use) whose name contains `q`, 20 at a time: the
 * server searches, so any approved set can be found by typing part of its name.
 */
export function useApprovedCriteriaSets(q: string) {
  const query = { status: 'APPROVED', size: 20, ...(q ? { q } : {}) } as const;
  return useQuery({
    queryKey: ['criteria-sets', query],
    queryFn: () => unwrap(api.GET('/api/v1/criteria-sets', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Active users with the EXPERT role (GET /api/v1/campaigns/experts), for the campaign's expert list. */
export function useExpertCandidates() {
  return useQuery({
    queryKey: ['expert-candidates'],
    queryFn: () => unwrap(api.GET('/api/v1/campaigns/experts')),
    staleTime: 60_000,
  });
}
