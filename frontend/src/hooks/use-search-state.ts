import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

export type PagingState = { page: number; size: number };

function toInt(value: string | null, fallback: number, min: number, max: number): number {
  const parsed = value === null ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : fallback;
}

/**
 * List state (filters, sort, page) kept in the URL query string, so a filtered list can be
 * bookmarked, shared and restored with the back button. Changing a filter goes back to page 0.
 * Several lists on one screen each name their own paging parameters with `prefix` (`prefix`Page,
 * `prefix`Size instead of page and size).
 */
export function useSearchState<K extends string>(
  keys: readonly K[],
  defaultSize = 50,
  prefix = '',
) {
  const [params, setParams] = useSearchParams();
  const pageKey = prefix ? `${prefix}Page` : 'page';
  const sizeKey = prefix ? `${prefix}Size` : 'size';

  const values = useMemo(
    () => Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>,
    // keys is a constant list per screen
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params],
  );
  const paging: PagingState = {
    page: toInt(params.get(pageKey), 0, 0, 100_000),
    size: toInt(params.get(sizeKey), defaultSize, 1, 200),
  };

  // The query string the next change builds on. React Router's functional update starts from the
  // params of the render that made the setter, so two changes in quick succession (a debounced search
  // box firing right after a filter was picked) would let the second undo the first. Changes are
  // composed here instead, and the URL the router settles on takes over again once it is rendered.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void, replace: boolean) => {
      const next = new URLSearchParams(latest.current);
      change(next);
      latest.current = next;
      setParams(next, { replace });
    },
    [setParams],
  );

  const setFilters = useCallback(
    (patch: Partial<Record<K, string | null>>) =>
      update((next) => {
        for (const [key, value] of Object.entries(patch) as [K, string | null][]) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        next.delete(pageKey);
      }, true),
    [update, pageKey],
  );

  const setPaging = useCallback(
    (patch: Partial<PagingState>) =>
      update((next) => {
        if (patch.size !== undefined) {
          next.set(sizeKey, String(patch.size));
          next.delete(pageKey);
        }
        if (patch.page !== undefined) {
          if (patch.page > 0) next.set(pageKey, String(patch.page));
          else next.delete(pageKey);
        }
      }, false),
    [update, pageKey, sizeKey],
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
