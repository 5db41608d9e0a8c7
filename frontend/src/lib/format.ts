import { useTranslation } from 'react-i18next';

/**
 * Numbers and dates as the reader's language writes them («85,7» and «1 234» in Russian, «85.7» and
 * «1,234» in English). Every number and date the SPA shows goes through these helpers, never through
 * toFixed, String(number) or a template literal.
 */
const EMPTY = '—';

type Value = number | string | null | undefined;

function toNumber(value: Value): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/** A number with up to `digits` fraction digits and the language's grouping (e.g. 1 234,5). */
export function formatNumber(value: Value, language: string, digits = 2) {
  const number = toNumber(value);
  if (number === null) return EMPTY;
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(number);
}

/** A whole count with the language's grouping (12 345 / 12,345). */
export function formatCount(value: Value, language: string) {
  return formatNumber(value, language, 0);
}

/** An index (0–100) with exactly one fraction digit: 85,7 / 85.7. */
export function formatIndex(value: Value, language: string) {
  const number = toNumber(value);
  if (number === null) return EMPTY;
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(number);
}

/** A share (0.857) as a percentage: 85,7 % / 85.7%. */
export function formatPercent(value: Value, language: string, digits = 1) {
  const number = toNumber(value);
  if (number === null) return EMPTY;
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(number);
}

/** An ISO instant as a short date and time in the reader's time zone. */
export function formatDateTime(value: string | null | undefined, language: string) {
  if (!value) return EMPTY;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return EMPTY;
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** A calendar day (YYYY-MM-DD, read in local time) or an instant, as a date. */
export function formatDate(value: string | null | undefined, language: string) {
  if (!value) return EMPTY;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return EMPTY;
  return new Intl.DateTimeFormat(language).format(date);
}

export function formatTime(value: Date, language: string) {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(value);
}

/** The helpers bound to the current UI language (re-rendered when it changes). */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    language,
    number: (value: Value, digits?: number) => formatNumber(value, language, digits),
    count: (value: Value) => formatCount(value, language),
    index: (value: Value) => formatIndex(value, language),
    percent: (value: Value, digits?: number) => formatPercent(value, language, digits),
    date: (value: string | null | undefined) => formatDate(value, language),
    dateTime: (value: string | null | undefined) => formatDateTime(value, language),
    time: (value: Date) => formatTime(value, language),
  };
}
