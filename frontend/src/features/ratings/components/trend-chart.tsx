import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import type { TrendPoint } from '../api/get-trend';

import { ChartFigure } from './chart-figure';

export type TrendChartProps = { points: TrendPoint[] };

/** A unit's index across rated campaigns, oldest first. */
export function TrendChart({ points }: TrendChartProps) {
  const { t } = useTranslation('ratings');
  const format = useFormat();
  return (
    <ChartFigure
      kind="line"
      title={t('charts.trend')}
      description={t('charts.trendText')}
      categoryLabel={t('charts.campaign')}
      data={points.map((point) => ({ label: point.campaign.period, index: point.index }))}
      series={[{ name: 'index', label: t('table.index'), color: 'blue.6' }]}
      format={(value) => format.index(value)}
      max={100}
    />
  );
}
