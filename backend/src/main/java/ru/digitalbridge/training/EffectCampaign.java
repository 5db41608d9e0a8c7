package ru.digitalbridge.training;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published campaign with the headline of its training effect; the figures are at {@code …/campaigns/{id}}. */
@Schema(name = "TrainingEffectCampaign")
public record EffectCampaign(
        UUID campaignId,
        String title,
        String period,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        int evaluatedAccounts,
        @Schema(description = "Accounts run by graduates") int graduates,

        @Schema(description = "Accounts run by people not trained")
        int notTrained,

        @Schema(description = "Accounts compared before and after their owner's course")
        int beforeAfter,

        @Schema(nullable = true, description = "graduates' median index − not trained, when both are shown")
        BigDecimal indexDifference,

        @Schema(nullable = true, description = "after − before median index, when both are shown")
        BigDecimal indexChange) {

    static EffectCampaign of(EffectFigures f) {
        return new EffectCampaign(
                f.campaignId(),
                f.title(),
                f.period(),
                f.publishedAt(),
                f.evaluatedAccounts(),
                f.graduates().accounts(),
                f.notTrained().accounts(),
                f.after().accounts(),
                f.indexDifference(),
                f.indexChange());
    }
}
