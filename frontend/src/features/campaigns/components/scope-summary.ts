import type { TFunction } from 'i18next';

import type { CampaignScope } from '../api/schema';

export type ScopeNames = {
  municipality: (id: string) => string;
  sector: (code: string) => string;
  kind: (code: string) => string;
  platform: (code: string) => string;
};

/** At most this many names of one filter are written out; the rest are counted. */
const SHOWN = 3;

function list(values: string[], t: TFunction<'campaigns'>): string {
  if (values.length <= SHOWN) return values.join(', ');
  return t('scope.andMore', {
    names: values.slice(0, SHOWN).join(', '),
    count: values.length - SHOWN,
  });
}

/**
 * What a campaign's scope really is, in words. The registry filters select accounts when any of them
 * is set, or when no account is listed by hand (an empty scope is the whole registry); listed
 * accounts come on top. So: «the whole registry» only for an empty scope; the filters by name;
 * «N accounts listed by hand» for a hand-made list.
 */
export function describeScope(
  given: CampaignScope,
  t: TFunction<'campaigns'>,
  names: ScopeNames,
): string {
  const scope = {
    q: given.q,
    municipalities: given.municipalities ?? [],
    sectors: given.sectors ?? [],
    kinds: given.kinds ?? [],
    platforms: given.platforms ?? [],
    accountIds: given.accountIds ?? [],
  };
  const filters = [
    scope.q && t('scope.qNamed', { q: scope.q }),
    scope.municipalities.length > 0 &&
      `${t('scope.municipalities')}: ${list(scope.municipalities.map(names.municipality), t)}`,
    scope.sectors.length > 0 &&
      `${t('scope.sectors')}: ${list(scope.sectors.map(names.sector), t)}`,
    scope.kinds.length > 0 && `${t('scope.kinds')}: ${list(scope.kinds.map(names.kind), t)}`,
    scope.platforms.length > 0 &&
      `${t('scope.platforms')}: ${list(scope.platforms.map(names.platform), t)}`,
  ].filter((part): part is string => Boolean(part));
  const listed = scope.accountIds.length;
  if (filters.length === 0 && listed === 0) return t('scope.all');
  const parts = filters.length > 0 ? [t('scope.matching', { filters: filters.join('; ') })] : [];
  if (listed > 0) {
    parts.push(
      filters.length > 0
        ? t('scope.plusListed', { count: listed })
        : t('scope.listedOnly', { count: listed }),
    );
  }
  return parts.join('; ');
}
