package ru.digitalbridge.monitoring.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign with its methodology, scope, experts and where it stands. */
public record CampaignResponse(
        UUID id,
        long version,
        String title,
        String period,
        CampaignCriteriaSet criteriaSet,
        CampaignStage stage,
        CampaignScope scope,
        LocalDate evaluationDeadline,
        LocalDate reviewDeadline,
        BigDecimal doubleShare,
        int replyDays,
        boolean keepMunicipalities,
        @Schema(nullable = true) OffsetDateTime replyOpenedAt,
        @Schema(nullable = true) OffsetDateTime replyClosesAt,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        long accountCount,

        @Schema(
                description = "The campaign's experts; shown to coordinators and administrators only, empty for"
                        + " everyone else")
        List<CampaignExpert> experts,

        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The methodology version a campaign uses. */
    public record CampaignCriteriaSet(UUID id, String name, int edition) {}

    /** An expert taking part, with the municipalities they know (used when balancing). */
    public record CampaignExpert(UUID userId, String fullName, String email, List<UUID> municipalities) {}
}
