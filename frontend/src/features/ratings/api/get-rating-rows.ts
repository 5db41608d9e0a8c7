import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { ApiQuery, ApiResponse, Complete } from '@/lib/api-types';

import { ratingKeys } from './get-rated-campaigns';

export type RatingRowsQuery = ApiQuery<'/api/v1/ratings/snapshots/{id}/rows', 'get'>;
export type RatingRowsPage = Complete<ApiResponse<'/api/v1/ratings/snapshots/{id}/rows', 'get'>>;
export type RatingRow = RatingRowsPage['items'][number];

function getRows(id: string, query: RatingRowsQuery) {
  return unwrap(
    api.GET('/api/v1/ratings/snapshots/{id}/rows', {
      params: { path: { id }, query: compact(query) },
    }),
  ) as Promise<RatingRowsPage>;
}

/** One page of a snapshot's rating at a level, in a peer group, filtered and sorted. */
export function useRatingRows(id: string | undefined, query: RatingRowsQuery) {
  return useQuery({
    queryKey: ratingKeys.rows(id ?? '', query),
    queryFn: () => getRows(id ?? '', query),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });
}

const MAX_PAGE = 200;

/** Every row of a rating (page after page), for charts that show the whole distribution. */
export function useAllRatingRows(
  id: string | undefined,
  query: Omit<RatingRowsQuery, 'page' | 'size'>,
) {
  return useQuery({
    queryKey: ratingKeys.allRows(id ?? '', query),
    queryFn: async () => {
      const rows: RatingRow[] = [];
      for (let page = 0; ; page += 1) {
        const result = await getRows(id ?? '', { ...query, page, size: MAX_PAGE });
        rows.push(...result.items);
        if (result.items.length < MAX_PAGE || rows.length >= result.total) return rows;
      }
    },
    enabled: !!id,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
