package ru.digitalbridge.methodology;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The index of an evaluation, 0–100:
 *
 * <pre>index = Σ(weight × points / maxPoints) ÷ Σ weight × 100</pre>
 *
 * over the applicable criteria that have points. Not-applicable criteria are left out of both sums (they
 * are not counted as 0). Arithmetic is exact: the sum is kept as one fraction (criteria with the same maximum
 * share a denominator), and the quotient is rounded once, at the end, half up to one decimal place
 * (72.45 → 72.5; 38·11/12 + 2·1/3 = 35.5 of 40 → 88.75 → 88.8). With nothing applicable the index is
 * {@code null}, not 0.
 */
public final class Scoring {
    /** Decimal places of a published index. */
    public static final int SCALE = 1;

    private Scoring() {}

    /** One applicable, assessed criterion as it enters the index. */
    public record Scored(BigDecimal weight, BigDecimal points, BigDecimal maxPoints) {
        public Scored {
            if (weight == null || weight.signum() <= 0) {
                throw new IllegalArgumentException("weight must be positive");
            }
            if (maxPoints == null || maxPoints.signum() <= 0) {
                throw new IllegalArgumentException("maxPoints must be positive");
            }
            if (points == null || points.signum() < 0 || points.compareTo(maxPoints) > 0) {
                throw new IllegalArgumentException("points must be within 0..maxPoints");
            }
        }
    }

    public static BigDecimal index(Collection<Scored> criteria) {
        // Σ w·p per maximum, so that Σ(w·p/m) = Σ_m (Σ w·p) / m is one fraction numerator / denominator
        Map<BigDecimal, BigDecimal> earnedByMaximum = new LinkedHashMap<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (Scored scored : criteria) {
            earnedByMaximum.merge(
                    scored.maxPoints().stripTrailingZeros(),
                    scored.weight().multiply(scored.points()),
                    BigDecimal::add);
            weights = weights.add(scored.weight());
        }
        if (weights.signum() == 0) {
            return null;
        }
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ONE;
        for (Map.Entry<BigDecimal, BigDecimal> entry : earnedByMaximum.entrySet()) {
            // a/b + c/m = (a·m + c·b) / (b·m), all exact
            numerator = numerator.multiply(entry.getKey()).add(entry.getValue().multiply(denominator));
            denominator = denominator.multiply(entry.getKey());
        }
        return numerator
                .multiply(BigDecimal.valueOf(100))
                .divide(denominator.multiply(weights), SCALE, RoundingMode.HALF_UP);
    }
}
