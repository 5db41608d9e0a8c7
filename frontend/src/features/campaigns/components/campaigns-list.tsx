import { Anchor, Button, Group, Paper, Select, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { PaginationBar } from '@/components/ui/pagination-bar';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';

import { useCampaigns } from '../api/get-campaigns';
import { STAGES, type Stage } from '../api/schema';

import { StageBadge } from './stage-badge';

const FILTERS = ['stage'] as const;

/** Every campaign, newest period first, filterable by stage (state in the URL). */
export function CampaignsList() {
  const { t, i18n } = useTranslation('campaigns');
  const { values, paging, setFilters, setPaging } = useSearchState(FILTERS, 20);
  const campaigns = useCampaigns({
    stage: (values.stage as Stage) || undefined,
    page: paging.page,
    size: paging.size,
  });
  const items = campaigns.data?.items ?? [];
  const date = (value: string | null) =>
    value ? new Date(value).toLocaleDateString(i18n.language) : '—';

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          <Button
            component={Link}
            to={paths.campaignNew.getHref()}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('list.new')}
          </Button>
        }
      />
      <Stack>
        <Group>
          <Select
            label={t('list.stage')}
            placeholder={t('list.anyStage')}
            data={STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
            value={values.stage || null}
            onChange={(value) => setFilters({ stage: value })}
            clearable
            w={220}
          />
        </Group>
        <DataState
          isLoading={campaigns.isPending}
          error={campaigns.error}
          isEmpty={items.length === 0}
          emptyText={t('list.empty')}
          onRetry={() => void campaigns.refetch()}
        >
          <Paper withBorder>
            <Table.ScrollContainer minWidth={800}>
              <Table striped highlightOnHover aria-label={t('list.table')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('campaign.title')}</Table.Th>
                    <Table.Th>{t('campaign.period')}</Table.Th>
                    <Table.Th>{t('campaign.stage')}</Table.Th>
                    <Table.Th>{t('campaign.methodology')}</Table.Th>
                    <Table.Th>{t('campaign.accounts')}</Table.Th>
                    <Table.Th>{t('campaign.experts')}</Table.Th>
                    <Table.Th>{t('campaign.evaluationDeadline')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((campaign) => (
                    <Table.Tr key={campaign.id}>
                      <Table.Td>
                        <Anchor component={Link} to={paths.campaign.getHref(campaign.id)}>
                          {campaign.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{campaign.period}</Table.Td>
                      <Table.Td>
                        <StageBadge stage={campaign.stage} />
                      </Table.Td>
                      <Table.Td>
                        {t('campaign.methodologyName', {
                          name: campaign.criteriaSet.name,
                          edition: campaign.criteriaSet.edition,
                        })}
                      </Table.Td>
                      <Table.Td>{campaign.accountCount}</Table.Td>
                      <Table.Td>{campaign.experts.length}</Table.Td>
                      <Table.Td>{date(campaign.evaluationDeadline)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <PaginationBar
            total={campaigns.data?.total ?? 0}
            page={paging.page}
            size={paging.size}
            onPageChange={(page) => setPaging({ page })}
            onSizeChange={(size) => setPaging({ size })}
          />
        </DataState>
      </Stack>
    </>
  );
}
