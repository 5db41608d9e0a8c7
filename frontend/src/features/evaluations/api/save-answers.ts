import { request } from '@/lib/api-request';

import type { Evaluation, SaveAnswersBody } from './types';

/** Autosave: only the listed criteria change; `version` guards against a lost update (409). */
export function saveAnswers(id: string, body: SaveAnswersBody) {
  return request<Evaluation>('PUT', `/api/v1/evaluations/${id}/answers`, { body });
}
