/**
 * Build-time settings, checked once at start-up. The API is served from the SPA's own origin by default.
 * (Plain checks rather than a zod schema: this module is on the landing page's path, zod is not.)
 */
const LANGUAGES = ['ru', 'en'] as const;

function language(value: string | undefined): (typeof LANGUAGES)[number] {
  const chosen = value ?? 'ru';
  const known = LANGUAGES.find((candidate) => candidate === chosen);
  if (!known) throw new Error(`VITE_DEFAULT_LANGUAGE must be one of ${LANGUAGES.join(', ')}`);
  return known;
}

export const env = {
  apiBaseUrl: String(import.meta.env.VITE_API_BASE_URL ?? ''),
  defaultLanguage: language(import.meta.env.VITE_DEFAULT_LANGUAGE as string | undefined),
} as const;
