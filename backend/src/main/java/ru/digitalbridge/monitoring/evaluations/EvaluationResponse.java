package ru.digitalbridge.monitoring.evaluations;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.registry.NamedRef;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/**
 * An evaluation with everything its form, review and public page show. {@code expert} is shown only to
 * coordinators, administrators and the expert; {@code index} is the current index (the newest revision once
 * published), {@code initialIndex} the index when the right-of-reply window opened, {@code finalIndex} when
 * the campaign became final. Once published, {@code account}, {@code organization} and {@code municipality} are
 * the subject frozen with the current revision (what it was at publication), not the registry as it is today.
 */
public record EvaluationResponse(
        UUID id,
        long version,
        Campaign campaign,
        Account account,
        Organization organization,
        NamedRef municipality,
        @Schema(nullable = true) Expert expert,
        EvaluationRole role,
        EvaluationStatus status,
        @Schema(nullable = true) BigDecimal index,
        @Schema(nullable = true) BigDecimal initialIndex,
        @Schema(nullable = true) BigDecimal finalIndex,
        int revision,
        @Schema(nullable = true) String reviewComment,
        @Schema(nullable = true) OffsetDateTime submittedAt,
        @Schema(nullable = true) OffsetDateTime approvedAt,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        Completeness completeness,
        EvaluationAnswerTimes answerTimes,
        List<AnswerResponse> answers) {

    /** The campaign an evaluation belongs to. */
    @Schema(name = "EvaluationCampaign")
    public record Campaign(
            UUID id,
            String title,
            String period,

            @Schema(enumeration = {"PREPARATION", "EVALUATION", "REVIEW", "REPLY", "FINAL", "PUBLISHED"})
            String stage,

            UUID criteriaSetId,
            @Schema(nullable = true) OffsetDateTime replyClosesAt) {}

    /** The evaluated account. */
    @Schema(name = "EvaluationAccount")
    public record Account(UUID id, String displayName, String url, Platform platform) {}

    /** The account's organization, with what decides applicability. */
    @Schema(name = "EvaluationOrganization")
    public record Organization(
            UUID id, String name, @Schema(nullable = true) String inn, Sector sector, OrganizationKind kind) {}

    /** The assigned expert. */
    @Schema(name = "EvaluationExpert")
    public record Expert(UUID id, String fullName) {}

    /** Applicable criteria and how many of them have a value or a reasoned N/A. */
    @Schema(name = "EvaluationCompleteness")
    public record Completeness(int applicable, int filled) {}
}
