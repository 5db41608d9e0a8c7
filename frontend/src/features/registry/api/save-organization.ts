import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody } from '@/lib/api-types';

export type CreateOrganizationInput = ApiBody<'/api/v1/organizations', 'post'>;
export type UpdateOrganizationInput = ApiBody<'/api/v1/organizations/{id}', 'put'>;

export function createOrganization(body: CreateOrganizationInput) {
  return unwrap(api.POST('/api/v1/organizations', { body }));
}

export function updateOrganization(id: string, body: UpdateOrganizationInput) {
  return unwrap(api.PUT('/api/v1/organizations/{id}', { params: { path: { id } }, body }));
}

/** Creates when no id is given, otherwise updates with optimistic locking (`version`). */
export function useSaveOrganization(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ values, version }: { values: CreateOrganizationInput; version?: number }) =>
      id && version !== undefined
        ? updateOrganization(id, { ...values, version })
        : createOrganization(values),
    onSuccess: (saved) => {
      queryClient.setQueryData(['organization', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}
