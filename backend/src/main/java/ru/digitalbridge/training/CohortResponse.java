package ru.digitalbridge.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A cohort as its staff and trainers see it: programme edition, dates, rule, trainers, sessions, head count. */
public record CohortResponse(
        UUID id,
        long version,
        ProgrammeRef programme,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        boolean autoIssue,
        List<TrainerRef> trainers,
        CohortRequest.Completion completion,
        CohortRequest.FinalTest finalTest,
        List<SessionResponse> sessions,
        int enrolled,
        int applied,
        OffsetDateTime updatedAt) {

    public record ProgrammeRef(UUID id, String title, int edition, int totalHours) {}

    public record TrainerRef(UUID id, String fullName) {}
}
