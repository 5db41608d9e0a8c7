import { Alert, Anchor, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
import { formatDateTime, formatIndex } from '@/lib/format';
import { useSession } from '@/lib/session';

import { useMyOrganizationEvaluations } from '../api/get-my-organization-evaluations';

import { EvaluationStatusBadge } from './status-badge';

/** The evaluations of the signed-in user's organization, from the right-of-reply stage on. */
export function OrganizationEvaluations() {
  const { t, i18n } = useTranslation('evaluations');
  const session = useSession();
  const evaluations = useMyOrganizationEvaluations();
  const items = evaluations.data ?? [];

  return (
    <Stack>
      <PageHeader title={t('organization.title')} />
      {!session?.user.organizationId ? (
        <Alert color="yellow">{t('organization.noOrganization')}</Alert>
      ) : (
        <DataState
          isLoading={evaluations.isPending}
          error={evaluations.error}
          isEmpty={items.length === 0}
          emptyText={t('organization.empty')}
          onRetry={() => void evaluations.refetch()}
        >
          <ScrollTable label={t('organization.tableLabel')} minWidth={760}>
            <Table aria-label={t('organization.tableLabel')} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('organization.account')}</Table.Th>
                  <Table.Th>{t('organization.campaign')}</Table.Th>
                  <Table.Th>{t('organization.status')}</Table.Th>
                  <Table.Th>{t('organization.initialIndex')}</Table.Th>
                  <Table.Th>{t('organization.finalIndex')}</Table.Th>
                  <Table.Th>{t('organization.publishedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.myOrganizationEvaluation.getHref(row.id)}>
                        {row.account.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {row.campaign.title} ({row.campaign.period})
                    </Table.Td>
                    <Table.Td>
                      <EvaluationStatusBadge status={row.status} />
                    </Table.Td>
                    <Table.Td>{formatIndex(row.initialIndex ?? row.index, i18n.language)}</Table.Td>
                    <Table.Td>{formatIndex(row.finalIndex, i18n.language)}</Table.Td>
                    <Table.Td>{formatDateTime(row.publishedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </DataState>
      )}
    </Stack>
  );
}
