package ru.digitalbridge.training;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A learner's request to be linked to a registry account they run, with the learner's name (for the trainer who
 * decides) and the account. Never public: only the learner, the trainers of their cohorts and staff see it.
 */
public record LinkRequestResponse(
        UUID id,
        long version,
        UUID learnerId,
        String learnerName,
        LearnerResponse.AccountRef account,
        LinkRequestStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime decidedAt) {

    /** The account a learner asks to be linked to. */
    public record LinkRequestBody(@NotNull UUID accountId) {}
}
