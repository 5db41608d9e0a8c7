import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { setSession } from '@/lib/session';

/** Revokes the refresh cookie on the server; the in-memory token is dropped whatever the answer. */
export async function logout() {
  try {
    await api.POST('/api/v1/auth/logout');
  } finally {
    setSession(null);
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: logout, onSettled: () => queryClient.clear() });
}
