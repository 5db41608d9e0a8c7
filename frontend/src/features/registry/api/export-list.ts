import { useMutation } from '@tanstack/react-query';

import { downloadFile } from '@/lib/api-client';

export type RegistryEntity = 'organizations' | 'accounts';
export type ExportFormat = 'csv' | 'xlsx';

/** Downloads the list with the same filters as on screen (paging and sorting are not part of an export). */
export function exportList(
  entity: RegistryEntity,
  format: ExportFormat,
  filters: Record<string, string | number | boolean | undefined>,
) {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '' && !['page', 'size', 'sort'].includes(key)) {
      query.set(key, String(value));
    }
  }
  return downloadFile(`/api/v1/${entity}/export`, query, `${entity}.${format}`);
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
