import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody } from '@/lib/api-types';
import { setSession } from '@/lib/session';

export type LoginInput = ApiBody<'/api/v1/auth/login', 'post'>;

export async function login(input: LoginInput) {
  const token = await unwrap(api.POST('/api/v1/auth/login', { body: input }));
  setSession({ accessToken: token.accessToken, user: token.user });
  return token.user;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
