import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** Approved criteria sets: the only ones a campaign may use. */
export function useApprovedCriteriaSets() {
  const query = { status: 'APPROVED', size: 200 } as const;
  return useQuery({
    queryKey: ['criteria-sets', query],
    queryFn: () => unwrap(api.GET('/api/v1/criteria-sets', { params: { query } })),
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
