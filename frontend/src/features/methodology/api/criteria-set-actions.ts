import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { CriteriaSet } from './schema';

export function approveCriteriaSet(id: string, version: number) {
  return unwrap(
    api.POST('/api/v1/criteria-sets/{id}/approve', {
      params: { path: { id } },
      body: { version },
    }),
  );
}

export function newCriteriaSetVersion(id: string) {
  return unwrap(api.POST('/api/v1/criteria-sets/{id}/new-version', { params: { path: { id } } }));
}

/** The version last seen goes along, so a draft someone saved meanwhile is not deleted unseen (409). */
export function deleteCriteriaSet(id: string, version: number) {
  return unwrap(
    api.DELETE('/api/v1/criteria-sets/{id}', { params: { path: { id }, query: { version } } }),
  );
}

function useRefreshAfter() {
  const queryClient = useQueryClient();
  return (saved?: CriteriaSet) => {
    if (saved) queryClient.setQueryData(['criteria-set', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: ['criteria-sets'] });
  };
}

/** DRAFT → APPROVED; the server refuses (422) unless the weights add up to 100. */
export function useApproveCriteriaSet(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (version: number) => approveCriteriaSet(id, version),
    onSuccess: refresh,
  });
}

/** Clones an approved (or retired) set into a new draft edition of the same family. */
export function useNewCriteriaSetVersion(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({ mutationFn: () => newCriteriaSetVersion(id), onSuccess: refresh });
}

export function useDeleteCriteriaSet(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => deleteCriteriaSet(id, version),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['criteria-set', id] });
      void queryClient.invalidateQueries({ queryKey: ['criteria-sets'] });
    },
  });
}
