import { Anchor, Button, Group, Select, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';
import { formatCount, formatDate } from '@/lib/format';

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
  const date = (value: string | null) => formatDate(value, i18n.language);

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
        <PagedTable
          label={t('list.table')}
          minWidth={800}
          highlightOnHover
          withBorder
          result={campaigns}
          emptyText={t('list.empty')}
          paging={paging}
          setPaging={setPaging}
          head={
            <>
              <Table.Th>{t('campaign.title')}</Table.Th>
              <Table.Th>{t('campaign.period')}</Table.Th>
              <Table.Th>{t('campaign.stage')}</Table.Th>
              <Table.Th>{t('campaign.methodology')}</Table.Th>
              <Table.Th>{t('campaign.accounts')}</Table.Th>
              <Table.Th>{t('campaign.experts')}</Table.Th>
              <Table.Th>{t('campaign.evaluationDeadline')}</Table.Th>
            </>
          }
          row={(campaign) => (
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
              <Table.Td>{formatCount(campaign.accountCount, i18n.language)}</Table.Td>
              <Table.Td>{campaign.experts.length}</Table.Td>
              <Table.Td>{date(campaign.evaluationDeadline)}</Table.Td>
            </Table.Tr>
          )}
        />
      </Stack>
    </>
  );
}
