import { useSearchState } from '@/hooks/use-search-state';

import { type OrganizationsQuery, useOrganizations } from '../api/get-organizations';

import { OrganizationsTable } from './organizations-table';
import { RegistryList } from './registry-list';

const KEYS = ['q', 'municipality', 'sector', 'kind', 'status', 'sort'] as const;
const SORTS = ['name', '-name', '-updatedAt', 'updatedAt', 'relevance'] as const;

/** The searchable, filterable, paged organizations list; its state lives in the URL. */
export function OrganizationsList() {
  const search = useSearchState(KEYS);
  const organizations = useOrganizations({
    ...search.values,
    ...search.paging,
  } as OrganizationsQuery);

  return (
    <RegistryList
      entity="organizations"
      search={search}
      result={organizations}
      fields={['municipality', 'sector', 'kind', 'status', 'sort']}
      sortOptions={SORTS}
      table={(items) => <OrganizationsTable items={items} />}
    />
  );
}
