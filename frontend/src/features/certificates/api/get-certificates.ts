import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

import { certificateKeys, type CertificatesQuery } from './certificate-keys';

export type StaffCertificate = Complete<
  ApiResponse<'/api/v1/certificates', 'get'>
>['items'][number];

export function getCertificates(query: CertificatesQuery) {
  return unwrap(api.GET('/api/v1/certificates', { params: { query: compact(query) } }));
}

export const certificatesQueryOptions = (query: CertificatesQuery) =>
  queryOptions({
    queryKey: certificateKeys.list(query),
    queryFn: () => getCertificates(query),
    placeholderData: keepPreviousData,
  });

export function useCertificates(query: CertificatesQuery) {
  return useQuery(certificatesQueryOptions(query));
}
