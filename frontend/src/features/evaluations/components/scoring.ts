import type { Answer, Threshold } from '../api/schema';

/** What scoring needs to know about a criterion (a subset of the server's answer). */
export type ScoringMeta = Pick<
  Answer,
  'type' | 'weight' | 'maxPoints' | 'levels' | 'thresholds' | 'direction'
>;

/**
 * The threshold a measured value falls into, by the server's rule: thresholds are read in order,
 * a value on the good side of a bound (≤ when lower is better, ≥ when higher is better) matches, the
 * first match wins. Null when none matches (the value earns 0).
 */
export function thresholdHit(meta: ScoringMeta, value: number): Threshold | null {
  const lowerIsBetter = meta.direction !== 'HIGHER_IS_BETTER';
  return (
    meta.thresholds.find((threshold) =>
      lowerIsBetter ? value <= threshold.bound : value >= threshold.bound,
    ) ?? null
  );
}

/**
 * Points for a value, or null when the value is not allowed (or absent): BOOLEAN takes 0 or 1, SCALE one
 * of its level values, NUMERIC and DERIVED any number ≥ 0 mapped through the thresholds.
 */
export function pointsFor(meta: ScoringMeta, value: number | null): number | null {
  if (value === null || Number.isNaN(value)) return null;
  switch (meta.type) {
    case 'BOOLEAN':
      return value === 1 ? meta.maxPoints : value === 0 ? 0 : null;
    case 'SCALE':
      return meta.levels.find((level) => level.value === value)?.points ?? null;
    case 'NUMERIC':
    case 'DERIVED':
      return value < 0 ? null : (thresholdHit(meta, value)?.points ?? 0);
  }
}

/**
 * Rounds half up to one decimal, as the server does (72.45 → 72.5). Binary floating point stores some
 * halves slightly below .5; a tolerance far below the precision of a published index absorbs that.
 */
export function roundIndex(value: number): number {
  const scaled = value * 10;
  const floor = Math.floor(scaled);
  return (scaled - floor >= 0.5 - 1e-9 ? floor + 1 : floor) / 10;
}

export type Scored = { weight: number; points: number; maxPoints: number };

/**
 * The index 0–100 with the server's formula: Σ(weight × points / max) ÷ Σ weight × 100 over the
 * applicable, assessed criteria, rounded half up to one decimal; null when nothing counts.
 */
export function indexOf(scored: Scored[]): number | null {
  let earned = 0;
  let weights = 0;
  for (const item of scored) {
    earned += (item.weight * item.points) / item.maxPoints;
    weights += item.weight;
  }
  return weights > 0 ? roundIndex((earned * 100) / weights) : null;
}
