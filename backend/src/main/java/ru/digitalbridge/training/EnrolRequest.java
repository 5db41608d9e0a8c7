package ru.digitalbridge.training;

import jakarta.validation.Valid;
import java.util.UUID;

/**
 * Enrol a learner in a cohort: an existing learner by id, or a new one by their data (matched first against existing
 * learners by e-mail and СНИЛС, so a person is never recorded twice). Exactly one of the two.
 */
public record EnrolRequest(UUID learnerId, @Valid LearnerRequest learner) {}
