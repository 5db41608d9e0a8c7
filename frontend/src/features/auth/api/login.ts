import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { setSession } from '@/lib/session';
import type { components } from '@/types/api.gen';

export type LoginInput = components['schemas']['LoginRequest'];

export async function login(input: LoginInput) {
  const token = await unwrap(api.POST('/api/v1/auth/login', { body: input }));
  setSession({ accessToken: token.accessToken, user: token.user });
  return token.user;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
