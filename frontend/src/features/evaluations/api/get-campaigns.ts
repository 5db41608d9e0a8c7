import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** The campaigns the caller may see (an expert: the ones they take part in), for list filters. */
export function getVisibleCampaigns() {
  return unwrap(api.GET('/api/v1/campaigns', { params: { query: { size: 200 } } }));
}

export function useVisibleCampaigns() {
  return useQuery(
    queryOptions({ queryKey: ['campaigns', 'visible'], queryFn: getVisibleCampaigns }),
  );
}
