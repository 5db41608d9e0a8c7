import { api, unwrap } from '@/lib/api-client';

import type { SaveAnswersBody } from './schema';

/** Autosave: only the listed criteria change; `version` guards against a lost update (409). */
export function saveAnswers(id: string, body: SaveAnswersBody) {
  return unwrap(api.PUT('/api/v1/evaluations/{id}/answers', { params: { path: { id } }, body }));
}
