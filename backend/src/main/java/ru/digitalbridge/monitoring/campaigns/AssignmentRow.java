package ru.digitalbridge.monitoring.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.registry.NamedRef;
import ru.digitalbridge.registry.Platform;

/**
 * An evaluation as a row of a queue: the expert's "my queue" and the coordinator's lists. {@code due} is the
 * campaign's evaluation deadline; {@code overdue} means the deadline has passed while the evaluation is still
 * with the expert (DRAFT or RETURNED).
 */
public record AssignmentRow(
        UUID evaluationId,
        long version,
        AssignmentCampaign campaign,
        AssignmentAccount account,
        NamedRef organization,
        NamedRef municipality,
        AssignmentExpert expert,
        AssignmentRole role,
        AssignmentStatus status,
        @Schema(nullable = true) BigDecimal index,
        boolean started,
        @Schema(nullable = true) LocalDate due,
        boolean overdue,
        @Schema(nullable = true) String reviewComment,
        OffsetDateTime updatedAt) {

    public record AssignmentCampaign(UUID id, String title, String period, CampaignStage stage) {}

    public record AssignmentAccount(UUID id, String displayName, String url, Platform platform) {}

    public record AssignmentExpert(UUID id, String fullName) {}
}
