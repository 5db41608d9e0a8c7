import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export function submitEvaluation(id: string, version: number) {
  return unwrap(
    api.POST('/api/v1/evaluations/{id}/submit', { params: { path: { id } }, body: { version } }),
  );
}

export function useSubmitEvaluation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => submitEvaluation(id, version),
    onSuccess: (saved) => {
      queryClient.setQueryData(['evaluation', id], saved);
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
    },
  });
}
