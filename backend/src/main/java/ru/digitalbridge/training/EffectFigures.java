package ru.digitalbridge.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The training effect in one published campaign (docs/training.md, "Training effect"): (a) accounts run by graduates
 * against accounts run by people not trained, (b) the same accounts before and after their owner's course. Figures
 * of a group smaller than {@code minimumGroupSize} are withheld ({@code suppressed}); its counts are always shown.
 */
@Schema(name = "TrainingEffect")
public record EffectFigures(
        UUID campaignId,
        String title,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(nullable = true) OffsetDateTime publishedAt,

        @Schema(description = "Groups with fewer accounts show their counts only")
        int minimumGroupSize,

        @Schema(description = "Accounts with a published evaluation in the campaign")
        int evaluatedAccounts,

        @Schema(description = "(a) Accounts whose owner completed a course before the period began")
        EffectGroup graduates,

        @Schema(description = "(a) Accounts whose owner had completed no course by the period's end")
        EffectGroup notTrained,

        @Schema(description = "(a) Accounts whose owner completed a course within the period: in neither group")
        int trainedDuringPeriod,

        @Schema(nullable = true, description = "(a) graduates' median index − not trained median index")
        BigDecimal indexDifference,

        @Schema(nullable = true, description = "(a) graduates' median answer hours − not trained median answer hours")
        BigDecimal answerHoursDifference,

        @Schema(
                description = "(b) The accounts for which this is the first campaign after their owner's course, in"
                        + " the latest published campaign before it")
        EffectGroup before,

        @Schema(description = "(b) The same accounts in this campaign")
        EffectGroup after,

        @Schema(description = "(b) Accounts first evaluated after their owner's course with no evaluation before it")
        int trainedWithoutBefore,

        @Schema(nullable = true, description = "(b) after's median index − before's median index")
        BigDecimal indexChange,

        @Schema(nullable = true, description = "(b) after's median answer hours − before's median answer hours")
        BigDecimal answerHoursChange,

        @Schema(description = "(b) Accounts with an index both before and after")
        int pairedIndexes,

        @Schema(nullable = true, description = "(b) The median of each account's index change (after − before)")
        BigDecimal medianPairedIndexChange) {

    /** One group of accounts: counts always; medians and shares unless the group is too small. */
    @Schema(name = "TrainingEffectGroup")
    public record EffectGroup(
            @Schema(description = "Accounts in the group") int accounts,

            @Schema(description = "Fewer accounts than the minimum: figures withheld")
            boolean suppressed,

            @Schema(description = "Accounts with an index") int indexed,

            @Schema(nullable = true, description = "Median index, two decimals")
            BigDecimal medianIndex,

            @Schema(description = "Accounts with a median answer time")
            int timed,

            @Schema(nullable = true, description = "Median of the accounts' median hours to the first answer")
            BigDecimal medianAnswerHours,

            @Schema(description = "Every criterion assessed in either group of the comparison, by code")
            List<EffectCriterion> criteria) {}

    /** How many of the group's accounts assessed on a criterion met it (full points). */
    @Schema(name = "TrainingEffectCriterion")
    public record EffectCriterion(
            String code,
            String title,
            int assessed,
            int met,

            @Schema(nullable = true, description = "met ÷ assessed, percent, two decimals; empty below the minimum")
            BigDecimal shareMet) {}
}
