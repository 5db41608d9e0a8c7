import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import { useAllRatingRows } from '../api/get-rating-rows';

import { ChartFigure } from './chart-figure';

export type MunicipalityComparisonChartProps = { snapshotId: string };

/** The ranked municipalities of a snapshot by index, best first. */
export function MunicipalityComparisonChart({ snapshotId }: MunicipalityComparisonChartProps) {
  const { t } = useTranslation('ratings');
  const format = useFormat();
  const rows = useAllRatingRows(snapshotId, { level: 'MUNICIPALITY', peerGroup: 'OVERALL' });
  if (!rows.data) {
    return (
      <Center>
        <Loader size="sm" aria-label={t('charts.loading')} />
      </Center>
    );
  }
  const data = rows.data
    .filter((row) => row.ranked && row.index !== null)
    .map((row) => ({ label: row.name, index: row.index }));
  return (
    <ChartFigure
      kind="horizontal-bar"
      title={t('charts.municipalities')}
      description={t('charts.municipalitiesText', {
        ranked: data.length,
        total: rows.data.length,
      })}
      categoryLabel={t('charts.municipality')}
      data={data}
      series={[{ name: 'index', label: t('table.index'), color: 'teal.7' }]}
      format={(value) => format.index(value)}
      max={100}
    />
  );
}
