import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';

import type { Organization } from '../api/get-organizations';
import { useReferenceNames } from '../api/get-reference';

import { StatusBadge } from './status-badge';

export type OrganizationsTableProps = { items: Organization[] };

export function OrganizationsTable({ items }: OrganizationsTableProps) {
  const { t } = useTranslation('registry');
  const names = useReferenceNames();
  const { count } = useFormat();
  return (
    <ScrollTable label={t('organizations.tableLabel')} minWidth={800}>
      <Table striped highlightOnHover aria-label={t('organizations.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organization.name')}</Table.Th>
            <Table.Th>{t('organization.municipality')}</Table.Th>
            <Table.Th>{t('organization.kind')}</Table.Th>
            <Table.Th>{t('organization.sector')}</Table.Th>
            <Table.Th ta="right">{t('organization.accountCount')}</Table.Th>
            <Table.Th w={130}>{t('organization.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((organization) => (
            <Table.Tr key={organization.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.organization.getHref(organization.id)}>
                  {organization.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{organization.municipality.name}</Table.Td>
              <Table.Td>{names.kind(organization.kind)}</Table.Td>
              <Table.Td>{names.sector(organization.sector)}</Table.Td>
              <Table.Td ta="right">{count(organization.accountCount)}</Table.Td>
              <Table.Td>
                <StatusBadge status={organization.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
