package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.digitalbridge.methodology.Metric;
import ru.digitalbridge.monitoring.evaluations.AnswerTimes.Question;

/** Answer-time figures against hand-computed samples. */
class AnswerTimesTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2023, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(4));

    /** A question asked at T0 + {@code askedHour} and answered {@code minutes} later ({@code null}: never). */
    private static Question q(int askedHour, Integer minutes) {
        OffsetDateTime asked = T0.plusHours(askedHour);
        return new Question(asked, minutes == null ? null : asked.plusMinutes(minutes));
    }

    private static List<Question> answeredAfterHours(double... hours) {
        List<Question> sample = new ArrayList<>();
        for (double h : hours) {
            sample.add(q(0, (int) Math.round(h * 60)));
        }
        return sample;
    }

    @Test
    void oddCountTakesTheMiddleValue() {
        // sorted: 1, 2, 5, 10, 30 → median 5; p90 rank ⌈4.5⌉ = 5 → 30; within 24 h: 4 of 5
        var times = AnswerTimes.of(answeredAfterHours(10, 1, 30, 5, 2));
        assertThat(times.questions()).isEqualTo(5);
        assertThat(times.answered()).isEqualTo(5);
        assertThat(times.medianHours()).isEqualByComparingTo("5");
        assertThat(times.p90Hours()).isEqualByComparingTo("30");
        assertThat(times.shareAnswered24h()).isEqualByComparingTo("80");
        assertThat(times.shareUnanswered()).isEqualByComparingTo("0");
    }

    @Test
    void evenCountTakesTheMeanOfTheTwoMiddleValues() {
        // sorted: 1, 2, 3.5, 10 → median (2 + 3.5) / 2 = 2.75; p90 rank ⌈3.6⌉ = 4 → 10
        var times = AnswerTimes.of(answeredAfterHours(3.5, 10, 1, 2));
        assertThat(times.medianHours()).isEqualByComparingTo("2.75");
        assertThat(times.p90Hours()).isEqualByComparingTo("10");
        assertThat(times.medianHours().scale()).isEqualTo(2);
    }

    @Test
    void nearestRankP90OfTenIsTheNinthSmallest() {
        // 1 … 10 hours: ⌈0.9 · 10⌉ = 9 → 9 h (not the interpolated 9.1)
        var times = AnswerTimes.of(answeredAfterHours(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertThat(times.p90Hours()).isEqualByComparingTo("9");
        assertThat(times.medianHours()).isEqualByComparingTo("5.5");
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,2", "9,9", "10,9", "11,10", "19,18", "20,18", "21,19", "100,90", "101,91"})
    void nearestRankIsTheCeilingOfNinetyPercent(int count, int rank) {
        // answers after count, count − 1, …, 1 hours: the rank-th smallest is rank hours
        double[] hours = new double[count];
        for (int i = 0; i < count; i++) {
            hours[i] = count - i;
        }
        assertThat(AnswerTimes.of(answeredAfterHours(hours)).p90Hours()).isEqualByComparingTo(String.valueOf(rank));
    }

    @Test
    void exactlyTwentyFourHoursCountsAsWithinADay() {
        var sample = List.of(
                new Question(T0, T0.plusHours(24)),
                new Question(T0, T0.plusHours(24).plusSeconds(1)),
                new Question(T0, T0.plusHours(23).plusMinutes(59)));
        var times = AnswerTimes.of(sample);
        assertThat(times.shareAnswered24h()).isEqualByComparingTo("66.67");
        assertThat(times.medianHours()).isEqualByComparingTo("24");
        // 24 h 1 s = 24.000278 h: over a day, but shown as 24.00
        assertThat(times.p90Hours()).isEqualByComparingTo("24");
    }

    @Test
    void unansweredQuestionsCountInTheSharesButNotInTheHours() {
        // answered after 2 h and 30 h; two never answered
        var times = AnswerTimes.of(List.of(q(0, 120), q(1, null), q(2, 30 * 60), q(3, null)));
        assertThat(times.questions()).isEqualTo(4);
        assertThat(times.answered()).isEqualTo(2);
        assertThat(times.medianHours()).isEqualByComparingTo("16");
        assertThat(times.p90Hours()).isEqualByComparingTo("30");
        assertThat(times.shareAnswered24h()).isEqualByComparingTo("25");
        assertThat(times.shareUnanswered()).isEqualByComparingTo("50");
    }

    @Test
    void noneAnsweredLeavesTheHourFiguresUncomputable() {
        var times = AnswerTimes.of(List.of(q(0, null), q(5, null), q(9, null)));
        assertThat(times.answered()).isZero();
        assertThat(times.medianHours()).isNull();
        assertThat(times.p90Hours()).isNull();
        assertThat(times.shareAnswered24h()).isEqualByComparingTo("0");
        assertThat(times.shareUnanswered()).isEqualByComparingTo("100");
        assertThat(times.value(Metric.MEDIAN_ANSWER_HOURS)).isNull();
        assertThat(times.value(Metric.P90_ANSWER_HOURS)).isNull();
        assertThat(times.value(Metric.SHARE_UNANSWERED)).isEqualByComparingTo("100");
    }

    @Test
    void anEmptySampleComputesNothing() {
        var times = AnswerTimes.of(List.of());
        assertThat(times.questions()).isZero();
        assertThat(times.answered()).isZero();
        for (Metric metric : Metric.values()) {
            assertThat(times.value(metric)).as(metric.name()).isNull();
        }
    }

    @Test
    void anAnswerBeforeItsQuestionIsRefused() {
        var sample = List.of(q(0, 60), new Question(T0, T0.minusMinutes(1)));
        assertThatThrownBy(() -> AnswerTimes.of(sample)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerTimes.of(List.of(new Question(T0, T0.minusNanos(1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnswerAtTheSameMomentTakesZeroHours() {
        var times = AnswerTimes.of(List.of(new Question(T0, T0)));
        assertThat(times.medianHours()).isEqualByComparingTo("0");
        assertThat(times.shareAnswered24h()).isEqualByComparingTo("100");
    }

    @Test
    void timeZonesDoNotChangeTheHours() {
        // asked 09:00 +04:00 (05:00 UTC), answered 08:30 UTC → 3.5 h
        var answered = OffsetDateTime.of(2023, 3, 1, 8, 30, 0, 0, ZoneOffset.UTC);
        assertThat(AnswerTimes.of(List.of(new Question(T0, answered))).medianHours())
                .isEqualByComparingTo("3.5");
    }

    @Test
    void hoursAndSharesAreRoundedToTwoDecimalsHalfUp() {
        // 1 h 0 min 18 s = 1.005 h → 1.01; shares: 1 of 3 = 33.33, 2 of 3 = 66.67
        var times = AnswerTimes.of(List.of(new Question(T0, T0.plusSeconds(3618)), q(1, null), q(2, null)));
        assertThat(times.medianHours()).isEqualTo(new BigDecimal("1.01"));
        assertThat(times.shareAnswered24h()).isEqualTo(new BigDecimal("33.33"));
        assertThat(times.shareUnanswered()).isEqualTo(new BigDecimal("66.67"));
    }

    @Test
    void valueNamesEachFigure() {
        var times = AnswerTimes.of(List.of(q(0, 60), q(0, 180), q(0, null)));
        assertThat(times.value(Metric.MEDIAN_ANSWER_HOURS)).isEqualByComparingTo("2");
        assertThat(times.value(Metric.P90_ANSWER_HOURS)).isEqualByComparingTo("3");
        assertThat(times.value(Metric.SHARE_ANSWERED_24H)).isEqualByComparingTo("66.67");
        assertThat(times.value(Metric.SHARE_UNANSWERED)).isEqualByComparingTo("33.33");
    }

    @Test
    void figuresStayConsistentOnRandomSamples() {
        Random random = new Random(31L);
        for (int run = 0; run < 1_000; run++) {
            List<Question> sample = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sample.add(q(random.nextInt(500), random.nextInt(4) == 0 ? null : random.nextInt(5 * 24 * 60)));
            }
            var times = AnswerTimes.of(sample);
            long unanswered =
                    sample.stream().filter(s -> s.answeredAt() == null).count();
            assertThat(times.answered()).isEqualTo(n - (int) unanswered);
            assertThat(times.shareAnswered24h().add(times.shareUnanswered()))
                    .isLessThanOrEqualTo(new BigDecimal("100.01"));
            if (times.answered() > 0) {
                assertThat(times.medianHours()).isLessThanOrEqualTo(times.p90Hours());
            }
        }
    }
}
