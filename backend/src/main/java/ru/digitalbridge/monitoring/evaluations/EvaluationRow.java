package ru.digitalbridge.monitoring.evaluations;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** An evaluation row joined with its campaign, account, organization, municipality and expert. */
public record EvaluationRow(
        UUID id,
        long version,
        UUID campaignId,
        String campaignTitle,
        String period,
        String stage,
        UUID criteriaSetId,
        OffsetDateTime replyClosesAt,
        UUID accountId,
        String displayName,
        String url,
        String platform,
        UUID organizationId,
        String organizationName,
        String organizationInn,
        String sector,
        String kind,
        UUID municipalityId,
        String municipalityName,
        UUID expertId,
        String expertName,
        EvaluationRole role,
        EvaluationStatus status,
        BigDecimal index,
        BigDecimal initialIndex,
        BigDecimal finalIndex,
        int revision,
        String reviewComment,
        boolean reconciled,
        OffsetDateTime startedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime approvedAt,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt) {

    /** Campaign stages in which the organization sees its PRIMARY evaluations. */
    static final Set<String> ORGANIZATION_STAGES = Set.of("REPLY", "FINAL", "PUBLISHED");

    /** Campaign stages in which experts edit and coordinators review. */
    static final Set<String> WORK_STAGES = Set.of("EVALUATION", "REVIEW");

    EvaluationScorer.Subject subject() {
        return new EvaluationScorer.Subject(platform, sector, kind);
    }

    /** This row after an expert's write stored {@code index} and the {@code written} columns. */
    EvaluationRow after(EvaluationStore.Written written, BigDecimal index) {
        return new EvaluationRow(
                id,
                written.version(),
                campaignId,
                campaignTitle,
                period,
                stage,
                criteriaSetId,
                replyClosesAt,
                accountId,
                displayName,
                url,
                platform,
                organizationId,
                organizationName,
                organizationInn,
                sector,
                kind,
                municipalityId,
                municipalityName,
                expertId,
                expertName,
                role,
                written.status(),
                index,
                initialIndex,
                finalIndex,
                revision,
                reviewComment,
                reconciled,
                written.startedAt(),
                written.submittedAt(),
                approvedAt,
                publishedAt,
                written.updatedAt());
    }

    public boolean inWorkStage() {
        return WORK_STAGES.contains(stage);
    }
}
