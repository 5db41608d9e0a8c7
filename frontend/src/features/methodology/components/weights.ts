import type { Criterion, CriterionInput } from '../api/schema';

type ScoredFields = 'type' | 'levels' | 'thresholds';

/** Weights carry up to three decimals; sums are rounded there so 33.333 × 3 + 0.001 is exactly 100. */
export function totalWeight(criteria: readonly Pick<CriterionInput, 'weight'>[]): number {
  const thousandths = criteria.reduce(
    (sum, criterion) => sum + Math.round((Number(criterion.weight) || 0) * 1000),
    0,
  );
  return thousandths / 1000;
}

/** A set can be approved only when its weights add up to exactly 100. */
export function weightsComplete(total: number): boolean {
  return Math.round(total * 1000) === 100_000;
}

/** The most points a criterion can give, as the server computes it (0 when the scale is not set yet). */
export function maxPoints(
  criterion: Pick<Criterion, ScoredFields> | Pick<CriterionInput, ScoredFields>,
): number {
  switch (criterion.type) {
    case 'BOOLEAN':
      return 1;
    case 'SCALE':
      return Math.max(0, ...(criterion.levels ?? []).map((level) => Number(level.points) || 0));
    default:
      return Math.max(0, ...(criterion.thresholds ?? []).map((step) => Number(step.points) || 0));
  }
}
