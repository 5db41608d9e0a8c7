import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

import type { RegistryEntity } from './export-list';

export type ImportReport = Complete<ApiResponse<'/api/v1/accounts/import', 'post'>>;

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ODS_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** The content type the server expects, from the file's name when the browser does not know it. */
export function importContentType(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (name.endsWith('.ods')) return ODS_TYPE;
  if (name.endsWith('.csv')) return CSV_TYPE;
  return file.type || 'application/octet-stream';
}

/**
 * Sends the file as the raw request body; `dryRun` checks every row without writing anything; `sheet`
 * picks a workbook's sheet (by name; the server defaults to the first sheet with a header row).
 */
export async function importFile(
  entity: RegistryEntity,
  file: File,
  dryRun: boolean,
  sheet?: string | null,
) {
  // the bytes, not the File object: every fetch implementation accepts an ArrayBuffer body
  const bytes = await file.arrayBuffer();
  const options = {
    params: { query: sheet ? { dryRun, sheet } : { dryRun } },
    body: bytes as unknown as string,
    bodySerializer: (body: unknown) => body as ArrayBuffer,
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
    mutationFn: ({ file, dryRun, sheet }: { file: File; dryRun: boolean; sheet?: string | null }) =>
      importFile(entity, file, dryRun, sheet),
    onSuccess: (report) => {
      if (report.applied) void queryClient.invalidateQueries({ queryKey: [entity] });
    },
  });
}
