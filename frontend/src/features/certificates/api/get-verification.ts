import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

import { certificateKeys } from './certificate-keys';

export type PublicCertificate = Complete<ApiResponse<'/api/v1/verifications/{code}', 'get'>>;

export function getVerification(code: string) {
  return unwrap(api.GET('/api/v1/verifications/{code}', { params: { path: { code } } }));
}

export const verificationQueryOptions = (code: string) =>
  queryOptions({
    queryKey: certificateKeys.verification(code),
    queryFn: () => getVerification(code),
    retry: false,
  });

export function useVerification(code: string) {
  return useQuery(verificationQueryOptions(code));
}
