package ru.digitalbridge.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is needed to turn one criterion's value into points and to decide whether it applies to an account.
 * Pure: no database, no framework. Empty applicability sets mean "every platform / sector / kind".
 */
public record ScoringRule(
        CriterionType type,
        List<Level> levels,
        List<Threshold> thresholds,
        Direction direction,
        Metric metric,
        BigDecimal maxPoints,
        Set<String> platforms,
        Set<String> sectors,
        Set<String> organizationKinds) {

    public ScoringRule {
        levels = levels == null ? List.of() : List.copyOf(levels);
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        organizationKinds = organizationKinds == null ? Set.of() : Set.copyOf(organizationKinds);
    }

    /** Whether the criterion applies to an account on this platform of an organization of this sector and kind. */
    public boolean appliesTo(String platform, String sector, String organizationKind) {
        return matches(platforms, platform) && matches(sectors, sector) && matches(organizationKinds, organizationKind);
    }

    private static boolean matches(Set<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    /**
     * Points for a value, or empty when the value is not allowed for this criterion: BOOLEAN takes 0 or 1;
     * SCALE takes one of its level values; NUMERIC and DERIVED take any number ≥ 0.
     */
    public Optional<BigDecimal> points(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (type) {
            case BOOLEAN -> {
                if (value.compareTo(BigDecimal.ONE) == 0) {
                    yield Optional.of(maxPoints);
                }
                yield value.signum() == 0 ? Optional.of(BigDecimal.ZERO) : Optional.empty();
            }
            case SCALE -> {
                // a loop, not a stream: every criterion of every save and submission is scored through here
                for (Level level : levels) {
                    if (BigDecimal.valueOf(level.value()).compareTo(value) == 0) {
                        yield Optional.of(level.points());
                    }
                }
                yield Optional.empty();
            }
            case NUMERIC, DERIVED -> value.signum() < 0 ? Optional.empty() : Optional.of(byThresholds(value));
        };
    }

    private BigDecimal byThresholds(BigDecimal value) {
        boolean lowerIsBetter = direction != Direction.HIGHER_IS_BETTER;
        for (Threshold threshold : thresholds) {
            int comparison = value.compareTo(threshold.bound());
            if (lowerIsBetter ? comparison <= 0 : comparison >= 0) {
                return threshold.points();
            }
        }
        return BigDecimal.ZERO;
    }
}
