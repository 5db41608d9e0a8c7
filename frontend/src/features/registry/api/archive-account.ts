import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export type ArchiveAction = 'archive' | 'restore';

export function archiveAccount(id: string, action: ArchiveAction, version: number) {
  const options = { params: { path: { id } }, body: { version } };
  return unwrap(
    action === 'archive'
      ? api.POST('/api/v1/accounts/{id}/archive', options)
      : api.POST('/api/v1/accounts/{id}/restore', options),
  );
}

export function useArchiveAccount(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version }: { action: ArchiveAction; version: number }) =>
      archiveAccount(id, action, version),
    onSuccess: (saved) => {
      queryClient.setQueryData(['account', id], saved);
      void queryClient.invalidateQueries({ queryKey: ['accounts'] });
    },
  });
}
