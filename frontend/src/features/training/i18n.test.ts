import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';

import { trainingTexts } from './i18n';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('training texts', () => {
  it('English has every Russian key and no other', () => {
    const ru = [...new Set(keys(trainingTexts.ru))].sort();
    const en = [...new Set(keys(trainingTexts.en))].sort();
    expect(en).toEqual(ru);
  });

  it('are registered under the training namespace when the feature loads', () => {
    expect(i18n.getFixedT('ru', 'training')('issue.button')).toBe('Выдать удостоверения');
    expect(i18n.getFixedT('en', 'training')('issue.button')).toBe('Issue certificates');
  });
});
