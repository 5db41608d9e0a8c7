import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type PagingState = { page: number; size: number };

function toInt(value: string | null, fallback: number, min: number, max: number): number {
  const parsed = value === null ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : fallback;
}

/**
 * List state (filters, sort, page) kept in the URL query string, so a filtered list can be
 * bookmarked, shared and restored with the back button. Changing a filter goes back to page 0.
 */
export function useSearchState<K extends string>(keys: readonly K[], defaultSize = 50) {
  const [params, setParams] = useSearchParams();

  const values = useMemo(
    () => Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>,
    // keys is a constant list per screen
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params],
  );
  const paging: PagingState = {
    page: toInt(params.get('page'), 0, 0, 100_000),
    size: toInt(params.get('size'), defaultSize, 1, 200),
  };

  const setFilters = useCallback(
    (patch: Partial<Record<K, string | null>>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch) as [K, string | null][]) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setPaging = useCallback(
    (patch: Partial<PagingState>) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (patch.size !== undefined) {
          next.set('size', String(patch.size));
          next.delete('page');
        }
        if (patch.page !== undefined) {
          if (patch.page > 0) next.set('page', String(patch.page));
          else next.delete('page');
        }
        return next;
      }),
    [setParams],
  );

  return { values, paging, setFilters, setPaging };
}

/** Drops empty strings so they are not sent as query parameters. */
export function compact<T extends Record<string, unknown>>(query: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) => value !== '' && value !== undefined && value !== null,
    ),
  ) as Partial<T>;
}
