import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { useFormat } from '@/lib/format';

import { useRatedCampaigns } from '../api/get-rated-campaigns';
import { type RatingRow, useRatingRows } from '../api/get-rating-rows';

import { MunicipalityComparisonChart } from './municipality-comparison-chart';
import { formatIndexDelta, formatPlace } from './rating-format';
import { unitHref } from './rows';

const TOP = 5;

/** The newest rating at a glance: leaders, the bottom, the most improved; municipalities compared. */
export function LatestRating() {
  const { t } = useTranslation('ratings');
  const id = useId();
  const campaigns = useRatedCampaigns();
  const latest = campaigns.data?.[0];
  const snapshotId = latest?.latestSnapshotId;
  const base = { level: 'ACCOUNT', peerGroup: 'OVERALL', page: 0, size: TOP } as const;
  const leaders = useRatingRows(snapshotId, { ...base, sort: 'place' });
  const bottom = useRatingRows(snapshotId, { ...base, sort: '-place' });
  const improved = useRatingRows(snapshotId, { ...base, sort: '-indexDelta' });

  return (
    <Stack component="section" aria-labelledby={id} gap="md">
      <Title order={3} id={id}>
        {latest ? t('home.latestOf', { period: latest.campaign.period }) : t('home.latest')}
      </Title>
      <DataState
        isLoading={campaigns.isPending}
        error={campaigns.error}
        isEmpty={!latest}
        emptyText={t('home.noRating')}
      >
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Shortlist title={t('home.leaders')} rows={leaders.data?.items} show="place" />
          <Shortlist title={t('home.bottom')} rows={bottom.data?.items} show="place" />
          <Shortlist
            title={t('home.improved')}
            rows={improved.data?.items.filter((row) => (row.indexDelta ?? 0) > 0)}
            show="delta"
          />
        </SimpleGrid>
        {snapshotId && <MunicipalityComparisonChart snapshotId={snapshotId} />}
      </DataState>
    </Stack>
  );
}

type ShortlistProps = { title: string; rows: RatingRow[] | undefined; show: 'place' | 'delta' };

function Shortlist({ title, rows, show }: ShortlistProps) {
  const { t } = useTranslation('ratings');
  const format = useFormat();
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={4} id={id} mb="xs">
        {title}
      </Title>
      {rows && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('home.none')}
        </Text>
      )}
      <List listStyleType="none" spacing={6} size="sm">
        {(rows ?? []).map((row) => {
          const href = unitHref(row);
          const figure =
            show === 'place'
              ? formatPlace(
                  {
                    from: row.place?.from ?? null,
                    to: row.place?.to ?? null,
                    of: row.place?.of ?? null,
                  },
                  format.language,
                )
              : formatIndexDelta(row.indexDelta, format.language);
          return (
            <List.Item key={row.unitId}>
              {href ? (
                <Anchor component={Link} to={href}>
                  {row.name}
                </Anchor>
              ) : (
                row.name
              )}
              <Text size="xs" c="dimmed">
                {t('home.shortlistFigure', {
                  index: format.index(row.index),
                  figure: figure ?? '—',
                })}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}
