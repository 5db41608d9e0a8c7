package ru.digitalbridge.monitoring.campaigns;

/**
 * Agreement between two raters who put the same items into k ordered categories, from their contingency table
 * {@code table[i][j]} = items the first rater put in category i and the second in category j. Pure.
 *
 * <ul>
 *   <li>Observed agreement p<sub>o</sub> = Σ<sub>i</sub> table[i][i] / n (exact matches).
 *   <li>Cohen's kappa κ = (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>) with chance agreement
 *       p<sub>e</sub> = Σ<sub>i</sub> row<sub>i</sub>·col<sub>i</sub> / n².
 *   <li>Linearly weighted kappa: the same with weighted agreement, w<sub>ij</sub> = 1 − |i − j| / (k − 1), so a
 *       near miss on an ordinal scale counts partly: p<sub>o</sub><sup>w</sup> = Σ w<sub>ij</sub>·table[i][j] / n,
 *       p<sub>e</sub><sup>w</sup> = Σ w<sub>ij</sub>·row<sub>i</sub>·col<sub>j</sub> / n². With two categories it
 *       equals Cohen's kappa.
 * </ul>
 *
 * Kappa is undefined (null) when there are no items or when chance agreement is 1 — both raters used one and the
 * same category for everything, so agreement tells nothing. It is at most 1 (perfect agreement) and symmetric in
 * the two raters; 0 is agreement at chance level, negative is worse than chance.
 */
public final class Agreement {
    private static final double EPSILON = 1e-12;

    /** Items compared, share of exact agreement (0 when there are none), kappa (null when undefined). */
    public record Result(long items, double observed, Double kappa) {}

    private Agreement() {}

    /** The k×k contingency table of two raters' category indexes (0..k−1), item by item. */
    public static long[][] table(int categories, int[] first, int[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("both raters must rate the same items");
        }
        long[][] table = new long[categories][categories];
        for (int item = 0; item < first.length; item++) {
            table[first[item]][second[item]]++;
        }
        return table;
    }

    /** Cohen's kappa: every disagreement counts as a full one (nominal categories, yes/no). */
    public static Result cohen(long[][] table) {
        return kappa(table, false);
    }

    /** Linearly weighted kappa over ordered categories. */
    public static Result linearlyWeighted(long[][] table) {
        return kappa(table, true);
    }

    private static Result kappa(long[][] table, boolean weighted) {
        int k = table.length;
        long n = 0;
        long diagonal = 0;
        long[] rows = new long[k];
        long[] columns = new long[k];
        for (int i = 0; i < k; i++) {
            if (table[i].length != k) {
                throw new IllegalArgumentException("the table must be square");
            }
            for (int j = 0; j < k; j++) {
                long count = table[i][j];
                if (count < 0) {
                    throw new IllegalArgumentException("counts cannot be negative");
                }
                n += count;
                rows[i] += count;
                columns[j] += count;
                if (i == j) {
                    diagonal += count;
                }
            }
        }
        if (n == 0) {
            return new Result(0, 0, null);
        }
        double observed = (double) diagonal / n;
        double agreement = 0;
        double chance = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = weight(i, j, k, weighted);
                agreement += w * table[i][j];
                chance += w * ((double) rows[i] * columns[j]);
            }
        }
        agreement /= n;
        chance /= (double) n * n;
        if (1 - chance < EPSILON) {
            return new Result(n, observed, null);
        }
        return new Result(n, observed, (agreement - chance) / (1 - chance));
    }

    private static double weight(int i, int j, int k, boolean weighted) {
        if (i == j) {
            return 1;
        }
        return weighted && k > 1 ? 1 - (double) Math.abs(i - j) / (k - 1) : 0;
    }
}
