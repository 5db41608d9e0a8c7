import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { CriteriaSetInput, CriteriaSetUpdate } from './schema';

export function createCriteriaSet(body: CriteriaSetInput) {
  return unwrap(api.POST('/api/v1/criteria-sets', { body }));
}

export function updateCriteriaSet(id: string, body: CriteriaSetUpdate) {
  return unwrap(api.PUT('/api/v1/criteria-sets/{id}', { params: { path: { id } }, body }));
}

/** Creates a new draft family when no id is given; otherwise replaces the draft (optimistic locking). */
export function useSaveCriteriaSet(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ values, version }: { values: CriteriaSetInput; version?: number }) =>
      id && version !== undefined
        ? updateCriteriaSet(id, { ...values, version })
        : createCriteriaSet(values),
    onSuccess: (saved) => {
      queryClient.setQueryData(['criteria-set', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['criteria-sets'] });
    },
  });
}
