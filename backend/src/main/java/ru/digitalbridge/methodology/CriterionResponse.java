package ru.digitalbridge.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/**
 * A criterion with everything needed to recompute its points: the fields of {@link CriterionInput}, its id,
 * its 1-based position in the set and its computed maximum points.
 */
public record CriterionResponse(
        UUID id,
        int position,
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
        @Schema(nullable = true) Direction direction,
        @Schema(nullable = true) String unit,
        @Schema(nullable = true) Metric metric,
        List<Platform> platforms,
        List<Sector> sectors,
        List<OrganizationKind> organizationKinds,
        BigDecimal maxPoints) {}
