import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';

import type { Account } from '../api/get-accounts';
import { useReferenceNames } from '../api/get-reference';

import { StatusBadge } from './status-badge';

export type AccountsTableProps = { items: Account[]; withOrganization?: boolean };

export function AccountsTable({ items, withOrganization = true }: AccountsTableProps) {
  const { t } = useTranslation('registry');
  const names = useReferenceNames();
  return (
    <ScrollTable label={t('accounts.tableLabel')} minWidth={900}>
      <Table striped highlightOnHover aria-label={t('accounts.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('account.displayName')}</Table.Th>
            <Table.Th>{t('account.platform')}</Table.Th>
            <Table.Th>{t('account.url')}</Table.Th>
            {withOrganization && <Table.Th>{t('account.organization')}</Table.Th>}
            {withOrganization && <Table.Th>{t('account.municipality')}</Table.Th>}
            <Table.Th w={130}>{t('account.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.account.getHref(account.id)}>
                  {account.displayName}
                </Anchor>
                {!account.official && (
                  <Badge ml="xs" size="xs" color="orange" variant="light">
                    {t('account.unofficial')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{names.platform(account.platform)}</Table.Td>
              <Table.Td maw={280} style={{ overflowWrap: 'anywhere' }}>
                <Anchor href={account.url} target="_blank" rel="noopener noreferrer" size="sm">
                  {account.url}
                </Anchor>
              </Table.Td>
              {withOrganization && (
                <Table.Td>
                  <Anchor component={Link} to={paths.organization.getHref(account.organization.id)}>
                    {account.organization.name}
                  </Anchor>
                </Table.Td>
              )}
              {withOrganization && <Table.Td>{account.municipality.name}</Table.Td>}
              <Table.Td>
                <StatusBadge status={account.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
