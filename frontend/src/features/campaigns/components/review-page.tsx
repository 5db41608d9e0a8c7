import { Anchor, Badge, Button, Grid, Paper, Stack, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { PagedData } from '@/components/ui/paged-table';
import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';
import { formatDate, formatIndex } from '@/lib/format';

import { useAssignments } from '../api/assignments';
import { useCampaign } from '../api/get-campaign';

import { EvaluationReview } from './evaluation-review';

const NO_FILTERS = [] as const;

/**
 * The review queue of a campaign: submitted evaluations, oldest deadline first, a page at a time (a large
 * campaign has thousands); one opens beside it. The page and the open evaluation are kept in the URL.
 */
export function ReviewPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation('campaigns');
  const campaign = useCampaign(id);
  const [params, setParams] = useSearchParams();
  const { paging, setPaging } = useSearchState(NO_FILTERS, 50);
  const selected = params.get('evaluation');
  const queue = useAssignments({
    campaign: id,
    status: 'SUBMITTED',
    page: paging.page,
    size: paging.size,
  });
  // approving or returning the last evaluation of the last page empties it: show the new last page
  const total = queue.data?.total;
  const shown = queue.data?.items.length;
  useEffect(() => {
    if (shown === 0 && total !== undefined && total > 0 && paging.page > 0) {
      setPaging({ page: Math.max(0, Math.ceil(total / paging.size) - 1) });
    }
  }, [shown, total, paging.page, paging.size, setPaging]);
  const open = (evaluationId: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (evaluationId) next.set('evaluation', evaluationId);
        else next.delete('evaluation');
        return next;
      },
      { replace: false },
    );

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
            <PagedData
              result={queue}
              emptyText={t('review.queueEmpty')}
              paging={paging}
              setPaging={setPaging}
            >
              {(items) => (
                <Paper withBorder>
                  <ScrollTable label={t('review.queueTable')} minWidth={560}>
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
                  </ScrollTable>
                </Paper>
              )}
            </PagedData>
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
