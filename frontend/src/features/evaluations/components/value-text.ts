import type { TFunction } from 'i18next';

import type { Answer } from '../api/schema';

import { formatNumber } from './format';

const KNOWN_UNITS = ['HOURS', 'PERCENT', 'POSTS_PER_WEEK', 'DAYS'];

/** A unit code as the reader's language writes it after a number; an unknown unit as is. */
export function unitLabel(t: TFunction, unit: string | null | undefined): string {
  if (!unit) return '';
  return KNOWN_UNITS.includes(unit) ? t(`evaluations:units.${unit}`) : unit;
}

export function groupLabel(t: TFunction, group: string): string {
  return t(`evaluations:groups.${group}`, { defaultValue: group });
}

/** A measured number with its unit: "12,5 ч", "80 %". */
export function measured(t: TFunction, value: number, unit: string | null, language: string) {
  const label = unitLabel(t, unit);
  return label ? `${formatNumber(value, language)} ${label}` : formatNumber(value, language);
}

/** A value as a reader sees it: yes/no, the level's name, or the number with its unit. */
export function valueText(
  t: TFunction,
  answer: Pick<Answer, 'type' | 'levels' | 'unit'>,
  value: number | null,
  language: string,
): string {
  if (value === null) return '—';
  switch (answer.type) {
    case 'BOOLEAN':
      return value === 1 ? t('evaluations:input.yes') : t('evaluations:input.no');
    case 'SCALE':
      return answer.levels.find((level) => level.value === value)?.label ?? String(value);
    default:
      return measured(t, value, answer.unit, language);
  }
}
