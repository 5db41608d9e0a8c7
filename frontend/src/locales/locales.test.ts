import { describe, expect, it } from 'vitest';

import { en } from './en';
import { ru } from './ru';

const resources = { ru, en };

/** Flattens nested keys; plural forms (`_one`, `_few`…) count as one key, since languages differ in them. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('locales', () => {
  it.each(Object.keys(resources.ru))('English has every Russian key of %s and no other', (ns) => {
    const ru = new Set(keys(resources.ru[ns as keyof typeof resources.ru]));
    const en = new Set(keys(resources.en[ns as keyof typeof resources.en]));
    expect([...en].sort()).toEqual([...ru].sort());
  });
});
