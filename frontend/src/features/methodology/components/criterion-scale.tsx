import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Criterion, CriterionInput } from '../api/schema';

type ScaleFields = 'type' | 'levels' | 'thresholds' | 'direction' | 'unit' | 'metric';

export type CriterionScaleProps = {
  /** a saved criterion or one being edited */
  criterion: Pick<Criterion, ScaleFields> | Pick<CriterionInput, ScaleFields>;
};

/** How a criterion turns what the expert sees into points: yes/no, named levels or thresholds. */
export function CriterionScale({ criterion }: CriterionScaleProps) {
  const { t, i18n } = useTranslation('methodology');
  const number = (value: number) =>
    Number(value).toLocaleString(i18n.language, { maximumFractionDigits: 3 });
  const unit = criterion.unit ? t(`units.${criterion.unit}`, { defaultValue: criterion.unit }) : '';

  if (criterion.type === 'BOOLEAN') {
    return <Text size="sm">{t('scale.boolean')}</Text>;
  }
  if (criterion.type === 'SCALE') {
    return (
      <List size="sm" aria-label={t('scale.levels')}>
        {(criterion.levels ?? []).map((level) => (
          <List.Item key={level.value}>
            {t('scale.level', {
              value: level.value,
              label: level.label,
              points: number(level.points),
            })}
          </List.Item>
        ))}
      </List>
    );
  }
  const sign = criterion.direction === 'HIGHER_IS_BETTER' ? '≥' : '≤';
  return (
    <>
      {criterion.type === 'DERIVED' && criterion.metric && (
        <Text size="sm" mb={4}>
          {t('scale.derivedFrom', { metric: t(`metrics.${criterion.metric}`) })}
        </Text>
      )}
      {criterion.direction && (
        <Text size="sm" c="dimmed" mb={4}>
          {t(`directions.${criterion.direction}`)}
        </Text>
      )}
      <List size="sm" aria-label={t('scale.thresholds')}>
        {(criterion.thresholds ?? []).map((step, index) => (
          <List.Item key={index}>
            {t('scale.threshold', {
              sign,
              bound: number(step.bound),
              unit,
              points: number(step.points),
            })}
          </List.Item>
        ))}
        <List.Item>{t('scale.otherwise')}</List.Item>
      </List>
    </>
  );
}
