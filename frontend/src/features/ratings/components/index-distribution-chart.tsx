import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import { type RatingRowsQuery, useAllRatingRows } from '../api/get-rating-rows';

import { ChartFigure } from './chart-figure';
import { distribution } from './distribution';

export type IndexDistributionChartProps = {
  snapshotId: string;
  filters: Omit<RatingRowsQuery, 'page' | 'size' | 'sort'>;
};

/** How many units of the filtered rating have an index in each band of ten points. */
export function IndexDistributionChart({ snapshotId, filters }: IndexDistributionChartProps) {
  const { t } = useTranslation('ratings');
  const format = useFormat();
  const rows = useAllRatingRows(snapshotId, filters);
  if (!rows.data) {
    return (
      <Center>
        <Loader size="sm" aria-label={t('charts.loading')} />
      </Center>
    );
  }
  const indexes = rows.data.flatMap((row) => (row.index === null ? [] : [row.index]));
  const data = distribution(indexes).map((band) => ({
    label: `${format.count(band.from)}–${format.count(band.to)}`,
    count: band.count,
  }));
  return (
    <ChartFigure
      kind="bar"
      title={t('charts.distribution')}
      description={t('charts.distributionText', { count: indexes.length })}
      categoryLabel={t('charts.band')}
      data={data}
      series={[{ name: 'count', label: t('charts.units'), color: 'blue.6' }]}
      format={(value) => format.count(value)}
    />
  );
}
