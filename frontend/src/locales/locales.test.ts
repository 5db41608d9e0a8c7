import { describe, expect, it } from 'vitest';

import { en } from './en';
import { ru } from './ru';

const resources = { ru, en };

/** Flattens nested keys; plural forms (`_one`, `_few`…) count as one key, since languages differ in them. */
/** Every leaf of a namespace as `[key, text]`. */
function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)]],
  );
}

/** Names of languages are written in the language itself (a reader looks for «Русский», not "Russian"). */
const ENDONYMS = new Set(['Русский']);

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

  it.each(Object.keys(resources.en))('English text of %s has no Russian words left in it', (ns) => {
    const russian = leaves(resources.en[ns as keyof typeof resources.en]).filter(
      ([, text]) => /[\u0400-\u04FF]/.test(text) && !ENDONYMS.has(text),
    );
    expect(russian).toEqual([]);
  });
});
