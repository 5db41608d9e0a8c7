package ru.digitalbridge.monitoring.campaigns;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/**
 * The coordinator's dashboard figures. Every count is over the campaign's evaluations of both roles (PRIMARY
 * and the blind SECOND ones), because both are an expert's work. "Not started" is a DRAFT nobody has saved yet;
 * {@code DRAFT} counts only started drafts. Overdue: the evaluation deadline has passed and the evaluation is
 * still DRAFT or RETURNED. {@code unassigned}: accounts in scope without a PRIMARY evaluation.
 */
public record CampaignProgress(
        long total,
        long unassigned,
        ByStatus byStatus,
        long overdue,
        Doubles doubles,
        Objections objections,
        List<ExpertProgress> perExpert,
        List<MunicipalityProgress> perMunicipality) {

    public record ByStatus(
            @JsonProperty("NOT_STARTED") long notStarted,
            @JsonProperty("DRAFT") long draft,
            @JsonProperty("SUBMITTED") long submitted,
            @JsonProperty("RETURNED") long returned,
            @JsonProperty("APPROVED") long approved,
            @JsonProperty("PUBLISHED") long published) {}

    /**
     * Blind double evaluations: {@code total} SECOND evaluations, {@code bothSubmitted} pairs where both are at
     * least SUBMITTED (SUBMITTED, APPROVED or PUBLISHED), {@code reconciled} pairs the coordinator reconciled.
     */
    public record Doubles(long total, long bothSubmitted, long reconciled) {}

    /** Right-of-reply objections on the campaign's evaluations by status. */
    public record Objections(long open, long accepted, long rejected) {}

    /** One expert's evaluations; {@code approved} includes PUBLISHED ones. */
    public record ExpertProgress(
            UUID expertId,
            String fullName,
            long total,
            long notStarted,
            long draft,
            long submitted,
            long returned,
            long approved,
            long overdue) {}

    /** {@code done}: delivered by the expert (SUBMITTED, APPROVED or PUBLISHED). */
    public record MunicipalityProgress(UUID municipalityId, String name, long total, long done, long overdue) {}
}
