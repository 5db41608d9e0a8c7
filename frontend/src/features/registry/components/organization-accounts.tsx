import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { paths } from '@/config/paths';

import { useAccounts } from '../api/get-accounts';

import { AccountsTable } from './accounts-table';

/** The accounts of one organization, first 100, with a link to the full filtered list. */
export function OrganizationAccounts({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('registry');
  const accounts = useAccounts({ organization: organizationId, size: 100, sort: 'name' });
  const data = accounts.data;
  return (
    <DataState
      isLoading={accounts.isPending}
      error={accounts.error}
      isEmpty={data?.items.length === 0}
      emptyText={t('card.noAccounts')}
      onRetry={() => void accounts.refetch()}
    >
      {data && (
        <Stack gap="xs">
          <AccountsTable items={data.items} withOrganization={false} />
          {data.total > data.items.length && (
            <Group>
              <Text size="sm" c="dimmed">
                {t('card.moreAccounts', { count: data.total - data.items.length })}
              </Text>
              <Anchor
                component={Link}
                to={`${paths.accounts.getHref()}?organization=${organizationId}`}
                size="sm"
              >
                {t('card.allAccounts')}
              </Anchor>
            </Group>
          )}
        </Stack>
      )}
    </DataState>
  );
}
