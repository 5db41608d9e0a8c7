import type { useFormat } from '@/lib/format';

/** «01.01.2026 – 31.03.2026» in the reader's language. */
export function period(
  format: ReturnType<typeof useFormat>,
  from: string | null | undefined,
  to: string | null | undefined,
) {
  return `${format.date(from)} – ${format.date(to)}`;
}
