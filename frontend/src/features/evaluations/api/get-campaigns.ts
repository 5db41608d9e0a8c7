import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/**
 * The campaigns the caller may see (an expert: the ones they take part in) whose title or period contain
 * `q`, 20 at a time, for list filters: the server searches, so every campaign can be found by typing.
 */
export function getVisibleCampaigns(q: string) {
  return unwrap(
    api.GET('/api/v1/campaigns', { params: { query: { size: 20, ...(q ? { q } : {}) } } }),
  );
}

export function useVisibleCampaigns(q: string) {
  return useQuery({
    queryKey: ['campaigns', 'visible', q],
    queryFn: () => getVisibleCampaigns(q),
    placeholderData: keepPreviousData,
  });
}

/** One campaign the caller may see (none for an empty id): the label of a filter taken from the address. */
export function useVisibleCampaign(id: string) {
  return useQuery({
    queryKey: ['campaigns', 'visible', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}
