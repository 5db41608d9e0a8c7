package ru.digitalbridge.methodology;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A criteria set with its criteria in position order: everything needed to recompute an index. */
public record CriteriaSetResponse(
        UUID id,
        long version,
        UUID familyId,
        int edition,
        String name,
        String description,
        CriteriaSetStatus status,
        @Schema(nullable = true) OffsetDateTime approvedAt,
        @Schema(nullable = true) String approvedBy,
        @Schema(nullable = true) OffsetDateTime retiredAt,
        @Schema(nullable = true) UUID basedOnId,
        int criteriaCount,
        BigDecimal totalWeight,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<CriterionResponse> criteria) {

    static CriteriaSetResponse of(CriteriaSetSummary s, List<CriterionResponse> criteria) {
        return new CriteriaSetResponse(
                s.id(),
                s.version(),
                s.familyId(),
                s.edition(),
                s.name(),
                s.description(),
                s.status(),
                s.approvedAt(),
                s.approvedBy(),
                s.retiredAt(),
                s.basedOnId(),
                s.criteriaCount(),
                s.totalWeight(),
                s.createdAt(),
                s.updatedAt(),
                criteria);
    }
}
