package ru.digitalbridge.methodology;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;

/**
 * The rules a criterion must follow beyond its single fields (which bean validation checks): what each type
 * needs and must not carry, and the shape of levels and thresholds. Pure; all violations of a set are
 * collected and reported together, each naming its field ({@code criteria[3].thresholds}).
 *
 * <ul>
 *   <li>SCALE: at least two levels with distinct values; the best level gives more than 0 points.
 *   <li>NUMERIC and DERIVED: at least one threshold and a direction. Thresholds are read in order and the first
 *       match wins, so bounds must run from the best value outwards — strictly increasing for LOWER_IS_BETTER,
 *       strictly decreasing for HIGHER_IS_BETTER (otherwise a later threshold could never match) — and points
 *       must not grow down the list (a worse value cannot earn more). The first threshold gives more than 0.
 *   <li>DERIVED: a metric, with the direction its figure implies (hours and the share never answered: lower is
 *       better; the share answered within 24 h: higher is better); share bounds are percents (≤ 100). The unit
 *       defaults to HOURS or PERCENT from the metric.
 *   <li>Levels only on SCALE; thresholds, direction and unit only on NUMERIC and DERIVED; metric only on
 *       DERIVED.
 *   <li>Codes are unique within the set (the later duplicate is reported).
 *   <li>Maximum points: BOOLEAN 1, SCALE the best level's points, NUMERIC/DERIVED the first threshold's.
 * </ul>
 */
final class CriterionRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int STORED_SCALE = 3;

    private CriterionRules() {}

    /** The criteria cleaned for storage, or a 400 listing every violation. */
    static List<CriterionData> clean(List<CriterionInput> inputs) {
        List<Violation> violations = new ArrayList<>();
        List<CriterionData> cleaned = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        List<CriterionInput> list = inputs == null ? List.of() : inputs;
        for (int i = 0; i < list.size(); i++) {
            String field = "criteria[" + i + "]";
            CriterionInput input = list.get(i);
            if (input == null) {
                violations.add(violation(field, "required"));
                continue;
            }
            String code = input.code().strip();
            if (codes.putIfAbsent(code, i) != null) {
                violations.add(violation(field + ".code", "code.duplicate"));
            }
            int before = violations.size();
            CriterionData data = clean(field, input, violations);
            if (violations.size() == before) {
                cleaned.add(data);
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return cleaned;
    }

    private static CriterionData clean(String field, CriterionInput in, List<Violation> violations) {
        CriterionType type = in.type();
        boolean scale = type == CriterionType.SCALE;
        boolean measured = type == CriterionType.NUMERIC || type == CriterionType.DERIVED;
        boolean derived = type == CriterionType.DERIVED;
        List<LevelInput> levelInputs = in.levels() == null ? List.of() : in.levels();
        List<ThresholdInput> thresholdInputs = in.thresholds() == null ? List.of() : in.thresholds();
        String unit = blankToNull(in.unit());

        if (!scale && !levelInputs.isEmpty()) {
            violations.add(violation(field + ".levels", "levels.not-used"));
        }
        if (!measured && !thresholdInputs.isEmpty()) {
            violations.add(violation(field + ".thresholds", "thresholds.not-used"));
        }
        if (!measured && in.direction() != null) {
            violations.add(violation(field + ".direction", "direction.not-used"));
        }
        if (!measured && unit != null) {
            violations.add(violation(field + ".unit", "unit.not-used"));
        }
        if (!derived && in.metric() != null) {
            violations.add(violation(field + ".metric", "metric.not-used"));
        }

        List<Level> levels = List.of();
        List<Threshold> thresholds = List.of();
        BigDecimal maxPoints = BigDecimal.ONE;
        if (scale) {
            levels = levels(field, levelInputs, violations);
            maxPoints = levels.stream()
                    .map(Level::points)
                    .max(Comparator.naturalOrder())
                    .orElse(BigDecimal.ZERO);
            if (levels.size() >= 2 && maxPoints.signum() == 0) {
                violations.add(violation(field + ".levels", "levels.no-points"));
            }
        }
        if (measured) {
            thresholds = thresholds(field, thresholdInputs, in.direction(), in.metric(), violations);
            maxPoints =
                    thresholds.isEmpty() ? BigDecimal.ZERO : thresholds.get(0).points();
            if (in.direction() == null) {
                violations.add(violation(field + ".direction", "direction.required"));
            }
        }
        if (derived) {
            if (in.metric() == null) {
                violations.add(violation(field + ".metric", "metric.required"));
            } else {
                Direction implied = impliedDirection(in.metric());
                if (in.direction() != null && in.direction() != implied) {
                    violations.add(violation(
                            field + ".direction",
                            implied == Direction.LOWER_IS_BETTER
                                    ? "direction.lower-for-metric"
                                    : "direction.higher-for-metric"));
                }
                if (unit == null) {
                    unit = isShare(in.metric()) ? "PERCENT" : "HOURS";
                }
            }
        }
        return new CriterionData(
                in.code().strip(),
                in.group(),
                in.title().strip(),
                in.guidance() == null ? "" : in.guidance().strip(),
                in.recommendation() == null ? "" : in.recommendation().strip(),
                Boolean.TRUE.equals(in.normative()),
                in.weight().setScale(STORED_SCALE, RoundingMode.UNNECESSARY),
                type,
                levels,
                thresholds,
                measured ? in.direction() : null,
                measured ? unit : null,
                derived ? in.metric() : null,
                maxPoints.setScale(STORED_SCALE, RoundingMode.UNNECESSARY),
                sortedDistinct(in.platforms()),
                sortedDistinct(in.sectors()),
                sortedDistinct(in.organizationKinds()));
    }

    private static List<Level> levels(String field, List<LevelInput> inputs, List<Violation> violations) {
        if (inputs.size() < 2) {
            violations.add(violation(field + ".levels", "levels.too-few"));
        }
        Set<Integer> values = new HashSet<>();
        List<Level> levels = new ArrayList<>();
        for (LevelInput level : inputs) {
            if (level == null) {
                violations.add(violation(field + ".levels", "levels.incomplete"));
                continue;
            }
            if (!values.add(level.value())) {
                violations.add(violation(field + ".levels", "levels.duplicate"));
            }
            levels.add(new Level(level.value(), level.label().strip(), plain(level.points())));
        }
        return levels;
    }

    private static List<Threshold> thresholds(
            String field, List<ThresholdInput> inputs, Direction direction, Metric metric, List<Violation> violations) {
        String listField = field + ".thresholds";
        if (inputs.isEmpty()) {
            violations.add(violation(listField, "thresholds.required"));
            return List.of();
        }
        List<Threshold> thresholds = new ArrayList<>();
        for (ThresholdInput threshold : inputs) {
            if (threshold == null) {
                violations.add(violation(listField, "thresholds.incomplete"));
                return List.of();
            }
            thresholds.add(new Threshold(plain(threshold.bound()), plain(threshold.points())));
        }
        if (thresholds.get(0).points().signum() == 0) {
            violations.add(violation(listField, "thresholds.no-points"));
        }
        for (int j = 1; j < thresholds.size(); j++) {
            Threshold previous = thresholds.get(j - 1);
            Threshold current = thresholds.get(j);
            int order = current.bound().compareTo(previous.bound());
            if (direction == Direction.LOWER_IS_BETTER && order <= 0) {
                violations.add(violation(listField, "thresholds.order-lower"));
                break;
            }
            if (direction == Direction.HIGHER_IS_BETTER && order >= 0) {
                violations.add(violation(listField, "thresholds.order-higher"));
                break;
            }
            if (current.points().compareTo(previous.points()) > 0) {
                violations.add(violation(listField, "thresholds.points-order"));
                break;
            }
        }
        if (metric != null && isShare(metric)) {
            if (thresholds.stream().anyMatch(t -> t.bound().compareTo(HUNDRED) > 0)) {
                violations.add(violation(listField, "thresholds.percent"));
            }
        }
        return thresholds;
    }

    /** The direction a metric's figure is read in: fewer hours and fewer unanswered questions are better. */
    static Direction impliedDirection(Metric metric) {
        return metric == Metric.SHARE_ANSWERED_24H ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    }

    private static boolean isShare(Metric metric) {
        return metric == Metric.SHARE_ANSWERED_24H || metric == Metric.SHARE_UNANSWERED;
    }

    /** A number without trailing zeros and never in exponent form: 2.500 → 2.5, 100 → 100. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    private static <E extends Enum<E>> List<E> sortedDistinct(Collection<E> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null).distinct().sorted().toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Violation violation(String field, String key) {
        return new Violation(field, "{methodology." + key + "}");
    }
}
