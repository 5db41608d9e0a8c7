import { z } from 'zod';

const schema = z.object({
  apiBaseUrl: z.string(),
  defaultLanguage: z.enum(['ru', 'en']),
});

/** Build-time settings, validated once at start-up. The API is served from the SPA's own origin by default. */
export const env = schema.parse({
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL ?? '',
  defaultLanguage: import.meta.env.VITE_DEFAULT_LANGUAGE ?? 'ru',
});
