package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.methodology.CriterionDefinition;
import ru.digitalbridge.methodology.CriterionGroup;
import ru.digitalbridge.methodology.CriterionType;
import ru.digitalbridge.methodology.Direction;
import ru.digitalbridge.methodology.Level;
import ru.digitalbridge.methodology.Metric;
import ru.digitalbridge.methodology.ScoringRule;
import ru.digitalbridge.methodology.Threshold;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer.Input;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer.Result;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer.Subject;

/** The scorer's rules without a database: applicability, derived figures, N/A, prefill and the index. */
class EvaluationScorerRulesTest {
    private static final Subject SCHOOL_ON_VK = new Subject("VK", "EDUCATION", "MUNICIPAL_INSTITUTION");
    private static final AnswerTimes NO_QUESTIONS = AnswerTimes.of(List.of());

    private static CriterionDefinition criterion(
            String code, CriterionType type, String weight, String max, Set<String> sectors, Set<String> platforms) {
        ScoringRule rule = new ScoringRule(
                type,
                type == CriterionType.SCALE
                        ? List.of(
                                new Level(0, "нет", BigDecimal.ZERO),
                                new Level(1, "частично", BigDecimal.ONE),
                                new Level(2, "да", new BigDecimal("2")))
                        : List.of(),
                type == CriterionType.NUMERIC || type == CriterionType.DERIVED
                        ? List.of(
                                new Threshold(new BigDecimal("8"), new BigDecimal("2")),
                                new Threshold(new BigDecimal("24"), BigDecimal.ONE))
                        : List.of(),
                type == CriterionType.NUMERIC || type == CriterionType.DERIVED ? Direction.LOWER_IS_BETTER : null,
                type == CriterionType.DERIVED ? Metric.MEDIAN_ANSWER_HOURS : null,
                new BigDecimal(max),
                platforms,
                sectors,
                Set.of());
        return new CriterionDefinition(
                UUID.randomUUID(),
                1,
                code,
                CriterionGroup.PROFILE,
                code,
                "Исправьте " + code,
                true,
                new BigDecimal(weight),
                rule);
    }

    private static CriterionDefinition bool(String code, String weight) {
        return criterion(code, CriterionType.BOOLEAN, weight, "1", Set.of(), Set.of());
    }

    private static Input value(String value) {
        return new Input(new BigDecimal(value), false, null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource({
        "VK, EDUCATION, '', '', true",
        "VK, EDUCATION, EDUCATION, '', true",
        "VK, EDUCATION, CULTURE, '', false",
        "VK, CULTURE, CULTURE;EDUCATION, '', true",
        "OK, EDUCATION, '', VK, false",
        "TELEGRAM, EDUCATION, '', VK;TELEGRAM, true",
        "TELEGRAM, HEALTH, EDUCATION, VK;TELEGRAM, false"
    })
    void applicabilityFollowsPlatformAndSector(
            String platform, String sector, String sectors, String platforms, boolean applies) {
        CriterionDefinition c = criterion("X", CriterionType.BOOLEAN, "10", "1", split(sectors), split(platforms));
        var scored = EvaluationScorer.scoreOne(
                c, new Subject(platform, sector, "MUNICIPAL_INSTITUTION"), value("1"), NO_QUESTIONS);
        assertThat(scored.applicable()).isEqualTo(applies);
        assertThat(scored.notApplicable()).isEqualTo(!applies);
        assertThat(scored.points()).isEqualTo(applies ? BigDecimal.ONE : null);
    }

    private static Set<String> split(String list) {
        return list.isBlank() ? Set.of() : Set.of(list.split(";"));
    }

    @ParameterizedTest
    @CsvSource({"2, 2", "8, 2", "8.01, 1", "24, 1", "30, 0"})
    void aDerivedCriterionScoresTheMedianOfTheSample(String hours, String points) {
        CriterionDefinition c = criterion("D", CriterionType.DERIVED, "10", "2", Set.of(), Set.of());
        OffsetDateTime asked = OffsetDateTime.parse("2023-01-01T00:00:00Z");
        long seconds = new BigDecimal(hours).multiply(BigDecimal.valueOf(3600)).longValue();
        AnswerTimes times = AnswerTimes.of(List.of(new AnswerTimes.Question(asked, asked.plusSeconds(seconds))));
        var scored = EvaluationScorer.scoreOne(c, SCHOOL_ON_VK, Input.EMPTY, times);
        assertThat(scored.points()).isEqualByComparingTo(points);
        assertThat(scored.value()).isEqualByComparingTo(new BigDecimal(hours).setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void aDerivedCriterionWithoutAFigureIsNotApplicableAndNotRequired() {
        CriterionDefinition c = criterion("D", CriterionType.DERIVED, "10", "2", Set.of(), Set.of());
        var scored = EvaluationScorer.scoreOne(c, SCHOOL_ON_VK, value("3"), NO_QUESTIONS);
        assertThat(scored.notApplicable()).isTrue();
        assertThat(scored.value()).isNull();
        assertThat(scored.required()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1"})
    void belowTheMaximumTheRecommendationIsPrefilledAndDroppedAgainAtTheMaximum(String v) {
        CriterionDefinition c = bool("B", "10");
        var scored = EvaluationScorer.scoreOne(
                c, SCHOOL_ON_VK, new Input(new BigDecimal(v), false, null, null, null, "Исправьте B"), NO_QUESTIONS);
        assertThat(scored.recommendation()).isEqualTo("0".equals(v) ? "Исправьте B" : null);
        var edited = EvaluationScorer.scoreOne(
                c, SCHOOL_ON_VK, new Input(new BigDecimal(v), false, null, null, null, "Своя"), NO_QUESTIONS);
        assertThat(edited.recommendation()).isEqualTo("Своя");
    }

    @Test
    void nothingApplicableGivesNoIndexAndAllNaIsNotZero() {
        CriterionDefinition a = bool("A", "50");
        CriterionDefinition b = bool("B", "50");
        Map<UUID, Input> inputs = Map.of(
                a.id(), new Input(null, true, "причина", null, null, null),
                b.id(), new Input(null, true, "причина", null, null, null));
        Result result = EvaluationScorer.score(List.of(a, b), SCHOOL_ON_VK, inputs, NO_QUESTIONS);
        assertThat(result.index()).isNull();
        assertThat(result.applicable()).isEqualTo(2);
        assertThat(result.filled()).isEqualTo(2);
    }

    /** Property: the index equals Σ(w·p/max)/Σw·100 over filled, applicable criteria, for random evaluations. */
    @Test
    void theIndexMatchesTheFormulaOnRandomEvaluations() {
        Random random = new Random(20230401L);
        for (int round = 0; round < 300; round++) {
            List<CriterionDefinition> criteria = new ArrayList<>();
            Map<UUID, Input> inputs = new HashMap<>();
            BigDecimal earned = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                boolean scale = random.nextBoolean();
                boolean culture = random.nextInt(5) == 0;
                String weight = String.valueOf(1 + random.nextInt(30));
                CriterionDefinition c = criterion(
                        "C" + i,
                        scale ? CriterionType.SCALE : CriterionType.BOOLEAN,
                        weight,
                        scale ? "2" : "1",
                        culture ? Set.of("CULTURE") : Set.of(),
                        Set.of());
                criteria.add(c);
                int choice = random.nextInt(4);
                if (choice == 0) {
                    inputs.put(c.id(), new Input(null, true, "нет", null, null, null));
                } else if (choice == 1) {
                    continue;
                } else {
                    int v = random.nextInt(scale ? 3 : 2);
                    inputs.put(c.id(), value(String.valueOf(v)));
                    if (!culture) {
                        earned = earned.add(new BigDecimal(weight)
                                .multiply(BigDecimal.valueOf(v))
                                .divide(c.maxPoints(), 10, RoundingMode.HALF_UP));
                        weights = weights.add(new BigDecimal(weight));
                    }
                }
            }
            Result result = EvaluationScorer.score(criteria, SCHOOL_ON_VK, inputs, NO_QUESTIONS);
            if (weights.signum() == 0) {
                assertThat(result.index()).isNull();
            } else {
                BigDecimal expected = earned.multiply(BigDecimal.valueOf(100)).divide(weights, 1, RoundingMode.HALF_UP);
                assertThat(result.index()).as("round %d", round).isEqualByComparingTo(expected);
            }
        }
    }
}
