package ru.digitalbridge.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.training.ActivityResponses.AssignmentResponse;
import ru.digitalbridge.training.ActivityResponses.SubmissionResponse;

/**
 * A learner's cabinet: their record, each enrolment with its schedule and own marks, assignments with their latest
 * submission, the final test and completion, and the accounts they run with the latest published evaluation and its
 * recommendations.
 */
public record CabinetResponse(LearnerResponse learner, List<CabinetEnrolment> enrolments, List<MyAccount> accounts) {

    public record CabinetEnrolment(
            UUID enrolmentId,
            EnrolmentStatus status,
            CohortSummary cohort,
            List<ScheduledSession> sessions,
            List<MyAssignment> assignments,
            MyTest finalTest,
            CompletionStatus completion) {}

    public record CohortSummary(
            UUID id, String title, LocalDate startsOn, LocalDate endsOn, String programmeTitle, int totalHours) {}

    public record ScheduledSession(
            SessionResponse session,
            @Schema(nullable = true) AttendanceStatus attendance) {}

    public record MyAssignment(
            AssignmentResponse assignment,
            @Schema(nullable = true) SubmissionResponse latest) {}

    public record MyTest(
            boolean required,
            int attemptsUsed,
            int attemptsAllowed,
            int passPercent,
            boolean passed,
            @Schema(nullable = true) Integer bestScorePercent,
            @Schema(nullable = true) UUID openAttemptId) {}

    public record MyAccount(
            UUID id,
            String displayName,
            String url,
            String platform,
            @Schema(nullable = true) LatestEvaluation latest,
            List<Recommendation> recommendations) {}

    public record LatestEvaluation(
            UUID evaluationId, UUID campaignId, BigDecimal indexValue, OffsetDateTime revisedAt) {}

    public record Recommendation(
            String code, @Schema(nullable = true) String title, String text) {}
}
