import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody } from '@/lib/api-types';

export type CreateApiClientInput = ApiBody<'/api/v1/api-clients', 'post'>;

/** Registers a machine client; the answer holds its key, which the server never shows again. */
export function createApiClient(body: CreateApiClientInput) {
  return unwrap(api.POST('/api/v1/api-clients', { body }));
}

export type IssuedApiKey = Awaited<ReturnType<typeof createApiClient>>;

export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiClient,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['api-clients'] }),
  });
}
