import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';

import { bulletinTexts } from './i18n';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('bulletin texts', () => {
  it('English has every Russian key and no other', () => {
    const ru = [...new Set(keys(bulletinTexts.ru))].sort();
    const en = [...new Set(keys(bulletinTexts.en))].sort();
    expect(en).toEqual(ru);
  });

  it('are registered under the bulletins namespace when the feature loads', () => {
    expect(i18n.getFixedT('ru', 'bulletins')('subscribe.sentTitle')).toBe('Проверьте почту');
    expect(i18n.getFixedT('en', 'bulletins')('subscribe.sentTitle')).toBe('Check your mail');
  });

  it('name every block kind in both languages', () => {
    expect(Object.keys(bulletinTexts.en.kinds)).toEqual(Object.keys(bulletinTexts.ru.kinds));
    expect(bulletinTexts.ru.kinds.ARTICLE).toBe('Статья');
  });
});
