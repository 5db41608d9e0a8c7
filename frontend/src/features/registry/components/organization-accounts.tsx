import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedData } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';

import { useAccounts } from '../api/get-accounts';

import { AccountsTable } from './accounts-table';

/**
 * The accounts of one organization by name, a page at a time (the page in the address), with a link to
 * the full list filtered by the organization.
 */
export function OrganizationAccounts({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('registry');
  const { paging, setPaging } = useSearchState([], 20);
  const accounts = useAccounts({ organization: organizationId, sort: 'name', ...paging });
  return (
    <Stack gap="xs">
      <PagedData
        result={accounts}
        emptyText={t('card.noAccounts')}
        paging={paging}
        setPaging={setPaging}
      >
        {(items) => <AccountsTable items={items} withOrganization={false} />}
      </PagedData>
      {(accounts.data?.total ?? 0) > 0 && (
        <Anchor
          component={Link}
          to={`${paths.accounts.getHref()}?organization=${organizationId}`}
          size="sm"
        >
          {t('card.allAccounts')}
        </Anchor>
      )}
    </Stack>
  );
}
