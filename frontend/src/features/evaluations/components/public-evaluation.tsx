import { Anchor, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
import { formatDateTime, formatIndex } from '@/lib/format';

import { useEvaluation } from '../api/get-evaluation';
import { useEvaluationHistory } from '../api/get-history';

import { CriteriaView } from './criteria-view';
import { Figure } from './figure';
import { EvaluationStatusBadge } from './status-badge';

/** A published evaluation, open to anyone, with its history: events, revisions, initial and final index. */
export function PublicEvaluation({ id }: { id: string }) {
  const { t, i18n } = useTranslation('evaluations');
  const evaluation = useEvaluation(id);
  const history = useEvaluationHistory(id);
  const data = evaluation.data;

  return (
    <DataState
      isLoading={evaluation.isPending}
      error={evaluation.error}
      isEmpty={false}
      onRetry={() => void evaluation.refetch()}
    >
      {data && (
        <Stack>
          <PageHeader
            title={t('public.title', {
              account: data.account.displayName,
              period: data.campaign.period,
            })}
            actions={<EvaluationStatusBadge status={data.status} />}
          />
          <Text size="sm" mt={-8}>
            <Anchor component={Link} to={paths.account.getHref(data.account.id)}>
              {data.account.displayName}
            </Anchor>{' '}
            · {data.organization.name} · {data.municipality.name} · {data.campaign.title}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Figure label={t('public.index')} value={formatIndex(data.index, i18n.language)} />
            <Figure
              label={t('public.initialIndex')}
              value={formatIndex(data.initialIndex, i18n.language)}
            />
            <Figure
              label={t('public.finalIndex')}
              value={formatIndex(data.finalIndex, i18n.language)}
            />
            <Figure label={t('public.revision')} value={String(data.revision)} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('public.publishedAt', { at: formatDateTime(data.publishedAt, i18n.language) })}
          </Text>
          <CriteriaView answers={data.answers} />

          <Title order={3}>{t('public.history')}</Title>
          <DataState
            isLoading={history.isPending}
            error={history.error}
            isEmpty={(history.data?.events.length ?? 0) === 0}
            emptyText={t('public.noHistory')}
            onRetry={() => void history.refetch()}
          >
            <ScrollTable label={t('public.events')} minWidth={640}>
              <Table aria-label={t('public.events')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('public.at')}</Table.Th>
                    <Table.Th>{t('public.action')}</Table.Th>
                    <Table.Th>{t('public.actor')}</Table.Th>
                    <Table.Th>{t('public.reason')}</Table.Th>
                    <Table.Th>{t('public.indexChange')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(history.data?.events ?? []).map((event, i) => (
                    <Table.Tr key={`${event.at}-${i}`}>
                      <Table.Td>{formatDateTime(event.at, i18n.language)}</Table.Td>
                      <Table.Td>
                        {t(`events.${event.action}`, { defaultValue: event.action })}
                      </Table.Td>
                      <Table.Td>{event.actorName ?? '—'}</Table.Td>
                      <Table.Td>{event.reason ?? '—'}</Table.Td>
                      <Table.Td>
                        {event.indexBefore === null && event.indexAfter === null
                          ? '—'
                          : `${formatIndex(event.indexBefore, i18n.language)} → ${formatIndex(event.indexAfter, i18n.language)}`}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            {(history.data?.revisions.length ?? 0) > 0 && (
              <>
                <Title order={4}>{t('public.revisions')}</Title>
                <ScrollTable label={t('public.revisions')} minWidth={560}>
                  <Table aria-label={t('public.revisions')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('public.revision')}</Table.Th>
                        <Table.Th>{t('public.at')}</Table.Th>
                        <Table.Th>{t('public.author')}</Table.Th>
                        <Table.Th>{t('public.reason')}</Table.Th>
                        <Table.Th>{t('public.index')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {(history.data?.revisions ?? []).map((revision) => (
                        <Table.Tr key={revision.revision}>
                          <Table.Td>{revision.revision}</Table.Td>
                          <Table.Td>{formatDateTime(revision.createdAt, i18n.language)}</Table.Td>
                          <Table.Td>{revision.authorName ?? '—'}</Table.Td>
                          <Table.Td>{revision.reason ?? t('public.firstRevision')}</Table.Td>
                          <Table.Td>{formatIndex(revision.index, i18n.language)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              </>
            )}
          </DataState>
        </Stack>
      )}
    </DataState>
  );
}
