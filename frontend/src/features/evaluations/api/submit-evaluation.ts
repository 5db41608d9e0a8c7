import { useMutation, useQueryClient } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { Evaluation } from './types';

export function submitEvaluation(id: string, version: number) {
  return request<Evaluation>('POST', `/api/v1/evaluations/${id}/submit`, { body: { version } });
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
