import { Group, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { PaginationBar } from '@/components/ui/pagination-bar';
import { SearchInput } from '@/components/ui/search-input';
import { useSearchState } from '@/hooks/use-search-state';

import { type OrganizationsQuery, useOrganizations } from '../api/get-organizations';

import { ExportButtons } from './export-buttons';
import { OrganizationsTable } from './organizations-table';
import { RegistryFilters } from './registry-filters';

const KEYS = ['q', 'municipality', 'sector', 'kind', 'status', 'sort'] as const;
const SORTS = ['name', '-name', '-updatedAt', 'updatedAt', 'relevance'] as const;

/** The searchable, filterable, paged organizations list; its state lives in the URL. */
export function OrganizationsList() {
  const { t } = useTranslation('registry');
  const { values, paging, setFilters, setPaging } = useSearchState(KEYS);
  const query = { ...values, ...paging } as OrganizationsQuery;
  const organizations = useOrganizations(query);
  const data = organizations.data;

  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <SearchInput
            label={t('filters.search')}
            placeholder={t('organizations.searchPlaceholder')}
            value={values.q}
            onChange={(q) => setFilters({ q })}
          />
          <Group justify="space-between" align="flex-end">
            <RegistryFilters
              fields={['municipality', 'sector', 'kind', 'status', 'sort']}
              values={values}
              onChange={setFilters}
              sortOptions={SORTS}
            />
            <ExportButtons entity="organizations" filters={values} />
          </Group>
        </Stack>
      </Paper>
      <DataState
        isLoading={organizations.isPending}
        error={organizations.error}
        isEmpty={data?.items.length === 0}
        emptyText={t('organizations.empty')}
        onRetry={() => void organizations.refetch()}
      >
        {data && (
          <Stack style={{ opacity: organizations.isPlaceholderData ? 0.6 : 1 }}>
            <OrganizationsTable items={data.items} />
            <PaginationBar
              total={data.total}
              totalIsLowerBound={data.totalIsLowerBound}
              page={paging.page}
              size={paging.size}
              onPageChange={(page) => setPaging({ page })}
              onSizeChange={(size) => setPaging({ size })}
            />
          </Stack>
        )}
      </DataState>
    </Stack>
  );
}
