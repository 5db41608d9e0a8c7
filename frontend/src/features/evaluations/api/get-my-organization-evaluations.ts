import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** The evaluations of the caller's organization that it may see (right of reply onwards). */
export function getMyOrganizationEvaluations() {
  return unwrap(api.GET('/api/v1/my-organization/evaluations'));
}

export function useMyOrganizationEvaluations() {
  return useQuery(
    queryOptions({
      queryKey: ['my-organization-evaluations'],
      queryFn: getMyOrganizationEvaluations,
    }),
  );
}
