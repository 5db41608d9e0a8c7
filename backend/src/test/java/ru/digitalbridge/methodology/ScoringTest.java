package ru.digitalbridge.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.methodology.Scoring.Scored;

/** The index formula and the per-type scoring rules, against hand-computed figures and an exact oracle. */
class ScoringTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Scored scored(String weight, String points, String maxPoints) {
        return new Scored(d(weight), d(points), d(maxPoints));
    }

    // ---- the index -------------------------------------------------------------------------------------

    static Stream<Arguments> handComputedIndexes() {
        return Stream.of(
                // one criterion at full, half and no points
                Arguments.of(List.of(scored("100", "1", "1")), "100.0"),
                Arguments.of(List.of(scored("100", "1", "2")), "50.0"),
                Arguments.of(List.of(scored("100", "0", "2")), "0.0"),
                // 10·1/1 + 30·1/2 + 60·0/1 = 25 of 100
                Arguments.of(List.of(scored("10", "1", "1"), scored("30", "1", "2"), scored("60", "0", "1")), "25.0"),
                // weights need not sum to 100: 5·2/2 + 15·0/2 = 5 of 20 → 25
                Arguments.of(List.of(scored("5", "2", "2"), scored("15", "0", "2")), "25.0"),
                // 1·1/3 of 1 → 33.33… → 33.3
                Arguments.of(List.of(scored("1", "1", "3")), "33.3"),
                // 2/3 → 66.66… → 66.7
                Arguments.of(List.of(scored("1", "2", "3")), "66.7"),
                // fractional weights: 12.5·1/1 + 87.5·0.5/1 = 56.25 of 100 → 56.3 (half up)
                Arguments.of(List.of(scored("12.5", "1", "1"), scored("87.5", "0.5", "1")), "56.3"),
                // 72.45 exactly → 72.5 (half up, not half even)
                Arguments.of(List.of(scored("100", "0.7245", "1")), "72.5"),
                // 72.35 exactly → 72.4 (half even would give 72.4 too; half up must not give 72.3)
                Arguments.of(List.of(scored("100", "0.7235", "1")), "72.4"),
                // 0.05 → 0.1 and 99.95 → 100.0
                Arguments.of(List.of(scored("100", "0.0005", "1")), "0.1"),
                Arguments.of(List.of(scored("100", "0.9995", "1")), "100.0"),
                // just below a half: 72.4499 → 72.4
                Arguments.of(List.of(scored("100", "0.724499", "1")), "72.4"),
                // x.x5 reached through a sum: (1·1/1 + 1·0.449/1) / 2 = 72.45 → 72.5
                Arguments.of(List.of(scored("1", "1", "1"), scored("1", "0.449", "1")), "72.5"),
                // x.x5 reached through thirds: (3·(1/3)·3 terms + 5·6.008/10) / 8 ·100 = 50.05 → 50.1
                Arguments.of(
                        List.of(
                                scored("1", "1", "3"),
                                scored("1", "1", "3"),
                                scored("1", "1", "3"),
                                scored("5", "6.008", "10")),
                        "50.1"),
                // x.x5 reached through thirds: (1/3 + 1/3 + 1/3 + 0.45) / 4 · 100 = 36.25 → 36.3
                Arguments.of(
                        List.of(
                                scored("1", "1", "3"),
                                scored("1", "1", "3"),
                                scored("1", "1", "3"),
                                scored("1", "0.45", "1")),
                        "36.3"),
                // exactly x.x5 with terms that do not terminate: 38·11/12 + 2·1/3 = 35.5 of 40 → 88.75 → 88.8
                Arguments.of(List.of(scored("38", "11", "12"), scored("2", "1", "3")), "88.8"),
                // 49·1/3 + 11·1/12 = 17.25 of 60 → 28.75 → 28.8
                Arguments.of(List.of(scored("49", "1", "3"), scored("11", "1", "12")), "28.8"),
                // 57·8/11 + 7·4/11 = 44 of 64 → 68.75 → 68.8
                Arguments.of(List.of(scored("57", "8", "11"), scored("7", "4", "11")), "68.8"));
    }

    @ParameterizedTest
    @MethodSource("handComputedIndexes")
    void indexMatchesHandComputedFigures(List<Scored> criteria, String expected) {
        assertThat(Scoring.index(criteria)).isEqualByComparingTo(expected);
        assertThat(Scoring.index(criteria).scale()).isEqualTo(Scoring.SCALE);
    }

    @Test
    void nothingApplicableGivesNoIndexRatherThanZero() {
        assertThat(Scoring.index(List.of())).isNull();
    }

    @Test
    void aNotApplicableCriterionIsLeftOutOfTheDenominator() {
        // an N/A criterion never reaches Scoring: the index is over the rest, not diluted by a zero
        var applicable = List.of(scored("20", "1", "1"), scored("30", "0", "1"));
        var withZeroInstead = List.of(scored("20", "1", "1"), scored("30", "0", "1"), scored("50", "0", "1"));
        assertThat(Scoring.index(applicable)).isEqualByComparingTo("40.0");
        assertThat(Scoring.index(withZeroInstead)).isEqualByComparingTo("20.0");
    }

    @ParameterizedTest
    @CsvSource({"0,1,1", "-1,1,1", "1,1,0", "1,1,-2", "1,-0.5,1", "1,2,1", "1,1.001,1"})
    void scoredRefusesImpossibleInput(String weight, String points, String maxPoints) {
        assertThatThrownBy(() -> scored(weight, points, maxPoints)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoredRefusesMissingNumbers() {
        assertThatThrownBy(() -> new Scored(null, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scored(BigDecimal.ONE, null, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scored(BigDecimal.ONE, BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- properties over seeded random evaluations ------------------------------------------------------

    private static List<Scored> randomCriteria(Random random) {
        int count = 1 + random.nextInt(25);
        List<Scored> criteria = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            criteria.add(randomCriterion(random));
        }
        return criteria;
    }

    private static Scored randomCriterion(Random random) {
        BigDecimal weight = BigDecimal.valueOf(1 + random.nextInt(100_000), 3); // 0.001 … 100.000
        BigDecimal max = BigDecimal.valueOf(1 + random.nextInt(9), random.nextInt(2)); // 1…9 or 0.1…0.9
        // points on the grid max·k/q for small q: thirds, sevenths … make the quotients non-terminating
        int q = 1 + random.nextInt(9);
        int k = random.nextInt(q + 1);
        BigDecimal points = max.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(q), 3, RoundingMode.DOWN);
        return new Scored(weight, points, max);
    }

    /** The index with exact rational arithmetic, rounded half up once: the reference the documentation promises. */
    private static BigDecimal exactIndex(List<Scored> criteria) {
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ONE;
        BigDecimal weights = BigDecimal.ZERO;
        for (Scored s : criteria) {
            // w·p/m as a fraction of unscaled integers
            BigDecimal wp = s.weight().multiply(s.points());
            BigInteger n = wp.unscaledValue()
                    .multiply(BigInteger.TEN.pow(Math.max(0, s.maxPoints().scale())));
            BigInteger m = s.maxPoints().unscaledValue().multiply(BigInteger.TEN.pow(Math.max(0, wp.scale())));
            numerator = numerator.multiply(m).add(n.multiply(denominator));
            denominator = denominator.multiply(m);
            weights = weights.add(s.weight());
        }
        BigDecimal top = new BigDecimal(numerator.multiply(BigInteger.valueOf(100)));
        BigDecimal bottom = new BigDecimal(denominator).multiply(weights);
        return top.divide(bottom, Scoring.SCALE, RoundingMode.HALF_UP);
    }

    @Test
    void indexEqualsTheExactlyRoundedRationalValue() {
        Random random = new Random(20220701L);
        for (int run = 0; run < 5_000; run++) {
            List<Scored> criteria = randomCriteria(random);
            assertThat(Scoring.index(criteria)).as("run %d: %s", run, criteria).isEqualTo(exactIndex(criteria));
        }
    }

    @Test
    void indexEqualsTheExactValueWhenPointsAreFractionsOfTheMaximum() {
        // integer points of a maximum like 3, 7 or 12: most quotients do not terminate
        Random random = new Random(1L);
        int[] maxima = {2, 3, 4, 6, 7, 9, 11, 12, 13};
        for (int run = 0; run < 20_000; run++) {
            List<Scored> criteria = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                int max = maxima[random.nextInt(maxima.length)];
                criteria.add(new Scored(
                        BigDecimal.valueOf(1 + random.nextInt(100)),
                        BigDecimal.valueOf(random.nextInt(max + 1)),
                        BigDecimal.valueOf(max)));
            }
            assertThat(Scoring.index(criteria)).as("run %d: %s", run, criteria).isEqualTo(exactIndex(criteria));
        }
    }

    @Test
    void indexIsAlwaysWithinZeroAndHundred() {
        Random random = new Random(42L);
        for (int run = 0; run < 5_000; run++) {
            BigDecimal index = Scoring.index(randomCriteria(random));
            assertThat(index).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        }
    }

    @Test
    void allAtMaximumGivesHundredAndAllAtZeroGivesZero() {
        Random random = new Random(7L);
        for (int run = 0; run < 2_000; run++) {
            List<Scored> criteria = randomCriteria(random);
            List<Scored> best = criteria.stream()
                    .map(s -> new Scored(s.weight(), s.maxPoints(), s.maxPoints()))
                    .toList();
            List<Scored> worst = criteria.stream()
                    .map(s -> new Scored(s.weight(), BigDecimal.ZERO, s.maxPoints()))
                    .toList();
            assertThat(Scoring.index(best)).isEqualByComparingTo("100.0");
            assertThat(Scoring.index(worst)).isEqualByComparingTo("0.0");
        }
    }

    @Test
    void addingANotApplicableCriterionNeverChangesTheIndex() {
        // an N/A criterion is not passed to Scoring: the evaluation's list is filtered by applicability first
        Random random = new Random(2023L);
        for (int run = 0; run < 2_000; run++) {
            List<Scored> criteria = randomCriteria(random);
            List<Answer> answers = new ArrayList<>();
            criteria.forEach(s -> answers.add(new Answer(s, false)));
            BigDecimal before = Scoring.index(applicable(answers));
            int extra = 1 + random.nextInt(3);
            for (int i = 0; i < extra; i++) {
                answers.add(random.nextInt(answers.size() + 1), new Answer(randomCriterion(random), true));
            }
            assertThat(Scoring.index(applicable(answers))).isEqualTo(before);
        }
    }

    @Test
    void theOrderOfCriteriaDoesNotMatter() {
        Random random = new Random(11L);
        for (int run = 0; run < 1_000; run++) {
            List<Scored> criteria = new ArrayList<>(randomCriteria(random));
            BigDecimal index = Scoring.index(criteria);
            java.util.Collections.shuffle(criteria, random);
            assertThat(Scoring.index(criteria)).isEqualTo(index);
        }
    }

    private record Answer(Scored scored, boolean notApplicable) {}

    private static List<Scored> applicable(List<Answer> answers) {
        return answers.stream()
                .filter(a -> !a.notApplicable())
                .map(Answer::scored)
                .toList();
    }

    // ---- points by type ----------------------------------------------------------------------------------

    private static ScoringRule rule(CriterionType type, String maxPoints) {
        return new ScoringRule(type, List.of(), List.of(), null, null, d(maxPoints), Set.of(), Set.of(), Set.of());
    }

    private static ScoringRule scale() {
        return new ScoringRule(
                CriterionType.SCALE,
                List.of(
                        new Level(0, "Формальный ответ", d("0")),
                        new Level(1, "По существу", d("1")),
                        new Level(2, "По существу со сроком", d("2.5"))),
                List.of(),
                null,
                null,
                d("2.5"),
                Set.of(),
                Set.of(),
                Set.of());
    }

    private static ScoringRule thresholds(CriterionType type, Direction direction, Threshold... steps) {
        return new ScoringRule(type, List.of(), List.of(steps), direction, null, d("2"), Set.of(), Set.of(), Set.of());
    }

    private static Threshold step(String bound, String points) {
        return new Threshold(d(bound), d(points));
    }

    @ParameterizedTest
    @CsvSource({"1,3", "1.0,3", "1.000,3", "0,0", "0.00,0"})
    void booleanYesGivesTheMaximumAndNoGivesNothing(String value, String points) {
        assertThat(rule(CriterionType.BOOLEAN, "3").points(d(value)))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(points));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "-1", "0.5", "1.0001", "100"})
    void booleanRefusesAnythingButZeroAndOne(String value) {
        assertThat(rule(CriterionType.BOOLEAN, "1").points(d(value))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "2,2.5", "2.0,2.5", "1.00,1"})
    void scaleGivesThePointsOfThePickedLevel(String value, String points) {
        assertThat(scale().points(d(value)))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(points));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "-1", "0.5", "1.5", "2.5"})
    void scaleRefusesValuesThatAreNoLevel(String value) {
        assertThat(scale().points(d(value))).isEmpty();
    }

    static Stream<Arguments> lowerIsBetter() {
        // median answer hours: ≤ 8 → 2, ≤ 24 → 1, more → 0
        return Stream.of(
                Arguments.of("0", "2"),
                Arguments.of("7.99", "2"),
                Arguments.of("8", "2"),
                Arguments.of("8.00", "2"),
                Arguments.of("8.01", "1"),
                Arguments.of("24", "1"),
                Arguments.of("24.000001", "0"),
                Arguments.of("1000", "0"));
    }

    @ParameterizedTest
    @MethodSource("lowerIsBetter")
    void lowerIsBetterMatchesWhenTheValueIsAtMostTheBound(String value, String points) {
        for (CriterionType type : new CriterionType[] {CriterionType.NUMERIC, CriterionType.DERIVED}) {
            var rule = thresholds(type, Direction.LOWER_IS_BETTER, step("8", "2"), step("24", "1"));
            assertThat(rule.points(d(value)))
                    .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(points));
        }
    }

    static Stream<Arguments> higherIsBetter() {
        // posts a week: ≥ 3 → 2, ≥ 1 → 1, less → 0
        return Stream.of(
                Arguments.of("10", "2"),
                Arguments.of("3", "2"),
                Arguments.of("3.0", "2"),
                Arguments.of("2.99", "1"),
                Arguments.of("1", "1"),
                Arguments.of("0.999", "0"),
                Arguments.of("0", "0"));
    }

    @ParameterizedTest
    @MethodSource("higherIsBetter")
    void higherIsBetterMatchesWhenTheValueIsAtLeastTheBound(String value, String points) {
        for (CriterionType type : new CriterionType[] {CriterionType.NUMERIC, CriterionType.DERIVED}) {
            var rule = thresholds(type, Direction.HIGHER_IS_BETTER, step("3", "2"), step("1", "1"));
            assertThat(rule.points(d(value)))
                    .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(points));
        }
    }

    @ParameterizedTest
    @CsvSource({"5,1", "15,1", "25,0"})
    void theFirstMatchingThresholdWinsEvenWhenALaterOneIsBetter(String value, String points) {
        // listed worst-first: the ≤ 8 step can never be reached, the ≤ 20 step catches 5 already
        var rule = thresholds(CriterionType.NUMERIC, Direction.LOWER_IS_BETTER, step("20", "1"), step("8", "2"));
        assertThat(rule.points(d(value))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(points));
    }

    @Test
    void noMatchingThresholdGivesZeroAndNoThresholdsAtAllGiveZero() {
        var rule = thresholds(CriterionType.NUMERIC, Direction.HIGHER_IS_BETTER, step("5", "1"));
        assertThat(rule.points(d("4"))).contains(BigDecimal.ZERO);
        assertThat(thresholds(CriterionType.DERIVED, Direction.LOWER_IS_BETTER).points(d("1")))
                .contains(BigDecimal.ZERO);
    }

    @Test
    void aMissingDirectionReadsThresholdsAsLowerIsBetter() {
        var rule = thresholds(CriterionType.NUMERIC, null, step("8", "2"), step("24", "1"));
        assertThat(rule.points(d("8"))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("2"));
        assertThat(rule.points(d("30"))).contains(BigDecimal.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.001", "-1", "-100"})
    void numericAndDerivedRefuseNegativeValues(String value) {
        var numeric = thresholds(CriterionType.NUMERIC, Direction.LOWER_IS_BETTER, step("8", "2"));
        var derived = thresholds(CriterionType.DERIVED, Direction.HIGHER_IS_BETTER, step("8", "2"));
        assertThat(numeric.points(d(value))).isEmpty();
        assertThat(derived.points(d(value))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void noValueGivesNoPoints(ScoringRule rule) {
        assertThat(rule.points(null)).isEqualTo(Optional.empty());
    }

    static Stream<ScoringRule> everyType() {
        return Stream.of(
                rule(CriterionType.BOOLEAN, "1"),
                scale(),
                thresholds(CriterionType.NUMERIC, Direction.LOWER_IS_BETTER, step("1", "1")),
                thresholds(CriterionType.DERIVED, Direction.HIGHER_IS_BETTER, step("1", "1")));
    }

    @Test
    void pointsNeverExceedTheMaximumOfAWellFormedRule() {
        Random random = new Random(99L);
        var rule = thresholds(CriterionType.NUMERIC, Direction.LOWER_IS_BETTER, step("8", "2"), step("24", "1"));
        for (int i = 0; i < 1_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextInt(100_000), 2);
            BigDecimal points = rule.points(value).orElseThrow();
            assertThat(points).isBetween(BigDecimal.ZERO, rule.maxPoints());
        }
    }

    // ---- applicability -------------------------------------------------------------------------------------

    private static ScoringRule applicability(Set<String> platforms, Set<String> sectors, Set<String> kinds) {
        return new ScoringRule(CriterionType.BOOLEAN, null, null, null, null, d("1"), platforms, sectors, kinds);
    }

    static Stream<Arguments> applicabilityCases() {
        Set<String> none = Set.of();
        return Stream.of(
                // empty sets: everything
                Arguments.of(none, none, none, "VK", "EDUCATION", "MUNICIPAL_INSTITUTION", true),
                Arguments.of(none, none, none, "OTHER", "OTHER", "OTHER", true),
                // meals: schools only
                Arguments.of(none, Set.of("EDUCATION"), none, "VK", "EDUCATION", "MUNICIPAL_INSTITUTION", true),
                Arguments.of(none, Set.of("EDUCATION"), none, "VK", "CULTURE", "MUNICIPAL_INSTITUTION", false),
                // the "Госорганизация" mark: VK and OK only
                Arguments.of(Set.of("VK", "OK"), none, none, "OK", "HEALTH", "STATE_INSTITUTION", true),
                Arguments.of(Set.of("VK", "OK"), none, none, "TELEGRAM", "HEALTH", "STATE_INSTITUTION", false),
                // head's account: bodies, not institutions
                Arguments.of(
                        none,
                        none,
                        Set.of("LOCAL_GOVERNMENT", "REGIONAL_BODY"),
                        "VK",
                        "ADMINISTRATION",
                        "LOCAL_GOVERNMENT",
                        true),
                Arguments.of(
                        none,
                        none,
                        Set.of("LOCAL_GOVERNMENT", "REGIONAL_BODY"),
                        "VK",
                        "EDUCATION",
                        "MUNICIPAL_INSTITUTION",
                        false),
                // all three restricted: every one must match
                Arguments.of(
                        Set.of("VK"),
                        Set.of("CULTURE"),
                        Set.of("MUNICIPAL_INSTITUTION"),
                        "VK",
                        "CULTURE",
                        "MUNICIPAL_INSTITUTION",
                        true),
                Arguments.of(
                        Set.of("VK"),
                        Set.of("CULTURE"),
                        Set.of("MUNICIPAL_INSTITUTION"),
                        "OK",
                        "CULTURE",
                        "MUNICIPAL_INSTITUTION",
                        false),
                Arguments.of(
                        Set.of("VK"),
                        Set.of("CULTURE"),
                        Set.of("MUNICIPAL_INSTITUTION"),
                        "VK",
                        "SPORT",
                        "MUNICIPAL_INSTITUTION",
                        false),
                Arguments.of(
                        Set.of("VK"),
                        Set.of("CULTURE"),
                        Set.of("MUNICIPAL_INSTITUTION"),
                        "VK",
                        "CULTURE",
                        "STATE_INSTITUTION",
                        false));
    }

    @ParameterizedTest
    @MethodSource("applicabilityCases")
    void appliesWhenEveryRestrictedDimensionMatches(
            Set<String> platforms,
            Set<String> sectors,
            Set<String> kinds,
            String platform,
            String sector,
            String kind,
            boolean applies) {
        assertThat(applicability(platforms, sectors, kinds).appliesTo(platform, sector, kind))
                .isEqualTo(applies);
    }

    @Test
    void nullApplicabilitySetsMeanEverything() {
        assertThat(applicability(null, null, null).appliesTo("VK", "EDUCATION", "OTHER"))
                .isTrue();
    }

    @Test
    void theRuleKeepsItsOwnCopies() {
        List<Level> levels = new ArrayList<>(List.of(new Level(0, "нет", d("0")), new Level(1, "да", d("1"))));
        var rule = new ScoringRule(CriterionType.SCALE, levels, null, null, null, d("1"), Set.of(), Set.of(), Set.of());
        levels.clear();
        assertThat(rule.points(d("1"))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("1"));
    }
    // ---- the worked example of docs/methodology.md ---------------------------------------------------------------

    @Test
    void theDocumentedWorkedExampleGives72point2() {
        var phone = new ScoringRule(
                CriterionType.BOOLEAN, null, null, null, null, d("1"), Set.of("VK", "OK"), Set.of(), Set.of());
        var quality = scale2();
        var posts = new ScoringRule(
                CriterionType.NUMERIC,
                null,
                List.of(step("3", "2"), step("1", "1")),
                Direction.HIGHER_IS_BETTER,
                null,
                d("2"),
                Set.of(),
                Set.of(),
                Set.of());
        var median = new ScoringRule(
                CriterionType.DERIVED,
                null,
                List.of(step("8", "2"), step("24", "1")),
                Direction.LOWER_IS_BETTER,
                Metric.MEDIAN_ANSWER_HOURS,
                d("2"),
                Set.of(),
                Set.of(),
                Set.of());
        var asked = java.time.OffsetDateTime.parse("2023-03-01T09:00:00+04:00");
        var sample = ru.digitalbridge.monitoring.evaluations.AnswerTimes.of(List.of(
                new ru.digitalbridge.monitoring.evaluations.AnswerTimes.Question(asked, asked.plusHours(2)),
                new ru.digitalbridge.monitoring.evaluations.AnswerTimes.Question(asked, asked.plusHours(30)),
                new ru.digitalbridge.monitoring.evaluations.AnswerTimes.Question(asked, asked.plusHours(5)),
                new ru.digitalbridge.monitoring.evaluations.AnswerTimes.Question(asked, null)));
        assertThat(sample.value(Metric.MEDIAN_ANSWER_HOURS)).isEqualByComparingTo("5");
        assertThat(sample.p90Hours()).isEqualByComparingTo("30");
        assertThat(sample.shareAnswered24h()).isEqualByComparingTo("50");
        assertThat(sample.shareUnanswered()).isEqualByComparingTo("25");

        String platform = "TELEGRAM";
        List<Scored> scored = new ArrayList<>();
        if (phone.appliesTo(platform, "EDUCATION", "MUNICIPAL_INSTITUTION")) {
            scored.add(new Scored(d("10"), phone.points(d("1")).orElseThrow(), phone.maxPoints()));
        }
        scored.add(new Scored(d("20"), quality.points(d("1")).orElseThrow(), quality.maxPoints()));
        scored.add(new Scored(d("30"), posts.points(d("2.5")).orElseThrow(), posts.maxPoints()));
        scored.add(
                new Scored(d("40"), median.points(sample.value(median.metric())).orElseThrow(), median.maxPoints()));
        assertThat(scored).hasSize(3);
        assertThat(Scoring.index(scored)).isEqualByComparingTo("72.2");

        assertThat(phone.appliesTo("VK", "EDUCATION", "MUNICIPAL_INSTITUTION")).isTrue();
        scored.add(0, new Scored(d("10"), phone.points(d("1")).orElseThrow(), phone.maxPoints()));
        assertThat(Scoring.index(scored)).isEqualByComparingTo("75.0");
    }

    private static ScoringRule scale2() {
        return new ScoringRule(
                CriterionType.SCALE,
                List.of(new Level(0, "Нет", d("0")), new Level(1, "Частично", d("1")), new Level(2, "Да", d("2"))),
                null,
                null,
                null,
                d("2"),
                Set.of(),
                Set.of(),
                Set.of());
    }
}
