package ru.digitalbridge.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.monitoring.evaluations.AnswerResponse;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationAnswerInput;

/** The self-assessment's bodies: the request, the empty form and the submitted self-assessment beside the experts'. */
public final class SelfAssessmentResponses {
    private SelfAssessmentResponses() {}

    /** One of the learner's accounts evaluated with the evaluation form's answers (same fields and rules). */
    public record SelfAssessmentRequest(
            @NotNull UUID accountId,
            @NotNull @Size(max = 500) List<@NotNull @Valid EvaluationAnswerInput> answers) {}

    /** The approved methodology edition the assignment is done against. */
    public record MethodologyRef(UUID id, String name, int edition) {}

    /** The form for one account: every criterion of the methodology, which apply to the account, none answered. */
    public record SelfAssessmentForm(
            UUID assignmentId,
            MethodologyRef methodology,
            LearnerResponse.AccountRef account,
            List<AnswerResponse> answers) {}

    /** How the learner's answer to a criterion compares with the experts' (share of the maximum points). */
    public enum Agreement {
        SAME,
        MINE_HIGHER,
        MINE_LOWER,
        NOT_COMPARABLE
    }

    /** The experts' latest published evaluation of the same account. */
    public record ExpertEvaluation(
            UUID evaluationId,
            UUID campaignId,
            String campaignTitle,
            String period,
            UUID criteriaSetId,

            @Schema(description = "Whether the experts used the same methodology edition")
            boolean sameMethodology,

            @Schema(nullable = true) BigDecimal index,
            OffsetDateTime revisedAt) {}

    /** One criterion: mine against the experts', matched by the criterion's code. */
    public record ComparisonRow(
            String code,
            String title,
            BigDecimal weight,
            BigDecimal maxPoints,
            boolean mineNotApplicable,
            @Schema(nullable = true) BigDecimal mineValue,
            @Schema(nullable = true) BigDecimal minePoints,

            @Schema(description = "The experts' evaluation has this criterion")
            boolean expertsAssessed,

            boolean expertsNotApplicable,
            @Schema(nullable = true) BigDecimal expertsValue,
            @Schema(nullable = true) BigDecimal expertsPoints,
            @Schema(nullable = true) BigDecimal expertsMaxPoints,
            Agreement agreement) {}

    /**
     * A submitted self-assessment, visible to the learner and the cohort's trainers only: the answers as the
     * evaluation form shows them, the index by the methodology's rule, and, when the account has a published
     * evaluation, the experts' index and a criterion-by-criterion comparison.
     */
    public record SelfAssessmentResponse(
            UUID id,
            UUID assignmentId,
            String assignmentTitle,
            UUID enrolmentId,
            String learnerName,
            LearnerResponse.AccountRef account,
            MethodologyRef methodology,
            @Schema(nullable = true) BigDecimal index,
            int applicable,
            int filled,
            List<AnswerResponse> answers,
            ActivityResponses.SubmissionResponse submission,
            @Schema(nullable = true) ExpertEvaluation experts,

            @Schema(nullable = true, description = "Mine minus the experts' index")
            BigDecimal indexDifference,

            List<ComparisonRow> comparison) {}
}
