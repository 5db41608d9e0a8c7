import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody } from '@/lib/api-types';

export type CreateUserInput = ApiBody<'/api/v1/users', 'post'>;
export type UpdateUserInput = ApiBody<'/api/v1/users/{id}', 'put'>;

export function createUser(body: CreateUserInput) {
  return unwrap(api.POST('/api/v1/users', { body }));
}

export function updateUser(id: string, body: UpdateUserInput) {
  return unwrap(api.PUT('/api/v1/users/{id}', { params: { path: { id } }, body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserInput) => updateUser(id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
