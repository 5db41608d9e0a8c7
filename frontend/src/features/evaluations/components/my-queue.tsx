import { Anchor, Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { SearchSelect } from '@/components/ui/search-select';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';
import { formatDate, formatIndex } from '@/lib/format';

import { useAssignments } from '../api/get-assignments';
import { useVisibleCampaign, useVisibleCampaigns } from '../api/get-campaigns';
import type { EvaluationStatus } from '../api/schema';

import { EvaluationStatusBadge } from './status-badge';

const STATUSES: EvaluationStatus[] = ['DRAFT', 'RETURNED', 'SUBMITTED', 'APPROVED', 'PUBLISHED'];
const FILTERS = ['campaign', 'status'] as const;

/** The expert's own assignments: deadlines first, overdue ones highlighted, returned ones with the comment. */
export function MyQueue() {
  const { t, i18n } = useTranslation('evaluations');
  const { values, paging, setFilters, setPaging } = useSearchState(FILTERS, 50);
  const [campaignQuery, setCampaignQuery] = useState('');
  const campaigns = useVisibleCampaigns(campaignQuery);
  const chosen = useVisibleCampaign(values.campaign);
  const label = (campaign: { id: string; title: string; period: string }) => ({
    value: campaign.id,
    label: `${campaign.title} (${campaign.period})`,
  });
  const rows = useAssignments({
    mine: true,
    campaign: values.campaign || undefined,
    status: (values.status as EvaluationStatus) || undefined,
    ...paging,
  });

  return (
    <Stack>
      <PageHeader title={t('queue.title')} />
      <Group align="flex-end" wrap="wrap">
        <SearchSelect
          label={t('queue.campaign')}
          placeholder={t('queue.campaignPlaceholder')}
          clearable
          w={320}
          options={(campaigns.data?.items ?? []).map(label)}
          selected={chosen.data ? label(chosen.data) : null}
          onQueryChange={setCampaignQuery}
          searching={campaigns.isFetching}
          searchingMessage={t('queue.searching')}
          nothingFoundMessage={t('queue.nothingFound')}
          value={values.campaign || null}
          onChange={(value) => setFilters({ campaign: value })}
        />
        <Select
          label={t('queue.status')}
          clearable
          w={220}
          data={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          value={values.status || null}
          onChange={(value) => setFilters({ status: value })}
        />
      </Group>
      <PagedTable
        label={t('queue.tableLabel')}
        minWidth={900}
        striped={false}
        highlightOnHover
        result={rows}
        emptyText={t('queue.empty')}
        paging={paging}
        setPaging={setPaging}
        head={
          <>
            <Table.Th>{t('queue.account')}</Table.Th>
            <Table.Th>{t('queue.campaign')}</Table.Th>
            <Table.Th>{t('queue.organization')}</Table.Th>
            <Table.Th>{t('queue.municipality')}</Table.Th>
            <Table.Th>{t('queue.status')}</Table.Th>
            <Table.Th>{t('queue.due')}</Table.Th>
            <Table.Th>{t('queue.index')}</Table.Th>
          </>
        }
        row={(row) => (
          <Table.Tr
            key={row.evaluationId}
            bg={row.overdue ? 'var(--mantine-color-red-light)' : undefined}
          >
            <Table.Td>
              <Anchor component={Link} to={paths.evaluationEdit.getHref(row.evaluationId)}>
                {row.account.displayName}
              </Anchor>
              {row.role === 'SECOND' && (
                <Badge ml="xs" size="xs" variant="outline">
                  {t('role.SECOND')}
                </Badge>
              )}
              {row.status === 'RETURNED' && row.reviewComment && (
                <Text size="xs" c="orange" mt={4}>
                  {t('queue.returnedComment', { comment: row.reviewComment })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {row.campaign.title}
              <Text size="xs" c="dimmed">
                {row.campaign.period}
              </Text>
            </Table.Td>
            <Table.Td>{row.organization.name}</Table.Td>
            <Table.Td>{row.municipality.name}</Table.Td>
            <Table.Td>
              <EvaluationStatusBadge status={row.status} />
            </Table.Td>
            <Table.Td>
              {formatDate(row.due, i18n.language)}
              {row.overdue && (
                <Badge ml="xs" color="red" size="sm">
                  {t('queue.overdue')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{formatIndex(row.index, i18n.language)}</Table.Td>
          </Table.Tr>
        )}
      />
    </Stack>
  );
}
