package ru.digitalbridge.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, inside the transaction of the change) when a learner's enrolment first meets its cohort's
 * completion rule, or meets it again after losing it. {@code autoIssue} is the cohort's choice: issue the
 * certificate at once, or wait for a trainer's confirmation.
 */
public record CompletionMet(UUID enrolmentId, UUID cohortId, UUID learnerId, LocalDate metOn, boolean autoIssue) {}
