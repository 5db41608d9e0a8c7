package ru.digitalbridge.training;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the learning-activity endpoints answer. */
public final class ActivityResponses {
    private ActivityResponses() {}

    public record CheckInCodeResponse(UUID sessionId, String code, OffsetDateTime expiresAt) {}

    public record CheckInResponse(UUID sessionId, String topic, AttendanceStatus status) {}

    public record AssignmentResponse(
            UUID id,
            UUID cohortId,
            String title,
            @Schema(nullable = true) String description,
            OffsetDateTime dueAt,
            boolean required,
            boolean selfAssessment,
            @Schema(nullable = true) UUID criteriaSetId) {}

    public record SubmissionResponse(
            UUID id,
            UUID assignmentId,
            UUID enrolmentId,
            int attempt,
            String text,
            List<String> links,
            OffsetDateTime submittedAt,
            boolean late,
            @Schema(nullable = true) SubmissionGrade grade,
            @Schema(nullable = true) String comment,
            @Schema(nullable = true) OffsetDateTime gradedAt,

            @Schema(
                    nullable = true,
                    description = "The self-assessment submitted with it (a self-assessment assignment)")
            UUID selfAssessmentId) {}

    /** A question as the learner sees it: never with its answer. */
    public record TestQuestion(int number, String module, String text, boolean multiple, List<String> options) {}

    public record TestAttemptResponse(
            UUID id,
            UUID enrolmentId,
            int attempt,
            int attemptsAllowed,
            int passPercent,
            List<TestQuestion> questions,
            OffsetDateTime startedAt,
            @Schema(nullable = true) OffsetDateTime finishedAt,
            @Schema(nullable = true) Integer scorePercent,
            @Schema(nullable = true) Boolean passed) {}
}
