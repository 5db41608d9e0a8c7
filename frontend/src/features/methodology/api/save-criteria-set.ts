import { useMutation, useQueryClient } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { CriteriaSet, CriteriaSetInput } from './types';

export function createCriteriaSet(body: CriteriaSetInput) {
  return request<CriteriaSet>('POST', '/api/v1/criteria-sets', { body });
}

export function updateCriteriaSet(id: string, body: CriteriaSetInput & { version: number }) {
  return request<CriteriaSet>('PUT', `/api/v1/criteria-sets/${encodeURIComponent(id)}`, { body });
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
