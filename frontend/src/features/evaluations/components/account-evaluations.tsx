import { Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { paths } from '@/config/paths';

import { useTimeline } from '../api/get-timeline';
import type { TimelineEntry } from '../api/schema';

import { formatDate, formatIndex, formatNumber } from './format';
import { IndexChart } from './index-chart';
import { groupLabel } from './value-text';

type HistoryRow = { code: string; title: string; group: string };

/** Every criterion that appears in any evaluation, in the order of the latest one, then older ones. */
export function historyRows(timeline: TimelineEntry[]): HistoryRow[] {
  const rows = new Map<string, HistoryRow>();
  for (const entry of [...timeline].reverse()) {
    for (const answer of entry.answers) {
      if (!rows.has(answer.code)) {
        rows.set(answer.code, { code: answer.code, title: answer.title, group: answer.group });
      }
    }
  }
  return [...rows.values()];
}

/** The public "Evaluations" section of an account's card: index over time, per-criterion history, advice. */
export function AccountEvaluations({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation('evaluations');
  const timeline = useTimeline(accountId);
  const entries = timeline.data ?? [];
  const latest = entries[entries.length - 1];
  const advice = latest?.answers.filter((answer) => answer.recommendation) ?? [];
  const chartLabel = t('account.chartLabel', {
    values: entries
      .map((entry) => `${entry.campaign.period}: ${formatIndex(entry.index, i18n.language)}`)
      .join('; '),
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="account-evaluations">
      <Stack>
        <Title order={3} id="account-evaluations">
          {t('account.title')}
        </Title>
        <DataState
          isLoading={timeline.isPending}
          error={timeline.error}
          isEmpty={entries.length === 0}
          emptyText={t('account.empty')}
          onRetry={() => void timeline.refetch()}
        >
          <IndexChart
            label={chartLabel}
            points={entries.map((entry) => ({
              label: entry.campaign.period,
              value: entry.index,
              display: formatIndex(entry.index, i18n.language),
              title: `${entry.campaign.title}: ${formatIndex(entry.index, i18n.language)}`,
            }))}
          />
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('account.evaluationsLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.campaign')}</Table.Th>
                  <Table.Th>{t('account.methodology')}</Table.Th>
                  <Table.Th>{t('account.index')}</Table.Th>
                  <Table.Th>{t('account.initialFinal')}</Table.Th>
                  <Table.Th>{t('account.publishedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...entries].reverse().map((entry) => (
                  <Table.Tr key={entry.evaluationId}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.evaluation.getHref(entry.evaluationId)}>
                        {entry.campaign.title} ({entry.campaign.period})
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {t('account.edition', {
                        name: entry.criteriaSet.name,
                        edition: entry.criteriaSet.edition,
                      })}
                    </Table.Td>
                    <Table.Td>
                      <Text fw={600}>{formatIndex(entry.index, i18n.language)}</Text>
                      {entry.revision > 1 && (
                        <Text size="xs" c="dimmed">
                          {t('account.revision', { revision: entry.revision })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {formatIndex(entry.initialIndex, i18n.language)} →{' '}
                      {formatIndex(entry.finalIndex, i18n.language)}
                    </Table.Td>
                    <Table.Td>{formatDate(entry.publishedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>

          <Title order={4}>{t('account.historyTitle')}</Title>
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label={t('account.historyTitle')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.criterion')}</Table.Th>
                  {entries.map((entry) => (
                    <Table.Th key={entry.evaluationId}>{entry.campaign.period}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {historyRows(entries).map((row) => (
                  <Table.Tr key={row.code}>
                    <Table.Th scope="row" fw={400}>
                      <Text size="sm">{row.title}</Text>
                      <Text size="xs" c="dimmed">
                        {groupLabel(t, row.group)} · {row.code}
                      </Text>
                    </Table.Th>
                    {entries.map((entry) => {
                      const answer = entry.answers.find((a) => a.code === row.code);
                      return (
                        <Table.Td key={entry.evaluationId}>
                          {!answer ? (
                            '—'
                          ) : answer.notApplicable ? (
                            <Text size="sm" c="dimmed" title={t('account.naTitle')}>
                              {t('account.na')}
                            </Text>
                          ) : (
                            t('card.points', {
                              points: formatNumber(answer.points, i18n.language),
                              max: formatNumber(answer.maxPoints, i18n.language),
                            })
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>

          {latest && (
            <>
              <Title order={4}>
                {t('account.recommendationsTitle', { period: latest.campaign.period })}
              </Title>
              {advice.length === 0 ? (
                <Text c="dimmed">{t('account.noRecommendations')}</Text>
              ) : (
                <List
                  spacing="sm"
                  aria-label={t('account.recommendationsTitle', { period: latest.campaign.period })}
                >
                  {advice.map((answer) => (
                    <List.Item key={answer.code}>
                      <Text size="sm" fw={500}>
                        {answer.title}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {answer.recommendation}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </>
          )}
        </DataState>
      </Stack>
    </Paper>
  );
}
