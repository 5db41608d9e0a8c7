package ru.digitalbridge.methodology;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A criteria set without its criteria. {@code familyId} is shared by all editions of one methodology;
 * {@code edition} is its human version number (1, 2, …); {@code version} is the row version for optimistic
 * locking. {@code approvedBy} is the approver's full name.
 */
public record CriteriaSetSummary(
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
        OffsetDateTime updatedAt) {}
