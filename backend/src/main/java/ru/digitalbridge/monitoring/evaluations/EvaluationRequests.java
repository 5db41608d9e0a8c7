package ru.digitalbridge.monitoring.evaluations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Request bodies of the evaluation, citizen-question and objection endpoints. URLs are checked by the services
 * (http or https, at most 2000 characters) so that the problem names the field; criterion values are checked
 * against the criterion's type and name the criterion's code.
 */
public final class EvaluationRequests {
    static final int MAX_URL = 2000;
    static final int MAX_TEXT = 4000;

    private EvaluationRequests() {}

    /**
     * One criterion's answer. Every field of a listed criterion is replaced (null clears it); criteria not
     * listed stay as they are. {@code notApplicable} true needs {@code naReason}, and then any value is
     * dropped. A DERIVED criterion takes no value (it is computed from the question sample) but may carry
     * evidence and a recommendation.
     */
    public record EvaluationAnswerInput(
            @NotNull UUID criterionId,
            BigDecimal value,
            Boolean notApplicable,
            @Size(max = 1000) String naReason,
            @Size(max = MAX_URL) String evidenceUrl,
            @Size(max = MAX_TEXT) String evidenceNote,
            @Size(max = MAX_TEXT) String recommendation) {

        boolean na() {
            return Boolean.TRUE.equals(notApplicable);
        }
    }

    /** Autosave: the version the form was loaded with and the criteria that changed. */
    public record EvaluationAnswersRequest(
            @NotNull @PositiveOrZero Long version,
            @NotNull @Size(max = 500) List<@NotNull @Valid EvaluationAnswerInput> answers) {}

    /** The version the client last saw. */
    public record EvaluationVersionRequest(
            @NotNull @PositiveOrZero Long version) {}

    /** Return to the expert: the comment says what to fix. */
    public record EvaluationReturnRequest(
            @NotNull @PositiveOrZero Long version,
            @NotBlank @Size(max = MAX_TEXT) String comment) {}

    /** The value the coordinator settles on for one criterion of a double evaluation. */
    public record EvaluationReconcileAnswer(
            @NotNull UUID criterionId,
            BigDecimal value,
            Boolean notApplicable,
            @Size(max = 1000) String naReason) {}

    /** Reconcile a PRIMARY with its SECOND: the primary's version, a comment and the settled values. */
    public record EvaluationReconcileRequest(
            @NotNull @PositiveOrZero Long version,
            @Size(max = MAX_TEXT) String comment,
            @NotNull @Size(max = 500) List<@NotNull @Valid EvaluationReconcileAnswer> answers) {}

    /**
     * A correction of a published evaluation: the reason (public) and the changed answers. {@code version} is
     * optional; when given, a stale one is refused.
     */
    public record EvaluationCorrectionRequest(
            @PositiveOrZero Long version,
            @NotBlank @Size(max = MAX_TEXT) String reason,
            @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid EvaluationAnswerInput> answers) {}

    /** A citizen's question found under a post and the first official answer to it, if any. */
    public record CitizenQuestionRequest(
            @NotBlank @Size(max = MAX_URL) String url,
            @NotNull OffsetDateTime askedAt,
            OffsetDateTime answeredAt,
            @Min(0) @Max(2) Integer quality,
            @Size(max = 2000) String note) {}

    /** An objection of the rated organization to one criterion. */
    public record ObjectionRequest(
            @NotNull UUID criterionId,
            @NotBlank @Size(max = MAX_TEXT) String comment,
            @Size(max = MAX_URL) String evidenceUrl) {}

    /** Accept an objection: the new answer for the criterion and the reason. */
    public record ObjectionAcceptRequest(
            @NotNull @PositiveOrZero Long version,
            @NotBlank @Size(max = MAX_TEXT) String reason,
            BigDecimal value,
            Boolean notApplicable,
            @Size(max = 1000) String naReason) {}

    /** Reject an objection with the reason. */
    public record ObjectionRejectRequest(
            @NotNull @PositiveOrZero Long version,
            @NotBlank @Size(max = MAX_TEXT) String reason) {}
}
