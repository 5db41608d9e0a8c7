package ru.digitalbridge.demo;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Generated monitoring history, ready to insert: campaigns with their scope and experts, evaluations with
 * per-criterion answers, citizen-question samples, objections, events and published revisions. Rows are in
 * insertion order (parents first). Enum-valued fields hold the enum names the schema stores. The large collections
 * (evaluations, answers, questions, events, revisions) may be {@link Spool}s on disk: read each once, then {@link #close()}.
 */
public record DemoMonitoring(
        List<Campaign> campaigns,
        List<CampaignAccount> campaignAccounts,
        List<CampaignExpert> campaignExperts,
        Collection<Evaluation> evaluations,
        Collection<Answer> answers,
        Collection<Question> questions,
        List<Objection> objections,
        Collection<Event> events,
        Collection<Revision> revisions)
        implements AutoCloseable {

    /** No monitoring history. */
    public static final DemoMonitoring NONE = new DemoMonitoring(
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public record Campaign(
            UUID id,
            String title,
            String period,
            UUID criteriaSetId,
            String stage,
            LocalDate evaluationDeadline,
            LocalDate reviewDeadline,
            int replyDays,
            OffsetDateTime replyOpenedAt,
            OffsetDateTime replyClosesAt,
            OffsetDateTime publishedAt,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    /** An account in a campaign's scope; the demo sample is listed explicitly rather than matched by a filter. */
    public record CampaignAccount(UUID campaignId, UUID accountId) {}

    public record CampaignExpert(UUID campaignId, UUID userId, List<UUID> municipalities) {}

    public record Evaluation(
            UUID id,
            UUID campaignId,
            UUID accountId,
            UUID expertId,
            String role,
            String status,
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
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt)
            implements Serializable {}

    public record Answer(
            UUID evaluationId,
            UUID criterionId,
            BigDecimal value,
            boolean notApplicable,
            String naReason,
            BigDecimal points,
            BigDecimal maxPoints,
            String evidenceUrl,
            String evidenceNote,
            String recommendation)
            implements Serializable {}

    public record Question(
            UUID id,
            UUID evaluationId,
            String url,
            OffsetDateTime askedAt,
            OffsetDateTime answeredAt,
            Integer quality,
            String note,
            OffsetDateTime createdAt)
            implements Serializable {}

    public record Objection(
            UUID id,
            UUID evaluationId,
            UUID criterionId,
            UUID organizationId,
            UUID authorId,
            String comment,
            String evidenceUrl,
            String status,
            String resolutionReason,
            BigDecimal previousValue,
            BigDecimal newValue,
            UUID resolvedBy,
            OffsetDateTime resolvedAt,
            OffsetDateTime createdAt) {}

    /** A row of the evaluation's history; {@code detail} is a JSON object. */
    public record Event(
            UUID evaluationId,
            OffsetDateTime at,
            UUID actorId,
            String actorName,
            String action,
            String reason,
            BigDecimal indexBefore,
            BigDecimal indexAfter,
            String detail)
            implements Serializable {}

    /** A published state; {@code answers} is the snapshot JSON array in criterion position order. */
    public record Revision(
            UUID evaluationId,
            int revision,
            OffsetDateTime createdAt,
            UUID authorId,
            String authorName,
            String reason,
            BigDecimal index,
            String answers)
            implements Serializable {}

    /** Deletes the temporary files of the spooled collections. */
    @Override
    public void close() {
        for (Collection<?> rows : List.of(evaluations, answers, questions, events, revisions)) {
            if (rows instanceof Spool<?> spool) {
                spool.close();
            }
        }
    }
}
