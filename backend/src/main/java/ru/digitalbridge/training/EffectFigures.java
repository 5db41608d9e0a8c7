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
        BigDecimal medianPairedIndexChange,

        @Schema(description = "The frozen revision these figures are: 1 at publication, +1 per recompute")
        int revision,

        @Schema(nullable = true, description = "When the revision was taken")
        OffsetDateTime revisedAt,

        @Schema(nullable = true, description = "Why the revision was taken (empty for the first)")
        String revisionReason) {

    /** The same figures as a stored revision. */
    public EffectFigures asRevision(int number, OffsetDateTime at, String reason) {
        return new EffectFigures(
                campaignId,
                title,
                period,
                periodStart,
                periodEnd,
                publishedAt,
                minimumGroupSize,
                evaluatedAccounts,
                graduates,
                notTrained,
                trainedDuringPeriod,
                indexDifference,
                answerHoursDifference,
                before,
                after,
                trainedWithoutBefore,
                indexChange,
                answerHoursChange,
                pairedIndexes,
                medianPairedIndexChange,
                number,
                at,
                reason);
    }

    /** One line of the figures table (the open data's {@code figures} file, and what a changelog compares). */
    public record Line(
            String comparison,
            String group,
            String measure,
            String criterionCode,
            int n,
            Integer met,
            BigDecimal value,
            boolean suppressed) {
        /** What identifies the line across revisions. */
        public String key() {
            return comparison + "/" + group + "/" + measure + (criterionCode == null ? "" : "/" + criterionCode);
        }
    }

    private static final String AB = "GRADUATES_VS_NOT_TRAINED";
    private static final String BA = "BEFORE_AFTER";

    /** The figures as lines: per comparison, group and measure the count and the value (null when withheld). */
    public List<Line> lines() {
        List<Line> lines = new java.util.ArrayList<>();
        group(lines, AB, "GRADUATES", graduates);
        group(lines, AB, "NOT_TRAINED", notTrained);
        difference(lines, AB, "MEDIAN_INDEX", graduates.indexed(), notTrained.indexed(), indexDifference);
        difference(lines, AB, "MEDIAN_ANSWER_HOURS", graduates.timed(), notTrained.timed(), answerHoursDifference);
        group(lines, BA, "BEFORE", before);
        group(lines, BA, "AFTER", after);
        difference(lines, BA, "MEDIAN_INDEX", before.indexed(), after.indexed(), indexChange);
        difference(lines, BA, "MEDIAN_ANSWER_HOURS", before.timed(), after.timed(), answerHoursChange);
        lines.add(new Line(
                BA,
                "PAIRED",
                "MEDIAN_INDEX_CHANGE",
                null,
                pairedIndexes,
                null,
                medianPairedIndexChange,
                medianPairedIndexChange == null));
        return lines;
    }

    private static void group(List<Line> lines, String comparison, String name, EffectGroup g) {
        lines.add(new Line(comparison, name, "ACCOUNTS", null, g.accounts(), null, null, g.suppressed()));
        lines.add(new Line(
                comparison, name, "MEDIAN_INDEX", null, g.indexed(), null, g.medianIndex(), g.medianIndex() == null));
        lines.add(new Line(
                comparison,
                name,
                "MEDIAN_ANSWER_HOURS",
                null,
                g.timed(),
                null,
                g.medianAnswerHours(),
                g.medianAnswerHours() == null));
        for (EffectCriterion c : g.criteria()) {
            lines.add(new Line(
                    comparison,
                    name,
                    "CRITERION_MET_SHARE",
                    c.code(),
                    c.assessed(),
                    c.met(),
                    c.shareMet(),
                    c.shareMet() == null));
        }
    }

    private static void difference(List<Line> lines, String comparison, String measure, int n1, int n2, BigDecimal v) {
        lines.add(new Line(comparison, "DIFFERENCE", measure, null, Math.min(n1, n2), null, v, v == null));
    }

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
