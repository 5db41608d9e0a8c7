import type { TFunction } from 'i18next';

import type { Answer } from '../api/schema';

/** What the expert recorded for a criterion, in words: yes/no, the level's name, or the number with its unit. */
export function answerValue(answer: Answer, t: TFunction, language: string): string {
  if (answer.notApplicable) {
    return answer.naReason ? `${t('review.na')}: ${answer.naReason}` : t('review.na');
  }
  if (answer.value === null || answer.value === undefined) return '—';
  switch (answer.type) {
    case 'BOOLEAN':
      return Number(answer.value) === 1 ? t('review.yes') : t('review.no');
    case 'SCALE': {
      const level = answer.levels.find((l) => Number(l.value) === Number(answer.value));
      return level ? `${level.value} — ${level.label}` : String(answer.value);
    }
    default: {
      const number = Number(answer.value).toLocaleString(language, { maximumFractionDigits: 2 });
      return answer.unit
        ? `${number} ${t(`units.${answer.unit}`, { defaultValue: answer.unit })}`
        : number;
    }
  }
}

export function pointsText(answer: Answer, language: string): string {
  if (answer.notApplicable || answer.points === null || answer.points === undefined) return '—';
  const format = (value: number) =>
    Number(value).toLocaleString(language, { maximumFractionDigits: 2 });
  return `${format(answer.points)} / ${format(answer.maxPoints)}`;
}
