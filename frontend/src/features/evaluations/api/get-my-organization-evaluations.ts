import { queryOptions, useQuery } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { EvaluationSummary } from './types';

/** The evaluations of the caller's organization that it may see (right of reply onwards). */
export function getMyOrganizationEvaluations() {
  return request<EvaluationSummary[] | { items: EvaluationSummary[] }>(
    'GET',
    '/api/v1/my-organization/evaluations',
  ).then((body) => (Array.isArray(body) ? body : body.items));
}

export function useMyOrganizationEvaluations() {
  return useQuery(
    queryOptions({
      queryKey: ['my-organization-evaluations'],
      queryFn: getMyOrganizationEvaluations,
    }),
  );
}
