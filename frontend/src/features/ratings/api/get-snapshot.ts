import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

import { ratingKeys } from './get-rated-campaigns';

export type Snapshot = Complete<ApiResponse<'/api/v1/ratings/snapshots/{id}', 'get'>>;

/** One snapshot revision: methodology, rules, comparison, changelog and criterion statistics. */
export function useSnapshot(id: string | undefined) {
  return useQuery({
    queryKey: ratingKeys.snapshot(id ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/ratings/snapshots/{id}', { params: { path: { id: id ?? '' } } }),
      ) as Promise<Snapshot>,
    enabled: !!id,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
