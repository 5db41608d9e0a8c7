import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

import type { RegistryEntity } from './export-list';

export type ImportReport = Complete<ApiResponse<'/api/v1/accounts/import', 'post'>>;

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the server expects, from the file's name when the browser does not know it. */
export function importContentType(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (name.endsWith('.csv')) return CSV_TYPE;
  return file.type || 'application/octet-stream';
}

/** Sends the file as the raw request body; `dryRun` checks every row without writing anything. */
export function importFile(entity: RegistryEntity, file: File, dryRun: boolean) {
  const options = {
    params: { query: { dryRun } },
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'Content-Type': importContentType(file) },
  };
  return unwrap(
    entity === 'organizations'
      ? api.POST('/api/v1/organizations/import', options)
      : api.POST('/api/v1/accounts/import', options),
  );
}

export function useImportFile(entity: RegistryEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      importFile(entity, file, dryRun),
    onSuccess: (report) => {
      if (report.applied) void queryClient.invalidateQueries({ queryKey: [entity] });
    },
  });
}
