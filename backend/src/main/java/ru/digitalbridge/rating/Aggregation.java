package ru.digitalbridge.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How a unit's index is made from the indexes below it: the arithmetic mean of the published (one-decimal) indexes,
 * summed exactly and rounded once, half up, to one decimal (72.45 → 72.5). An organization's index is the mean of
 * its evaluated accounts; a municipality's and a sector's the mean of their ranked organizations. No value, no index.
 */
public final class Aggregation {
    /** Decimal places of every index of a rating. */
    public static final int SCALE = 1;

    private Aggregation() {}

    public static BigDecimal mean(Collection<BigDecimal> indexes) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (BigDecimal index : indexes) {
            if (index != null) {
                sum = sum.add(index);
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
    }
}
