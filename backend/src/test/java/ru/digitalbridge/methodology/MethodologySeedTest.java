package ru.digitalbridge.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The methodology seeded by V009: approved, weights summing to 100, every criterion's scoring rule consistent. */
@QuarkusTest
class MethodologySeedTest {

    static final UUID SET = UUID.fromString("3e7d0000-0000-4000-8000-000000002022");
    static final UUID FAMILY = UUID.fromString("3e7d0000-0000-4000-8000-00000000f001");

    @Inject
    CriteriaCatalog catalog;

    @Inject
    DataSource dataSource;

    @Test
    void theSetIsApprovedEditionOneWithWeightsSummingToExactlyHundred() throws SQLException {
        assertThat(catalog.status(SET)).contains("APPROVED");
        try (Connection connection = dataSource.getConnection();
                var rows = query(
                        connection,
                        "select s.name, s.edition, s.family_id, s.approved_at, sum(c.weight), count(c.id)"
                                + " from criteria_set s join criterion c on c.criteria_set_id = s.id"
                                + " where s.id = ? group by s.id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Цифровой мост — 2022");
            assertThat(rows.getInt(2)).isEqualTo(1);
            assertThat(rows.getObject(3, UUID.class)).isEqualTo(FAMILY);
            assertThat(rows.getObject(4)).isNotNull();
            assertThat(rows.getBigDecimal(5)).isEqualByComparingTo("100");
            assertThat(rows.getInt(6)).isBetween(18, 26);
        }
    }

    @Test
    void theCatalogReadsEveryCriterionInPositionOrderWithFixedIds() throws SQLException {
        List<CriterionDefinition> criteria = catalog.criteria(SET);
        assertThat(criteria).hasSize(count());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDefinition c = criteria.get(i);
            assertThat(c.position()).isEqualTo(i + 1);
            assertThat(c.id())
                    .isEqualTo(UUID.fromString(String.format("3e7d0001-0000-4000-8000-0000000000%02d", i + 1)));
            assertThat(c.code()).matches("^[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*$").hasSizeLessThanOrEqualTo(60);
            assertThat(codes.add(c.code())).as("duplicate code " + c.code()).isTrue();
            assertThat(c.code()).startsWith(c.group().name() + ".");
            assertThat(c.title()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(c.recommendation()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
            assertThat(c.weight()).isPositive().isLessThanOrEqualTo(new BigDecimal("100"));
        }
        BigDecimal total = criteria.stream().map(CriterionDefinition::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("100");
        assertThat(criteria.stream().map(CriterionDefinition::group).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CriterionGroup.values());
        assertThat(criteria.stream().map(CriterionDefinition::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CriterionType.values());
    }

    @Test
    void everyScoringRuleIsConsistentWithItsType() {
        for (CriterionDefinition c : catalog.criteria(SET)) {
            ScoringRule rule = c.rule();
            String name = c.code();
            switch (c.type()) {
                case BOOLEAN -> {
                    assertThat(rule.levels()).as(name).isEmpty();
                    assertThat(rule.thresholds()).as(name).isEmpty();
                    assertThat(rule.direction()).as(name).isNull();
                    assertThat(rule.metric()).as(name).isNull();
                    assertThat(rule.maxPoints()).as(name).isEqualByComparingTo("1");
                    assertThat(rule.points(BigDecimal.ONE)).as(name).contains(rule.maxPoints());
                    assertThat(rule.points(BigDecimal.ZERO)).as(name).contains(BigDecimal.ZERO);
                }
                case SCALE -> {
                    assertThat(rule.thresholds()).as(name).isEmpty();
                    assertThat(rule.metric()).as(name).isNull();
                    assertThat(rule.levels()).as(name).hasSizeGreaterThanOrEqualTo(2);
                    assertThat(rule.levels().stream()
                                    .map(Level::value)
                                    .distinct()
                                    .count())
                            .isEqualTo(rule.levels().size());
                    BigDecimal max = BigDecimal.ZERO;
                    BigDecimal previous = BigDecimal.valueOf(-1);
                    for (Level level : rule.levels()) {
                        assertThat(level.label()).as(name).isNotBlank();
                        assertThat(level.points()).as(name).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                        assertThat(level.points())
                                .as(name + ": levels ordered worst to best")
                                .isGreaterThan(previous);
                        previous = level.points();
                        max = max.max(level.points());
                        assertThat(rule.points(BigDecimal.valueOf(level.value())))
                                .contains(level.points());
                    }
                    assertThat(rule.maxPoints()).as(name).isEqualByComparingTo(max);
                }
                case NUMERIC, DERIVED -> {
                    assertThat(rule.levels()).as(name).isEmpty();
                    assertThat(rule.direction()).as(name).isNotNull();
                    assertThat(rule.thresholds()).as(name).isNotEmpty();
                    assertThat(rule.metric() != null).as(name).isEqualTo(c.type() == CriterionType.DERIVED);
                    assertThat(rule.thresholds().get(0).points()).as(name).isEqualByComparingTo(rule.maxPoints());
                    boolean lower = rule.direction() == Direction.LOWER_IS_BETTER;
                    for (int i = 1; i < rule.thresholds().size(); i++) {
                        Threshold before = rule.thresholds().get(i - 1);
                        Threshold next = rule.thresholds().get(i);
                        assertThat(next.points())
                                .as(name + ": points fall step by step")
                                .isLessThan(before.points());
                        assertThat(next.bound().compareTo(before.bound()))
                                .as(name + ": bounds move towards the worse side")
                                .isEqualTo(lower ? 1 : -1);
                    }
                    for (Threshold threshold : rule.thresholds()) {
                        assertThat(rule.points(threshold.bound())).as(name).contains(threshold.points());
                    }
                }
            }
        }
    }

    @Test
    void textsAndApplicabilityAreFilledIn() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var rows = query(
                        connection,
                        "select code, guidance, recommendation, unit, type, normative"
                                + " from criterion where criteria_set_id = ?")) {
            int normative = 0;
            while (rows.next()) {
                String code = rows.getString("code");
                assertThat(rows.getString("guidance"))
                        .as(code)
                        .hasSizeGreaterThan(80)
                        .containsPattern("[а-яё]");
                assertThat(rows.getString("recommendation")).as(code).hasSizeGreaterThan(80);
                String type = rows.getString("type");
                if (type.equals("NUMERIC") || type.equals("DERIVED")) {
                    assertThat(rows.getString("unit")).as(code).isIn("HOURS", "PERCENT", "POSTS_PER_WEEK", "DAYS");
                }
                normative += rows.getBoolean("normative") ? 1 : 0;
            }
            assertThat(normative).isBetween(3, 15);
        }
    }

    @ParameterizedTest(name = "{0} = {1} → {2} points")
    @CsvSource({
        "FEEDBACK.MEDIAN_ANSWER_HOURS, 0, 2",
        "FEEDBACK.MEDIAN_ANSWER_HOURS, 8, 2",
        "FEEDBACK.MEDIAN_ANSWER_HOURS, 8.01, 1",
        "FEEDBACK.MEDIAN_ANSWER_HOURS, 24, 1",
        "FEEDBACK.MEDIAN_ANSWER_HOURS, 24.5, 0",
        "FEEDBACK.ANSWERED_24H, 100, 2",
        "FEEDBACK.ANSWERED_24H, 80, 2",
        "FEEDBACK.ANSWERED_24H, 79.99, 1",
        "FEEDBACK.ANSWERED_24H, 50, 1",
        "FEEDBACK.ANSWERED_24H, 10, 0",
        "FEEDBACK.UNANSWERED, 0, 2",
        "FEEDBACK.UNANSWERED, 20, 1",
        "FEEDBACK.UNANSWERED, 50, 0",
        "ACTIVITY.POSTS_PER_WEEK, 7, 2",
        "ACTIVITY.POSTS_PER_WEEK, 3, 2",
        "ACTIVITY.POSTS_PER_WEEK, 2.9, 1",
        "ACTIVITY.POSTS_PER_WEEK, 1, 1",
        "ACTIVITY.POSTS_PER_WEEK, 0.5, 0",
        "ACTIVITY.MAX_SILENCE, 3, 2",
        "ACTIVITY.MAX_SILENCE, 14, 2",
        "ACTIVITY.MAX_SILENCE, 15, 1",
        "ACTIVITY.MAX_SILENCE, 31, 0",
        "FEEDBACK.ANSWER_QUALITY, 0, 0",
        "FEEDBACK.ANSWER_QUALITY, 1, 1",
        "FEEDBACK.ANSWER_QUALITY, 2, 2",
        "PROFILE.PHONE, 1, 1",
        "PROFILE.PHONE, 0, 0"
    })
    void thresholdsAndLevelsGiveThePointsTheGuidanceDescribes(String code, BigDecimal value, BigDecimal points) {
        assertThat(rule(code).points(value))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(points));
    }

    @ParameterizedTest(name = "{0} on {1}, {2}, {3} applies: {4}")
    @CsvSource({
        "CONTENT.SCHOOL_MEALS, VK, EDUCATION, MUNICIPAL_INSTITUTION, true",
        "CONTENT.SCHOOL_MEALS, TELEGRAM, EDUCATION, STATE_INSTITUTION, true",
        "CONTENT.SCHOOL_MEALS, VK, EDUCATION, LOCAL_GOVERNMENT, false",
        "CONTENT.SCHOOL_MEALS, VK, CULTURE, MUNICIPAL_INSTITUTION, false",
        "CONTENT.PLAYBILL, OK, CULTURE, MUNICIPAL_INSTITUTION, true",
        "CONTENT.PLAYBILL, OK, HEALTH, STATE_INSTITUTION, false",
        "CONTENT.DOCTORS_SCHEDULE, VK, HEALTH, STATE_INSTITUTION, true",
        "CONTENT.DOCTORS_SCHEDULE, VK, EDUCATION, STATE_INSTITUTION, false",
        "PROFILE.HEAD_ACCOUNT, VK, ADMINISTRATION, LOCAL_GOVERNMENT, true",
        "PROFILE.HEAD_ACCOUNT, TELEGRAM, HEALTH, REGIONAL_BODY, true",
        "PROFILE.HEAD_ACCOUNT, VK, EDUCATION, MUNICIPAL_INSTITUTION, false",
        "PROFILE.GOS_MARK, VK, EDUCATION, MUNICIPAL_INSTITUTION, true",
        "PROFILE.GOS_MARK, TELEGRAM, EDUCATION, MUNICIPAL_INSTITUTION, false",
        "PROFILE.VISUALS, RUTUBE, CULTURE, STATE_INSTITUTION, true",
        "PROFILE.VISUALS, MAX, CULTURE, STATE_INSTITUTION, false",
        "FEEDBACK.MEDIAN_ANSWER_HOURS, MAX, OTHER, OTHER, true",
        "PROFILE.PHONE, DZEN, SPORT, OTHER, true"
    })
    void applicabilityFollowsPlatformSectorAndKind(
            String code, String platform, String sector, String kind, boolean applies) {
        assertThat(rule(code).appliesTo(platform, sector, kind)).isEqualTo(applies);
    }

    private ScoringRule rule(String code) {
        Map<String, ScoringRule> rules = catalog.criteria(SET).stream()
                .collect(Collectors.toMap(CriterionDefinition::code, CriterionDefinition::rule));
        assertThat(rules).containsKey(code);
        return rules.get(code);
    }

    private int count() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var rows = query(connection, "select count(*) from criterion where criteria_set_id = ?")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Runs a query about the seeded set (its id is the only parameter); the rows close their statement. */
    private static java.sql.ResultSet query(Connection connection, String sql) throws SQLException {
        var statement = connection.prepareStatement(sql);
        statement.closeOnCompletion();
        statement.setObject(1, SET);
        return statement.executeQuery();
    }
}
