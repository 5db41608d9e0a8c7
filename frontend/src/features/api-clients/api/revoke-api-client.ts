import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function revokeApiClient(id: string) {
  return unwrap(api.POST('/api/v1/api-clients/{id}/revoke', { params: { path: { id } } }));
}

export function useRevokeApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiClient,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['api-clients'] }),
  });
}
