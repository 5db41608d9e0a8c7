import { Group } from '@mantine/core';

import { useSearchState } from '@/hooks/use-search-state';

import { type AccountsQuery, useAccounts } from '../api/get-accounts';

import { AccountsTable } from './accounts-table';
import { OrganizationFilterChip } from './organization-filter-chip';
import { RegistryList } from './registry-list';

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
  const search = useSearchState(KEYS);
  const { values, paging, setFilters } = search;
  const accounts = useAccounts({ ...values, ...paging } as AccountsQuery);

  return (
    <RegistryList
      entity="accounts"
      search={search}
      result={accounts}
      fields={['municipality', 'platform', 'sector', 'kind', 'status', 'sort']}
      sortOptions={SORTS}
      chips={
        values.organization && (
          <Group>
            <OrganizationFilterChip
              id={values.organization}
              onClear={() => setFilters({ organization: null })}
            />
          </Group>
        )
      }
      table={(items) => <AccountsTable items={items} />}
    />
  );
}
