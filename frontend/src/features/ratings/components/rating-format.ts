import { formatCount, formatIndex } from '@/lib/format';

export type Place = { from: number | null; to: number | null; of: number | null };

/**
 * A place as people read it: «12 из 340», or «12–14 из 340» when tied (competition ranking: the tied
 * share the best place and the range shows how many share it). Null when the unit is not ranked.
 */
export function formatPlace(place: Place, language: string): string | null {
  if (place.from === null || place.to === null || place.of === null) return null;
  const of = language.startsWith('ru') ? 'из' : 'of';
  const range =
    place.from === place.to
      ? formatCount(place.from, language)
      : `${formatCount(place.from, language)}–${formatCount(place.to, language)}`;
  return `${range} ${of} ${formatCount(place.of, language)}`;
}

/** A change with its sign, «+1,2» / «−0,8» / «0,0» (a true minus sign, not a hyphen). */
export function formatIndexDelta(delta: number | null, language: string): string | null {
  if (delta === null) return null;
  const text = formatIndex(Math.abs(delta), language);
  if (delta > 0) return `+${text}`;
  if (delta < 0) return `−${text}`;
  return text;
}

/** Places gained (positive: moved up) as «↑3» / «↓2» / «=». */
export function formatPlaceDelta(delta: number | null, language: string): string | null {
  if (delta === null) return null;
  if (delta === 0) return '=';
  return `${delta > 0 ? '↑' : '↓'}${formatCount(Math.abs(delta), language)}`;
}
