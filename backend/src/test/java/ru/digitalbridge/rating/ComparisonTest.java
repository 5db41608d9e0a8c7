package ru.digitalbridge.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.rating.Comparison.Status;

class ComparisonTest {
    @Test
    void sameEditionComparesIndexesAndPlaces() {
        Status status = Comparison.status(2, 2);
        assertThat(status).isEqualTo(Status.COMPARABLE);
        assertThat(Comparison.indexDelta(status, new BigDecimal("70.0"), new BigDecimal("75.0")))
                .isEqualByComparingTo("5.0");
        assertThat(Comparison.placeDelta(status, 4, 3)).isEqualTo(1);
        assertThat(Comparison.placeDelta(status, 3, 7)).isEqualTo(-4);
    }

    @Test
    void aNewEditionSaysSoInsteadOfComparing() {
        Status status = Comparison.status(1, 2);
        assertThat(status).isEqualTo(Status.EDITION_CHANGED);
        assertThat(Comparison.indexDelta(status, new BigDecimal("70.0"), new BigDecimal("75.0")))
                .isNull();
        assertThat(Comparison.placeDelta(status, 4, 3)).isNull();
    }

    @Test
    void noPreviousCampaignAndMissingUnitsHaveNoDelta() {
        assertThat(Comparison.status(null, 1)).isEqualTo(Status.NO_PREVIOUS);
        assertThat(Comparison.indexDelta(Status.NO_PREVIOUS, BigDecimal.ONE, BigDecimal.TEN))
                .isNull();
        assertThat(Comparison.indexDelta(Status.COMPARABLE, null, BigDecimal.TEN))
                .isNull();
        assertThat(Comparison.placeDelta(Status.COMPARABLE, null, 1)).isNull();
    }

    @Test
    void theMeanIsExactThenRoundedHalfUpOnce() {
        assertThat(Aggregation.mean(List.of(new BigDecimal("72.4"), new BigDecimal("72.5"))))
                .isEqualByComparingTo("72.5"); // 72.45 → 72.5
        assertThat(Aggregation.mean(List.of(new BigDecimal("95.0"), new BigDecimal("75.0"), new BigDecimal("75.0"))))
                .isEqualByComparingTo("81.7"); // 81.666…
        assertThat(Aggregation.mean(java.util.Arrays.asList(new BigDecimal("10.0"), null)))
                .isEqualByComparingTo("10.0");
        assertThat(Aggregation.mean(List.of())).isNull();
    }
}
