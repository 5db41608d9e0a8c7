import { Group, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { PaginationBar } from '@/components/ui/pagination-bar';
import { SearchInput } from '@/components/ui/search-input';
import { useSearchState } from '@/hooks/use-search-state';

import { type AccountsQuery, useAccounts } from '../api/get-accounts';

import { AccountsTable } from './accounts-table';
import { ExportButtons } from './export-buttons';
import { OrganizationFilterChip } from './organization-filter-chip';
import { RegistryFilters } from './registry-filters';

const KEYS = [
  'q',
  'municipality',
  'sector',
  'kind',
  'platform',
  'status',
  'organization',
  'sort',
] as const;
const SORTS = ['name', '-name', '-updatedAt', 'updatedAt', 'relevance'] as const;

/** The searchable, filterable, paged accounts list; its state lives in the URL. */
export function AccountsList() {
  const { t } = useTranslation('registry');
  const { values, paging, setFilters, setPaging } = useSearchState(KEYS);
  const query = { ...values, ...paging } as AccountsQuery;
  const accounts = useAccounts(query);
  const data = accounts.data;

  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <SearchInput
            label={t('filters.search')}
            placeholder={t('accounts.searchPlaceholder')}
            value={values.q}
            onChange={(q) => setFilters({ q })}
          />
          {values.organization && (
            <Group>
              <OrganizationFilterChip
                id={values.organization}
                onClear={() => setFilters({ organization: null })}
              />
            </Group>
          )}
          <Group justify="space-between" align="flex-end">
            <RegistryFilters
              fields={['municipality', 'platform', 'sector', 'kind', 'status', 'sort']}
              values={values}
              onChange={setFilters}
              sortOptions={SORTS}
            />
            <ExportButtons entity="accounts" filters={values} />
          </Group>
        </Stack>
      </Paper>
      <DataState
        isLoading={accounts.isPending}
        error={accounts.error}
        isEmpty={data?.items.length === 0}
        emptyText={t('accounts.empty')}
        onRetry={() => void accounts.refetch()}
      >
        {data && (
          <Stack style={{ opacity: accounts.isPlaceholderData ? 0.6 : 1 }}>
            <AccountsTable items={data.items} />
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
