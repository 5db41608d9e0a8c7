import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export type ArchiveAction = 'archive' | 'restore';

export function archiveOrganization(id: string, action: ArchiveAction, version: number) {
  const options = { params: { path: { id } }, body: { version } };
  return unwrap(
    action === 'archive'
      ? api.POST('/api/v1/organizations/{id}/archive', options)
      : api.POST('/api/v1/organizations/{id}/restore', options),
  );
}

export function useArchiveOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version }: { action: ArchiveAction; version: number }) =>
      archiveOrganization(id, action, version),
    onSuccess: (saved) => {
      queryClient.setQueryData(['organization', id], saved);
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
      void queryClient.invalidateQueries({ queryKey: ['accounts'] });
    },
  });
}
