import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

import { ratingKeys } from './get-rated-campaigns';

export type TrendPoint = Complete<
  ApiResponse<'/api/v1/ratings/organizations/{id}/trend', 'get'>
>[number];

/** An organization's or a municipality's overall rating in every rated campaign, oldest first. */
export function useTrend(level: 'organization' | 'municipality', id: string) {
  return useQuery({
    queryKey: ratingKeys.trend(level, id),
    queryFn: () =>
      (level === 'organization'
        ? unwrap(api.GET('/api/v1/ratings/organizations/{id}/trend', { params: { path: { id } } }))
        : unwrap(
            api.GET('/api/v1/ratings/municipalities/{id}/trend', { params: { path: { id } } }),
          )) as Promise<TrendPoint[]>,
  });
}
