import { paths } from '@/config/paths';

import type { RatingRow } from '../api/get-rating-rows';

import type { RatingTableRow } from './rating-table';

/** Where a unit of a rating is described: an account's card, an organization's or municipality's page. */
export function unitHref(row: Pick<RatingRow, 'level' | 'unitId'>): string | undefined {
  switch (row.level) {
    case 'ACCOUNT':
      return paths.account.getHref(row.unitId);
    case 'ORGANIZATION':
      return paths.ratingOrganization.getHref(row.unitId);
    case 'MUNICIPALITY':
      return paths.ratingMunicipality.getHref(row.unitId);
    default:
      return undefined;
  }
}

/** A row of the API as the rating table shows it. */
export function tableRow(row: RatingRow, sectorName: (code: string) => string): RatingTableRow {
  return {
    key: `${row.peerKey}:${row.unitId}`,
    name: row.level === 'SECTOR' ? sectorName(row.unitId) : row.name,
    href: unitHref(row),
    detail:
      row.level === 'ACCOUNT' || row.level === 'ORGANIZATION'
        ? (row.municipalityName ?? undefined)
        : undefined,
    placeFrom: row.place?.from ?? null,
    placeTo: row.place?.to ?? null,
    placeOf: row.place?.of ?? null,
    index: row.index,
    indexDelta: row.indexDelta,
    placeDelta: row.placeDelta,
    evaluated: row.evaluated,
    total: row.total,
  };
}
