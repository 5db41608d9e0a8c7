package ru.digitalbridge.methodology;

import java.math.BigDecimal;
import java.util.List;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/**
 * A validated, normalised criterion as it is stored: texts stripped, absent texts empty, numbers without
 * trailing zeros (weight and maximum at the column's three decimals), applicability sorted and distinct.
 * Two inputs meaning the same thing give equal records.
 */
record CriterionData(
        String code,
        CriterionGroup group,
        String title,
        String guidance,
        String recommendation,
        boolean normative,
        BigDecimal weight,
        CriterionType type,
        List<Level> levels,
        List<Threshold> thresholds,
        Direction direction,
        String unit,
        Metric metric,
        BigDecimal maxPoints,
        List<Platform> platforms,
        List<Sector> sectors,
        List<OrganizationKind> organizationKinds) {}
