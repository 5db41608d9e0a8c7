import i18n, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { env } from '@/config/env';
import { formatNumber, formatPercent } from '@/lib/format';
import enApiClients from '@/locales/en/api-clients.json';
import enAudit from '@/locales/en/audit.json';
import enAuth from '@/locales/en/auth.json';
import enCampaigns from '@/locales/en/campaigns.json';
import enCommon from '@/locales/en/common.json';
import enEvaluations from '@/locales/en/evaluations.json';
import enMethodology from '@/locales/en/methodology.json';
import enRegistry from '@/locales/en/registry.json';
import enUsers from '@/locales/en/users.json';
import ruApiClients from '@/locales/ru/api-clients.json';
import ruAudit from '@/locales/ru/audit.json';
import ruAuth from '@/locales/ru/auth.json';
import ruCampaigns from '@/locales/ru/campaigns.json';
import ruCommon from '@/locales/ru/common.json';
import ruEvaluations from '@/locales/ru/evaluations.json';
import ruMethodology from '@/locales/ru/methodology.json';
import ruRegistry from '@/locales/ru/registry.json';
import ruUsers from '@/locales/ru/users.json';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'bridge.language';

export const resources = {
  ru: {
    common: ruCommon,
    auth: ruAuth,
    registry: ruRegistry,
    users: ruUsers,
    audit: ruAudit,
    apiClients: ruApiClients,
    methodology: ruMethodology,
    campaigns: ruCampaigns,
    evaluations: ruEvaluations,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    registry: enRegistry,
    users: enUsers,
    audit: enAudit,
    apiClients: enApiClients,
    methodology: enMethodology,
    campaigns: enCampaigns,
    evaluations: enEvaluations,
  },
} as const;

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
 * in Russian, «1,234.5» in English — the same helper the components use.
 */
const localeNumbers: FormatterModule = {
  type: 'formatter',
  init: () => {},
  add: () => {},
  addCached: () => {},
  format: (value: unknown, format: string | undefined, lng: string | undefined) => {
    if (typeof value !== 'number') return value as string;
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
    ],
    defaultNS: 'common',
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });

document.documentElement.lang = i18n.language;

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
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

export { i18n };
