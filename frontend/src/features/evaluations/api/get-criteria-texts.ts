import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function getCriteriaSet(id: string) {
  return unwrap(api.GET('/api/v1/criteria-sets/{id}', { params: { path: { id } } }));
}

/**
 * The how-to-fix texts of a methodology's criteria by criterion id, used to prefill a recommendation
 * the moment a criterion drops below its maximum (the server prefills the same text on save).
 */
export function useRecommendationTexts(criteriaSetId: string | undefined) {
  return useQuery(
    queryOptions({
      queryKey: ['criteria-set', criteriaSetId],
      queryFn: () => getCriteriaSet(criteriaSetId ?? ''),
      enabled: !!criteriaSetId,
      staleTime: Infinity,
      select: (set) =>
        new Map(
          set.criteria
            .filter((criterion) => criterion.recommendation)
            .map((criterion) => [criterion.id, criterion.recommendation]),
        ),
    }),
  );
}
