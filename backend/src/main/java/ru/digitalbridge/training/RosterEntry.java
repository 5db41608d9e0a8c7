package ru.digitalbridge.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of a trainer's cohort board: the learner (personal data as the caller may see it), their marks per
 * session, their latest grade per assignment, the final test, and the completion rule's outcome as things stand.
 */
public record RosterEntry(
        UUID enrolmentId,
        EnrolmentStatus status,
        @Schema(nullable = true) LocalDate completedOn,
        LearnerResponse learner,
        List<Mark> attendance,
        List<Grade> assignments,
        TestSummary finalTest,
        CompletionStatus completion) {

    public record Mark(UUID sessionId, AttendanceStatus status) {}

    public record Grade(
            UUID assignmentId,
            UUID submissionId,
            int attempt,
            @Schema(nullable = true) SubmissionGrade grade) {}

    public record TestSummary(
            int attempts, @Schema(nullable = true) Integer bestScorePercent, boolean passed) {}
}
