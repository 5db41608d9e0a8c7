import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody } from '@/lib/api-types';
import { setSession } from '@/lib/session';

export type ChangePasswordInput = ApiBody<'/api/v1/me/password', 'post'>;

/** Changes the caller's own password; the server ends every other session and answers with a new one. */
export async function changeOwnPassword(input: ChangePasswordInput) {
  const token = await unwrap(api.POST('/api/v1/me/password', { body: input }));
  setSession({ accessToken: token.accessToken, user: token.user });
  return token.user;
}

export function useChangeOwnPassword() {
  return useMutation({ mutationFn: changeOwnPassword });
}
