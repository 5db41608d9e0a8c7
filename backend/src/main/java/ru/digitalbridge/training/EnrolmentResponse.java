package ru.digitalbridge.training;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One learner in one cohort: the state of the enrolment and the day completion was met, if it was. */
public record EnrolmentResponse(
        UUID id,
        long version,
        UUID cohortId,
        UUID learnerId,
        EnrolmentStatus status,
        @Schema(nullable = true) LocalDate completedOn) {}
