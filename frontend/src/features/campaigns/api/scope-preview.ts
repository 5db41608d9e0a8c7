import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { CampaignScope } from './schema';

export function previewScope(scope: CampaignScope) {
  return unwrap(api.POST('/api/v1/campaigns/scope-preview', { body: { scope } }));
}

/** The live count of accounts a scope selects; the previous figure stays while the next one loads. */
export function useScopePreview(scope: CampaignScope) {
  return useQuery({
    queryKey: ['scope-preview', scope],
    queryFn: () => previewScope(scope),
    placeholderData: keepPreviousData,
  });
}
