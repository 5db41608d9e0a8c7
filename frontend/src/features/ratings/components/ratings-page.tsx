import { Alert, Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PagedData } from '@/components/ui/paged-table';
import { SearchInput } from '@/components/ui/search-input';
import { paths } from '@/config/paths';
import { useReferenceNames } from '@/hooks/use-reference-data';
import { useSearchState } from '@/hooks/use-search-state';

import { useRatedCampaigns } from '../api/get-rated-campaigns';
import { type RatingRowsQuery, useRatingRows } from '../api/get-rating-rows';
import { useSnapshot } from '../api/get-snapshot';

import { CriterionPassChart } from './criterion-pass-chart';
import { IndexDistributionChart } from './index-distribution-chart';
import { MunicipalityComparisonChart } from './municipality-comparison-chart';
import { FILTER_KEYS, RatingFilters } from './rating-filters';
import { RatingTable } from './rating-table';
import { tableRow } from './rows';

/** The public rating: filters, search, sort and paging in the URL; the table; its charts. */
export function RatingsPage() {
  const { t } = useTranslation('ratings');
  const names = useReferenceNames();
  const { values, paging, setFilters, setPaging } = useSearchState(FILTER_KEYS);
  const campaigns = useRatedCampaigns();
  const rated = campaigns.data ?? [];
  const current = rated.find((item) => item.campaign.id === values.campaign) ?? rated[0];
  const snapshotId = current?.latestSnapshotId;
  const snapshot = useSnapshot(snapshotId);
  const level = (values.level || 'ACCOUNT') as NonNullable<RatingRowsQuery['level']>;
  const peers = (values.peers || 'OVERALL') as NonNullable<RatingRowsQuery['peerGroup']>;
  const filters = {
    level,
    peerGroup: peers,
    municipality: values.municipality,
    sector: values.sector as RatingRowsQuery['sector'],
    kind: values.kind as RatingRowsQuery['kind'],
    platform: values.platform as RatingRowsQuery['platform'],
    q: values.q,
  };
  const rows = useRatingRows(snapshotId, {
    ...filters,
    sort: values.sort || 'place',
    page: paging.page,
    size: paging.size,
  });

  // While another level loads, the rows of the previous one stay on screen (dimmed): the table is named
  // after the level of the rows it shows, not the one asked for, so it never calls accounts municipalities.
  const shownLevel = rows.data?.items[0]?.level ?? level;

  return (
    <DataState
      isLoading={campaigns.isPending}
      error={campaigns.error}
      isEmpty={rated.length === 0}
      emptyText={t('home.noRating')}
    >
      <Stack>
        {current && (
          <Text size="sm" c="dimmed">
            {t('page.about', {
              campaign: current.campaign.title,
              period: current.campaign.period,
              methodology: current.methodology.name,
              edition: current.methodology.edition,
              revision: current.latestRevision,
            })}{' '}
            <Anchor component={Link} to={paths.methodology.getHref()} size="sm" underline="always">
              {t('home.toMethodology')}
            </Anchor>
          </Text>
        )}
        {current && <Downloads campaignId={current.campaign.id} />}
        {snapshot.data && snapshot.data.comparison.status !== 'COMPARABLE' && (
          <Alert color="yellow" title={t(`comparison.${snapshot.data.comparison.status}`)}>
            {snapshot.data.comparison.explanation}
          </Alert>
        )}
        <Paper withBorder p="md">
          <Stack gap="sm">
            <SearchInput
              label={t('filters.q')}
              placeholder={t('filters.qPlaceholder')}
              value={values.q}
              onChange={(q) => setFilters({ q })}
            />
            <RatingFilters
              campaigns={rated}
              values={{
                ...values,
                campaign: current?.campaign.id ?? '',
                level,
                peers,
                sort: values.sort || 'place',
              }}
              onChange={setFilters}
            />
          </Stack>
        </Paper>
        {/* the previous rows stay at full contrast while the next ones load (dimmed text fails WCAG
            contrast); PagedData marks them busy for assistive technology */}
        <PagedData result={rows} paging={paging} setPaging={setPaging}>
          {(items) => (
            <RatingTable
              label={t('page.tableLabel', { level: t(`level.${shownLevel}`) })}
              rows={items.map((row) => tableRow(row, names.sector))}
              coverage={shownLevel !== 'ACCOUNT'}
            />
          )}
        </PagedData>
        {snapshotId && (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
            <IndexDistributionChart snapshotId={snapshotId} filters={filters} />
            <MunicipalityComparisonChart snapshotId={snapshotId} />
            {snapshot.data && <CriterionPassChart statistics={snapshot.data.statistics} />}
          </SimpleGrid>
        )}
      </Stack>
    </DataState>
  );
}

const FILES = ['evaluations.csv', 'answers.csv', 'evaluations.xlsx', 'answers.xlsx'] as const;

/** The campaign's published results as open data (CC BY 4.0): the files, served by the open-data API. */
function Downloads({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation('ratings');
  const base = `/api/v1/open-data/campaigns/${campaignId}`;
  return (
    <Text size="sm" c="dimmed">
      {t('download.intro')}{' '}
      {FILES.map((file, i) => (
        <Fragment key={file}>
          {i > 0 && ' · '}
          <Anchor href={`${base}/files/${file}`} download={file} size="sm" underline="always">
            {t(`download.${file.replace('.', '_')}`)}
          </Anchor>
        </Fragment>
      ))}
      {' · '}
      <Anchor href={`${base}/datapackage.json`} size="sm" underline="always">
        {t('download.datapackage')}
      </Anchor>
      . {t('download.licence')}
    </Text>
  );
}
