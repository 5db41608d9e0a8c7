import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody } from '@/lib/api-types';

export type CreateAccountInput = ApiBody<'/api/v1/accounts', 'post'>;
export type UpdateAccountInput = ApiBody<'/api/v1/accounts/{id}', 'put'>;

export function createAccount(body: CreateAccountInput) {
  return unwrap(api.POST('/api/v1/accounts', { body }));
}

export function updateAccount(id: string, body: UpdateAccountInput) {
  return unwrap(api.PUT('/api/v1/accounts/{id}', { params: { path: { id } }, body }));
}

/** Creates when no id is given, otherwise updates with optimistic locking (`version`). */
export function useSaveAccount(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ values, version }: { values: CreateAccountInput; version?: number }) =>
      id && version !== undefined
        ? updateAccount(id, { ...values, version })
        : createAccount(values),
    onSuccess: (saved) => {
      queryClient.setQueryData(['account', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['accounts'] });
      void queryClient.invalidateQueries({ queryKey: ['organization', saved.organization.id] });
    },
  });
}
