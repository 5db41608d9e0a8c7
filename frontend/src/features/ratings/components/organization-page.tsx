import { Anchor, Code, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useReferenceNames } from '@/hooks/use-reference-data';
import { useSearchState } from '@/hooks/use-search-state';
import { useFormat } from '@/lib/format';

import { useOrganizationEvaluations, useTimelines } from '../api/get-organization-results';
import { useTrend } from '../api/get-trend';

import { formatPlace } from './rating-format';
import { TrendChart } from './trend-chart';

export type OrganizationPageProps = { id: string };

/**
 * An organization: its index and place in the newest rating, its trend, its accounts with their
 * published indexes and the recommendations published for them (20 accounts a page, the page in the
 * address), and its badge to embed.
 */
export function OrganizationPage({ id }: OrganizationPageProps) {
  const { t } = useTranslation('ratings');
  const format = useFormat();
  const names = useReferenceNames();
  const trend = useTrend('organization', id);
  const points = trend.data ?? [];
  const latest = points.at(-1);
  const { paging, setPaging } = useSearchState([], 20);
  const evaluations = useOrganizationEvaluations(id, latest?.campaign.id, paging);
  const items = evaluations.data?.items ?? [];
  const timelines = useTimelines(items.map((item) => item.account.id));
  const name = latest?.name ?? t('page.organization');
  const badge = `/api/v1/badges/organizations/${id}`;

  return (
    <>
      <PageHeader title={name} />
      <DataState
        isLoading={trend.isPending}
        error={trend.error}
        isEmpty={points.length === 0}
        emptyText={t('page.notRated')}
      >
        {latest && (
          <Stack gap="xl">
            <Text>
              {t('page.unitSummary', {
                period: latest.campaign.period,
                index: format.index(latest.index),
                place:
                  formatPlace(
                    {
                      from: latest.place?.from ?? null,
                      to: latest.place?.to ?? null,
                      of: latest.place?.of ?? null,
                    },
                    format.language,
                  ) ?? t('table.notRanked'),
              })}{' '}
              {t('page.accountsMean', { evaluated: latest.evaluated, total: latest.total })}
            </Text>
            <TrendChart points={points} />
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('page.accounts')}
              </Title>
              <PagedTable
                label={t('page.accountsOf', { name })}
                minWidth={480}
                result={evaluations}
                emptyText={t('page.noAccounts')}
                paging={paging}
                setPaging={setPaging}
                head={
                  <>
                    <Table.Th scope="col">{t('table.name')}</Table.Th>
                    <Table.Th scope="col">{t('page.platform')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('table.index')}
                    </Table.Th>
                  </>
                }
                row={(item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.account.getHref(item.account.id)}>
                        {item.account.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{names.platform(item.account.platform)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {format.index(item.index)}
                    </Table.Td>
                  </Table.Tr>
                )}
              />
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('page.recommendations', { period: latest.campaign.period })}
              </Title>
              {(evaluations.data?.total ?? 0) > items.length && (
                <Text size="sm" c="dimmed">
                  {t('page.recommendationsOfPage')}
                </Text>
              )}
              {items.map((item, i) => {
                const entry = timelines[i]?.data?.find(
                  (candidate) => candidate.evaluationId === item.id,
                );
                const advice = (entry?.answers ?? []).filter((answer) => answer.recommendation);
                return (
                  <Paper key={item.id} withBorder p="sm">
                    <Text fw={600} mb={4}>
                      {item.account.displayName}
                    </Text>
                    {advice.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('page.noRecommendations')}
                      </Text>
                    ) : (
                      <List
                        size="sm"
                        spacing={4}
                        aria-label={t('page.recommendationsFor', {
                          name: item.account.displayName,
                        })}
                      >
                        {advice.map((answer) => (
                          <List.Item key={answer.code}>{answer.recommendation}</List.Item>
                        ))}
                      </List>
                    )}
                  </Paper>
                );
              })}
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('page.embed')}
              </Title>
              <img
                src={badge}
                alt={t('page.badgeAlt', { name })}
                style={{ alignSelf: 'flex-start' }}
              />
              <Text size="sm">{t('page.embedText')}</Text>
              <Code
                block
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >{`<iframe src="${window.location.origin}${badge}/embed" title="${name.replaceAll('"', '&quot;')}" width="420" height="140" style="border:0"></iframe>`}</Code>
            </Stack>
          </Stack>
        )}
      </DataState>
    </>
  );
}
