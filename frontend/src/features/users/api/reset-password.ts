import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function resetPassword(id: string, password: string) {
  return unwrap(
    api.POST('/api/v1/users/{id}/password', { params: { path: { id } }, body: { password } }),
  );
}

export function useResetPassword(id: string) {
  return useMutation({ mutationFn: (password: string) => resetPassword(id, password) });
}
