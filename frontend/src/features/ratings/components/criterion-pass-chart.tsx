import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import type { Snapshot } from '../api/get-snapshot';

import { ChartFigure } from './chart-figure';

export type CriterionPassChartProps = { statistics: Snapshot['statistics'] };

/** The share of assessed accounts meeting each criterion, over the whole rating. */
export function CriterionPassChart({ statistics }: CriterionPassChartProps) {
  const { t } = useTranslation('ratings');
  const format = useFormat();
  const data = statistics.criteria
    .filter((item) => item.peerGroup === 'OVERALL')
    .map((item) => ({ label: `${item.code} ${item.title}`, share: item.shareMet }));
  return (
    <ChartFigure
      kind="horizontal-bar"
      title={t('charts.criteria')}
      description={t('charts.criteriaText')}
      categoryLabel={t('charts.criterion')}
      data={data}
      series={[{ name: 'share', label: t('charts.shareMet'), color: 'grape.7' }]}
      format={(value) => format.percent(value / 100)}
      max={100}
    />
  );
}
