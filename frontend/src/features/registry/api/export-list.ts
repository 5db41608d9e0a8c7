import { useMutation } from '@tanstack/react-query';

import { api, saveFile } from '@/lib/api-client';
import type { ApiQuery } from '@/lib/api-types';

export type RegistryEntity = 'organizations' | 'accounts';
/** The formats the screens offer (the API has a machine format as well). */
export type ExportFormat = 'csv' | 'xlsx';
type ExportQuery =
  ApiQuery<'/api/v1/accounts/export', 'get'> | ApiQuery<'/api/v1/organizations/export', 'get'>;

/** Downloads the list with the same filters as on screen (paging and sorting are not part of an export). */
export function exportList(
  entity: RegistryEntity,
  format: ExportFormat,
  filters: Record<string, string | number | boolean | undefined>,
) {
  const query: Record<string, string> = { format };
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '' && !['page', 'size', 'sort'].includes(key)) {
      query[key] = String(value);
    }
  }
  // the filters are the list's own URL state; the server refuses an unknown value with a problem
  const params = { query: query as ExportQuery };
  return saveFile(
    entity === 'organizations'
      ? api.GET('/api/v1/organizations/export', { params, parseAs: 'blob' })
      : api.GET('/api/v1/accounts/export', { params, parseAs: 'blob' }),
    `${entity}.${format}`,
  );
}

export function useExportList(entity: RegistryEntity) {
  return useMutation({
    mutationFn: ({
      format,
      filters,
    }: {
      format: ExportFormat;
      filters: Record<string, string | number | boolean | undefined>;
    }) => exportList(entity, format, filters),
  });
}
