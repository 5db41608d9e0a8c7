package ru.digitalbridge.monitoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementTest {

    /**
     * The textbook example: 50 items, both say yes 20, first yes / second no 5, first no / second yes 10, both no
     * 15. p_o = 35/50 = 0.7; the first says yes 25/50, the second 30/50, so p_e = 0.5·0.6 + 0.5·0.4 = 0.5;
     * κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
     */
    @Test
    void theClassicTwoByTwoExampleHasKappaPointFour() {
        var result = Agreement.cohen(new long[][] {{20, 5}, {10, 15}});
        assertThat(result.items()).isEqualTo(50);
        assertThat(result.observed()).isCloseTo(0.7, within(1e-12));
        assertThat(result.kappa()).isCloseTo(0.4, within(1e-12));
    }

    /**
     * Three ordered levels, 20 items:
     *
     * <pre>
     *            second 0  1  2   row
     * first 0         5  2  0     7
     * first 1         1  6  1     8
     * first 2         0  2  3     5
     * column          6 10  4    20
     * </pre>
     *
     * Linear weights: 1 on the diagonal, 0.5 one level apart, 0 two levels apart.
     * Weighted observed agreement = (5 + 6 + 3)/20 + 0.5·(2 + 1 + 1 + 2)/20 = 0.70 + 0.15 = 0.85.
     * Weighted chance agreement = [7·6 + 8·10 + 5·4 + 0.5·(7·10 + 8·6 + 8·4 + 5·10)] / 400 = (142 + 100) / 400
     * = 0.605. κ_w = (0.85 − 0.605) / (1 − 0.605) = 0.245 / 0.395 = 0.620253…
     * Unweighted: p_o = 0.7, p_e = 142/400 = 0.355, κ = 0.345 / 0.645 = 0.534883…
     */
    @Test
    void aThreeLevelTableComputedByHand() {
        long[][] table = {{5, 2, 0}, {1, 6, 1}, {0, 2, 3}};
        assertThat(Agreement.linearlyWeighted(table).kappa()).isCloseTo(0.245 / 0.395, within(1e-12));
        assertThat(Agreement.cohen(table).kappa()).isCloseTo(0.345 / 0.645, within(1e-12));
        assertThat(Agreement.linearlyWeighted(table).observed()).isCloseTo(0.7, within(1e-12));
    }

    static Stream<Arguments> handComputed() {
        return Stream.of(
                // perfect agreement over several categories
                Arguments.of(new long[][] {{3, 0, 0}, {0, 4, 0}, {0, 0, 5}}, 1.0, 1.0),
                // perfect agreement, yes/no
                Arguments.of(new long[][] {{7, 0}, {0, 9}}, 1.0, 1.0),
                // always opposite, balanced: p_o = 0, p_e = 0.5 → −1
                Arguments.of(new long[][] {{0, 5}, {5, 0}}, -1.0, -1.0),
                // first always no, second always yes: p_o = 0, p_e = 0 → 0
                Arguments.of(new long[][] {{0, 6}, {0, 0}}, 0.0, 0.0),
                // independent raters: every cell equal → chance level 0
                Arguments.of(new long[][] {{2, 2}, {2, 2}}, 0.0, 0.0),
                // extremes only on a 3-level scale: the middle level is unused; weighted: p_o = 0.8,
                // p_e = (5·5 + 5·5)/100 = 0.5 (the 0↔2 cells weigh 0) → 0.6 = Cohen's kappa
                Arguments.of(new long[][] {{4, 0, 1}, {0, 0, 0}, {1, 0, 4}}, 0.6, 0.6),
                // one level apart only: Cohen sees total disagreement (p_o = 0, p_e = 0 → 0); weighted gives
                // p_o = 0.5, p_e = 0.5·(1·1)/1 = 0.5 → 0
                Arguments.of(new long[][] {{0, 1, 0}, {0, 0, 0}, {0, 0, 0}}, 0.0, 0.0));
    }

    @ParameterizedTest
    @MethodSource("handComputed")
    void handComputedTables(long[][] table, double cohen, double weighted) {
        assertThat(Agreement.cohen(table).kappa()).isCloseTo(cohen, within(1e-12));
        assertThat(Agreement.linearlyWeighted(table).kappa()).isCloseTo(weighted, within(1e-12));
    }

    static Stream<long[][]> undefined() {
        return Stream.of(
                new long[][] {{0, 0}, {0, 0}},
                new long[][] {{12, 0}, {0, 0}},
                new long[][] {{0, 0, 0}, {0, 0, 0}, {0, 0, 9}},
                new long[][] {{4}},
                new long[0][0]);
    }

    @ParameterizedTest
    @MethodSource("undefined")
    void noItemsOrEverythingInOneCategoryIsUndefined(long[][] table) {
        assertThat(Agreement.cohen(table).kappa()).isNull();
        assertThat(Agreement.linearlyWeighted(table).kappa()).isNull();
    }

    @Test
    void theTableIsBuiltFromTheRatings() {
        long[][] table = Agreement.table(3, new int[] {0, 1, 2, 2, 1}, new int[] {0, 2, 2, 1, 1});
        assertThat(table).isEqualTo(new long[][] {{1, 0, 0}, {0, 1, 1}, {0, 1, 1}});
    }

    @Test
    void ratingsOfDifferentLengthsAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Agreement.table(2, new int[] {0}, new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    private static long[][] randomTable(Random random) {
        int k = 2 + random.nextInt(4);
        long[][] table = new long[k][k];
        int items = 1 + random.nextInt(60);
        boolean agreeing = random.nextBoolean();
        for (int n = 0; n < items; n++) {
            int i = random.nextInt(k);
            int j = agreeing && random.nextInt(3) > 0 ? i : random.nextInt(k);
            table[i][j]++;
        }
        return table;
    }

    private static long[][] transpose(long[][] table) {
        long[][] t = new long[table.length][table.length];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                t[j][i] = table[i][j];
            }
        }
        return t;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void kappaIsAtMostOneAndSymmetricInTheRaters(int seed) {
        long[][] table = randomTable(new Random(seed));
        for (boolean weighted : new boolean[] {false, true}) {
            var result = weighted ? Agreement.linearlyWeighted(table) : Agreement.cohen(table);
            var swapped = weighted ? Agreement.linearlyWeighted(transpose(table)) : Agreement.cohen(transpose(table));
            assertThat(result.observed()).isBetween(0.0, 1.0);
            if (result.kappa() == null) {
                assertThat(swapped.kappa()).isNull();
            } else {
                assertThat(result.kappa()).isLessThanOrEqualTo(1.0 + 1e-12).isGreaterThanOrEqualTo(-1.0 - 1e-12);
                assertThat(swapped.kappa()).isCloseTo(result.kappa(), within(1e-12));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withTwoCategoriesWeightedKappaIsCohensKappa(int seed) {
        Random random = new Random(seed);
        long[][] table = {{random.nextInt(10), random.nextInt(10)}, {random.nextInt(10), random.nextInt(10)}};
        var cohen = Agreement.cohen(table).kappa();
        var weighted = Agreement.linearlyWeighted(table).kappa();
        if (cohen == null) {
            assertThat(weighted).isNull();
        } else {
            assertThat(weighted).isCloseTo(cohen, within(1e-12));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void perfectAgreementIsOneUnlessOnlyOneCategoryIsUsed(int seed) {
        Random random = new Random(seed);
        int k = 2 + random.nextInt(4);
        long[][] table = new long[k][k];
        int used = 0;
        for (int i = 0; i < k; i++) {
            table[i][i] = random.nextInt(4);
            used += table[i][i] > 0 ? 1 : 0;
        }
        var kappa = Agreement.cohen(table).kappa();
        if (used >= 2) {
            assertThat(kappa).isCloseTo(1.0, within(1e-12));
            assertThat(Agreement.linearlyWeighted(table).kappa()).isCloseTo(1.0, within(1e-12));
        } else {
            assertThat(kappa).isNull();
        }
    }
}
