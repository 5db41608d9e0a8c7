package ru.digitalbridge.monitoring.evaluations;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.methodology.CriterionGroup;
import ru.digitalbridge.monitoring.objections.ObjectionStatus;
import ru.digitalbridge.registry.NamedRef;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/** Response bodies of the evaluation endpoints other than the full {@link EvaluationResponse}. */
public final class EvaluationViews {
    private EvaluationViews() {}

    /** A campaign as a list row names it. */
    public record EvaluationCampaignRef(UUID id, String title, String period) {}

    /** An account as a list row names it. */
    public record EvaluationAccountRef(UUID id, String displayName, Platform platform) {}

    /** An evaluation as a list row. */
    public record EvaluationSummary(
            UUID id,
            EvaluationCampaignRef campaign,
            EvaluationAccountRef account,
            NamedRef organization,
            EvaluationRole role,
            EvaluationStatus status,
            @Schema(nullable = true) BigDecimal index,
            @Schema(nullable = true) BigDecimal initialIndex,
            @Schema(nullable = true) BigDecimal finalIndex,
            int revision,
            @Schema(nullable = true) OffsetDateTime publishedAt,

            @Schema(
                    description =
                            "When the evaluation last changed (publication, a correction); the order of cursor paging")
            OffsetDateTime updatedAt) {}

    /** A PRIMARY and its blind SECOND side by side, with the criteria where their answers differ. */
    public record EvaluationPair(
            EvaluationResponse primary,
            @Schema(nullable = true) EvaluationResponse second,
            List<UUID> differences) {}

    /** One thing that happened to an evaluation. */
    public record EvaluationEventView(
            OffsetDateTime at,
            String action,
            @Schema(nullable = true) String actorName,
            @Schema(nullable = true) String reason,
            @Schema(nullable = true) BigDecimal indexBefore,
            @Schema(nullable = true) BigDecimal indexAfter) {}

    /** A published state of an evaluation: revision 1 at publication, one more per correction. */
    public record EvaluationRevisionSummary(
            int revision,
            OffsetDateTime createdAt,
            @Schema(nullable = true) String authorName,
            @Schema(nullable = true) String reason,
            @Schema(nullable = true) BigDecimal index) {}

    /** Events oldest first and published revisions in order. */
    public record EvaluationHistory(List<EvaluationEventView> events, List<EvaluationRevisionSummary> revisions) {}

    /** One criterion of a revision snapshot (the JSON stored in {@code evaluation_revision.answers}). */
    @JsonPropertyOrder({
        "criterionId",
        "code",
        "value",
        "notApplicable",
        "naReason",
        "points",
        "maxPoints",
        "evidenceUrl",
        "evidenceNote",
        "recommendation"
    })
    public record RevisionAnswer(
            UUID criterionId,
            String code,
            @Schema(nullable = true) BigDecimal value,
            boolean notApplicable,
            @Schema(nullable = true) String naReason,
            @Schema(nullable = true) BigDecimal points,
            BigDecimal maxPoints,
            @Schema(nullable = true) String evidenceUrl,
            @Schema(nullable = true) String evidenceNote,
            @Schema(nullable = true) String recommendation) {}

    /**
     * What was evaluated, frozen with the published revision: the account, its organization and municipality as
     * they were at publication (a correction carries them forward). Platform, sector and kind decided which
     * criteria applied, so the revision's index is recomputable from these and its answers alone.
     */
    public record EvaluationSubject(
            UUID accountId,
            String accountName,
            String accountUrl,
            Platform platform,
            UUID organizationId,
            String organizationName,
            @Schema(nullable = true) String organizationInn,
            OrganizationKind organizationKind,
            Sector sector,
            NamedRef municipality) {}

    /** One published revision with the frozen subject and its answers as published. */
    public record EvaluationRevisionResponse(
            int revision,
            OffsetDateTime createdAt,
            @Schema(nullable = true) String authorName,
            @Schema(nullable = true) String reason,
            @Schema(nullable = true) BigDecimal index,
            EvaluationSubject subject,
            List<RevisionAnswer> answers) {}

    /** The methodology an evaluation used. */
    public record TimelineCriteriaSet(UUID id, String name, int edition) {}

    /** One criterion of a published evaluation on the account's card. */
    public record TimelineAnswer(
            String code,
            String title,
            CriterionGroup group,
            @Schema(nullable = true) BigDecimal points,
            BigDecimal maxPoints,
            boolean notApplicable,
            @Schema(nullable = true) String recommendation) {}

    /** One published evaluation of an account, for the card's chart and per-criterion history. */
    public record TimelineEntry(
            UUID evaluationId,
            EvaluationCampaignRef campaign,
            TimelineCriteriaSet criteriaSet,
            @Schema(nullable = true) BigDecimal index,
            @Schema(nullable = true) BigDecimal initialIndex,
            @Schema(nullable = true) BigDecimal finalIndex,
            int revision,
            @Schema(nullable = true) OffsetDateTime publishedAt,
            List<TimelineAnswer> answers) {}

    /** A question of the sample with the hours to its first official answer. */
    public record CitizenQuestionResponse(
            UUID id,
            String url,
            OffsetDateTime askedAt,
            @Schema(nullable = true) OffsetDateTime answeredAt,
            @Schema(nullable = true) Integer quality,
            @Schema(nullable = true) String note,
            @Schema(nullable = true) BigDecimal hoursToAnswer) {}

    /** The sample in the order the questions were asked, and its answer-time figures. */
    public record CitizenQuestionList(List<CitizenQuestionResponse> items, EvaluationAnswerTimes answerTimes) {}

    /** A criterion an objection is about. */
    public record ObjectionCriterion(UUID id, String code, String title) {}

    /** An objection of the rated organization and how it was resolved. */
    public record ObjectionResponse(
            UUID id,
            long version,
            UUID evaluationId,
            EvaluationAccountRef account,
            NamedRef organization,
            ObjectionCriterion criterion,
            String comment,
            @Schema(nullable = true) String evidenceUrl,
            ObjectionStatus status,
            @Schema(nullable = true) String resolutionReason,
            @Schema(nullable = true) BigDecimal previousValue,
            @Schema(nullable = true) BigDecimal newValue,
            @Schema(nullable = true) String authorName,
            OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime resolvedAt) {}
}
