import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { certificateKeys } from './certificate-keys';

export function getMyCertificates() {
  return unwrap(api.GET('/api/v1/certificates/mine'));
}

export const myCertificatesQueryOptions = () =>
  queryOptions({ queryKey: certificateKeys.mine(), queryFn: getMyCertificates });

export function useMyCertificates() {
  return useQuery(myCertificatesQueryOptions());
}
