/** Numbers and dates as the reader's language writes them. */
export function formatNumber(value: number | null | undefined, language: string, digits = 2) {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

export function formatIndex(value: number | null | undefined, language: string) {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatDateTime(value: string | null | undefined, language: string) {
  if (!value) return '—';
  return new Date(value).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' });
}

export function formatDate(value: string | null | undefined, language: string) {
  if (!value) return '—';
  // a plain date (YYYY-MM-DD) is a calendar day, not an instant: read it in local time
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return date.toLocaleDateString(language);
}

export function formatTime(value: Date, language: string) {
  return value.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
}
