package ru.digitalbridge.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The bodies of the learning-activity writes. */
public final class ActivityRequests {
    private ActivityRequests() {}

    /** Marks for one session, many learners at once. */
    public record AttendanceRequest(
            @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull AttendanceMark> marks) {}

    public record AttendanceMark(
            @NotNull UUID enrolmentId, @NotNull AttendanceStatus status) {}

    /** The code shown on the trainer's screen at an in-person session. */
    public record CheckInRequest(
            @NotNull @Pattern(regexp = "\\d{6}") String code) {}

    /**
     * An assignment. {@code selfAssessment} true makes it the built-in self-assessment: the learner evaluates an
     * account they run against {@code criteriaSetId} (an APPROVED methodology; omitted: the one approved last).
     */
    public record AssignmentRequest(
            @NotBlank @Size(max = 500) String title,
            @Size(max = 5000) String description,
            @NotNull OffsetDateTime dueAt,
            boolean required,
            Boolean selfAssessment,
            UUID criteriaSetId) {

        boolean isSelfAssessment() {
            return Boolean.TRUE.equals(selfAssessment);
        }
    }

    /** A learner's answer: text and links (http or https). */
    public record SubmissionRequest(
            @NotBlank @Size(max = 20000) String text,

            @NotNull @Size(max = 20)
            List<@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String> links) {}

    public record GradeRequest(
            @NotNull SubmissionGrade grade,
            @Size(max = 5000) String comment) {}

    /** One list of chosen option indexes per question, in the order the questions were given. */
    public record TestAnswersRequest(
            @NotNull @Size(max = 1000) List<@NotNull @Size(max = 10) List<@NotNull Integer>> answers) {}
}
