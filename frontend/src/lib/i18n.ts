import i18n, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { env } from '@/config/env';
import { formatNumber, formatPercent } from '@/lib/format';
import { ru } from '@/locales/ru';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'bridge.language';

/**
 * Russian (the default) is part of the start bundle; English is loaded when it is chosen, so the landing
 * page does not carry both languages' texts.
 */
export const resources = { ru } as const;

const loaders: Record<Exclude<Language, 'ru'>, () => Promise<Record<string, object>>> = {
  en: () => import('@/locales/en').then((module) => module.en),
};

/** Loads a language's texts once (a no-op for Russian and for a language already loaded). */
export async function ensureLanguage(language: string): Promise<void> {
  if (language === 'ru' || !(language in loaders)) return;
  if (i18n.hasResourceBundle(language, 'common')) return;
  const bundle = await loaders[language as keyof typeof loaders]();
  for (const [namespace, texts] of Object.entries(bundle)) {
    i18n.addResourceBundle(language, namespace, texts, true, true);
  }
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.find((language) => language === stored) ?? env.defaultLanguage;
  } catch {
    return env.defaultLanguage;
  }
}

/**
 * Every number put into a message ({{count}}, {{total}}, …) is written the language's way: «1 234,5»
 * in Russian, «1,234.5» in English — the same helper the components use. A value named `year` (or `…Year`)
 * is written as it is.
 */
const YEAR_KEY = /^year$|Year$/;

const localeNumbers: FormatterModule = {
  type: 'formatter',
  init: () => {},
  add: () => {},
  addCached: () => {},
  format: (
    value: unknown,
    format: string | undefined,
    lng: string | undefined,
    options?: Record<string, unknown>,
  ) => {
    if (typeof value !== 'number') return value as string;
    // a year is a name, not a quantity: «2026», never «2 026» or «2,026»
    if (YEAR_KEY.test(String(options?.interpolationkey ?? ''))) return String(value);
    const language = lng ?? env.defaultLanguage;
    if (format === 'percent') return formatPercent(value, language);
    return formatNumber(value, language);
  },
};

void i18n
  .use(initReactI18next)
  .use(localeNumbers)
  .init({
    resources,
    lng: storedLanguage(),
    fallbackLng: 'ru',
    ns: [
      'common',
      'auth',
      'registry',
      'users',
      'audit',
      'apiClients',
      'methodology',
      'campaigns',
      'evaluations',
      'ratings',
      'webhooks',
      'notifications',
    ],
    defaultNS: 'common',
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });

document.documentElement.lang = i18n.language;

/** Resolves when the texts of the language chosen at start-up are there (main.tsx renders after it). */
export const i18nReady: Promise<void> = ensureLanguage(i18n.language).then(() => {
  // the bundle arrived after init: have react-i18next re-render with it
  if (i18n.language !== 'ru') void i18n.changeLanguage(i18n.language);
});

export function currentLanguage(): Language {
  return LANGUAGES.find((language) => language === i18n.language) ?? env.defaultLanguage;
}

/** Switches the UI language, remembers it, and (through the API client) the language of API answers. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this page only
  }
  await ensureLanguage(language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

export { i18n };
