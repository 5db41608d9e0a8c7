import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, saveFile, unwrap } from '@/lib/api-client';
import type { ApiBody } from '@/lib/api-types';

import { certificateKeys } from './certificate-keys';

export type RevokeBody = ApiBody<'/api/v1/certificates/{id}/revoke', 'post'>;
export type ReissueBody = ApiBody<'/api/v1/certificates/{id}/reissue', 'post'>;

export function revokeCertificate(id: string, body: RevokeBody) {
  return unwrap(api.POST('/api/v1/certificates/{id}/revoke', { params: { path: { id } }, body }));
}

export function reissueCertificate(id: string, body: ReissueBody) {
  return unwrap(api.POST('/api/v1/certificates/{id}/reissue', { params: { path: { id } }, body }));
}

export function regenerateCertificate(id: string) {
  return unwrap(api.POST('/api/v1/certificates/{id}/regenerate', { params: { path: { id } } }));
}

export function downloadArchive(year: number) {
  return saveFile(
    api.GET('/api/v1/certificates/archive', { params: { query: { year } }, parseAs: 'blob' }),
    `certificates-${year}.zip`,
  );
}

export function downloadFrdo(year: number) {
  return saveFile(
    api.GET('/api/v1/certificates/frdo', { params: { query: { year } }, parseAs: 'blob' }),
    `frdo-${year}.xlsx`,
  );
}

export function downloadPdf(id: string, number: string) {
  return saveFile(
    api.GET('/api/v1/certificates/{id}/pdf', { params: { path: { id } }, parseAs: 'blob' }),
    `${number}.pdf`,
  );
}

/** Revoke, reissue and regenerate, each refreshing the certificates on screen. */
export function useManageCertificate() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: certificateKeys.all });
  return {
    revoke: useMutation({
      mutationFn: ({ id, body }: { id: string; body: RevokeBody }) => revokeCertificate(id, body),
      onSuccess: refresh,
    }),
    reissue: useMutation({
      mutationFn: ({ id, body }: { id: string; body: ReissueBody }) => reissueCertificate(id, body),
      onSuccess: refresh,
    }),
    regenerate: useMutation({
      mutationFn: (id: string) => regenerateCertificate(id),
      onSuccess: refresh,
    }),
  };
}
