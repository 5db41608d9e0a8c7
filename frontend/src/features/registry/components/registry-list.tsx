import { Box, Group, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { PagedData } from '@/components/ui/paged-table';
import { SearchInput } from '@/components/ui/search-input';
import type { PagingState } from '@/hooks/use-search-state';

import type { RegistryEntity } from '../api/export-list';

import { ExportButtons } from './export-buttons';
import { type FilterField, RegistryFilters } from './registry-filters';

type ListKey = 'q' | 'organization' | FilterField;

export type RegistryListProps<T> = {
  entity: RegistryEntity;
  /** The list's state in the URL, from {@code useSearchState}. */
  search: {
    values: Partial<Record<ListKey, string>>;
    paging: PagingState;
    setFilters: (patch: Partial<Record<ListKey, string | null>>) => void;
    setPaging: (patch: Partial<PagingState>) => void;
  };
  result: {
    data: { items: T[]; total: number; totalIsLowerBound: boolean } | undefined;
    isPending: boolean;
    isPlaceholderData: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  fields: readonly FilterField[];
  sortOptions: readonly string[];
  /** Shown between the search box and the filters (chips of filters set elsewhere). */
  chips?: ReactNode;
  table: (items: T[]) => ReactNode;
};

/** A searchable, filterable, paged registry list (organizations or accounts); its state lives in the URL. */
export function RegistryList<T>({
  entity,
  search: { values, paging, setFilters, setPaging },
  result,
  fields,
  sortOptions,
  chips,
  table,
}: RegistryListProps<T>) {
  const { t } = useTranslation('registry');

  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <SearchInput
            label={t('filters.search')}
            placeholder={t(`${entity}.searchPlaceholder`)}
            value={values.q ?? ''}
            onChange={(q) => setFilters({ q })}
          />
          {chips}
          <Group justify="space-between" align="flex-end">
            <RegistryFilters
              fields={fields}
              values={values}
              onChange={setFilters}
              sortOptions={sortOptions}
            />
            <ExportButtons entity={entity} filters={values} />
          </Group>
        </Stack>
      </Paper>
      <PagedData
        result={result}
        emptyText={t(`${entity}.empty`)}
        paging={paging}
        setPaging={setPaging}
      >
        {(items) => (
          <Box style={{ opacity: result.isPlaceholderData ? 0.6 : 1 }}>{table(items)}</Box>
        )}
      </PagedData>
    </Stack>
  );
}
