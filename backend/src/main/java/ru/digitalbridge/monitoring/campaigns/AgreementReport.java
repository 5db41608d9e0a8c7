package ru.digitalbridge.monitoring.campaigns;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.methodology.CriterionType;

/**
 * How well the two blind experts agreed, per criterion and overall (see {@link Agreement} and
 * {@code AgreementService} for the definitions). {@code observed} is the share of exact agreement; kappa is null
 * when it is undefined (both experts used one and the same category only, or there are no pairs).
 */
public record AgreementReport(int pairs, Overall overall, List<CriterionAgreement> criteria) {

    public record Overall(
            int decisions,
            @Schema(nullable = true) BigDecimal observed,
            @Schema(nullable = true) BigDecimal kappa) {}

    public record CriterionAgreement(
            UUID criterionId,
            String code,
            String title,
            CriterionType type,
            int pairs,
            @Schema(nullable = true) BigDecimal observed,
            @Schema(nullable = true) BigDecimal kappa,
            boolean weighted) {}
}
