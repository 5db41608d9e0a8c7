package ru.digitalbridge.methodology;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The index of an evaluation, 0–100:
 *
 * <pre>index = Σ(weight × points / maxPoints) ÷ Σ weight × 100</pre>
 *
 * over the applicable criteria that have points. Not-applicable criteria are left out of both sums (they
 * are not counted as 0). Arithmetic is exact decimal with 34 significant digits; the result is rounded once,
 * at the end, half up to one decimal place (72.45 → 72.5). With nothing applicable the index is
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
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Scored scored : criteria) {
            earned = earned.add(
                    scored.weight().multiply(scored.points()).divide(scored.maxPoints(), MathContext.DECIMAL128));
            weights = weights.add(scored.weight());
        }
        if (weights.signum() == 0) {
            return null;
        }
        return earned.multiply(BigDecimal.valueOf(100))
                .divide(weights, MathContext.DECIMAL128)
                .setScale(SCALE, RoundingMode.HALF_UP);
    }
}
