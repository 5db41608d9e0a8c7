import { Anchor, Badge, Button, Grid, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { formatDate, formatIndex } from '@/lib/format';

import { useAssignments } from '../api/assignments';
import { useCampaign } from '../api/get-campaign';

import { EvaluationReview } from './evaluation-review';

/** The review queue of a campaign: submitted evaluations, oldest deadline first; one opens beside it. */
export function ReviewPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation('campaigns');
  const campaign = useCampaign(id);
  const [params, setParams] = useSearchParams();
  const selected = params.get('evaluation');
  const queue = useAssignments({ campaign: id, status: 'SUBMITTED', size: 200 });
  const items = queue.data?.items ?? [];
  const open = (evaluationId: string | null) =>
    setParams(evaluationId ? { evaluation: evaluationId } : {}, { replace: false });

  return (
    <>
      <PageHeader
        title={t('review.title', { title: campaign.data?.title ?? '' })}
        actions={
          <Button component={Link} to={paths.campaign.getHref(id)} variant="default">
            {t('review.backToDashboard')}
          </Button>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, lg: selected ? 4 : 12 }}>
          <Stack gap="xs">
            <Text fw={600}>{t('review.queue', { count: queue.data?.total ?? 0 })}</Text>
            <DataState
              isLoading={queue.isPending}
              error={queue.error}
              isEmpty={items.length === 0}
              emptyText={t('review.queueEmpty')}
              onRetry={() => void queue.refetch()}
            >
              <Paper withBorder>
                <Table highlightOnHover aria-label={t('review.queueTable')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('assignments.account')}</Table.Th>
                      <Table.Th>{t('assignments.expert')}</Table.Th>
                      <Table.Th>{t('assignments.index')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((row) => (
                      <Table.Tr
                        key={row.evaluationId}
                        bg={
                          row.evaluationId === selected
                            ? 'var(--mantine-color-blue-light)'
                            : undefined
                        }
                      >
                        <Table.Td>
                          <Anchor
                            component="button"
                            type="button"
                            onClick={() => open(row.evaluationId)}
                            aria-current={row.evaluationId === selected ? 'true' : undefined}
                            ta="left"
                          >
                            {row.account.displayName}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {row.organization.name} · {row.municipality.name}
                          </Text>
                          {row.role === 'SECOND' && (
                            <Badge size="xs" variant="light">
                              {t('roles.SECOND')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{row.expert.fullName}</Text>
                          <Text size="xs" c="dimmed">
                            {formatDate(row.updatedAt, i18n.language)}
                          </Text>
                        </Table.Td>
                        <Table.Td>{formatIndex(row.index, i18n.language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            </DataState>
          </Stack>
        </Grid.Col>
        {selected && (
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <EvaluationReview key={selected} id={selected} onDone={() => open(null)} />
          </Grid.Col>
        )}
      </Grid>
    </>
  );
}
