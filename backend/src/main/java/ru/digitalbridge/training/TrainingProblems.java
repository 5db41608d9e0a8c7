package ru.digitalbridge.training;

import java.util.UUID;
import ru.digitalbridge.common.error.ProblemException;

/** The problems the training rules raise; titles and details are in the message bundles under the same keys. */
final class TrainingProblems {
    private TrainingProblems() {}

    static ProblemException programmeNotFound(UUID id) {
        return ProblemException.notFound("entity.training-programme", id);
    }

    static ProblemException cohortNotFound(UUID id) {
        return ProblemException.notFound("entity.training-cohort", id);
    }

    static ProblemException learnerNotFound(UUID id) {
        return ProblemException.notFound("entity.training-learner", id);
    }

    static ProblemException enrolmentNotFound(UUID id) {
        return ProblemException.notFound("entity.training-enrolment", id);
    }

    static ProblemException sessionNotFound(UUID id) {
        return ProblemException.notFound("entity.training-session", id);
    }

    static ProblemException assignmentNotFound(UUID id) {
        return ProblemException.notFound("entity.training-assignment", id);
    }

    static ProblemException submissionNotFound(UUID id) {
        return ProblemException.notFound("entity.training-submission", id);
    }

    static ProblemException attemptNotFound(UUID id) {
        return ProblemException.notFound("entity.training-test-attempt", id);
    }

    static ProblemException staleVersion() {
        return ProblemException.conflict("stale-version");
    }

    /** 403: signed in, but not one of the cohort's trainers (nor staff), or not the learner concerned. */
    static ProblemException forbidden() {
        return new ProblemException(403, "training-forbidden");
    }

    static ProblemException programmeNotDraft() {
        return ProblemException.conflict("training-programme-not-draft");
    }

    static ProblemException programmeHasDraft() {
        return ProblemException.conflict("training-programme-has-draft");
    }

    static ProblemException programmeNotApproved() {
        return ProblemException.unprocessable("training-programme-not-approved");
    }

    static ProblemException cohortFull(int capacity) {
        return ProblemException.conflict("training-cohort-full", capacity).with("capacity", capacity);
    }

    static ProblemException alreadyEnrolled() {
        return ProblemException.conflict("training-already-enrolled");
    }

    static ProblemException learnerTaken(String field) {
        return ProblemException.conflict("training-learner-taken").with("field", field);
    }

    static ProblemException enrolmentNotActive() {
        return ProblemException.conflict("training-enrolment-not-active");
    }

    static ProblemException wrongState() {
        return ProblemException.conflict("training-wrong-state");
    }

    static ProblemException checkinCodeInvalid() {
        return ProblemException.unprocessable("training-checkin-code-invalid");
    }

    static ProblemException attemptsExhausted(int attempts) {
        return ProblemException.conflict("training-attempts-exhausted", attempts)
                .with("attempts", attempts);
    }

    static ProblemException notATrainer() {
        return ProblemException.unprocessable("training-not-a-trainer");
    }

    static ProblemException notALearner() {
        return ProblemException.notFound("entity.training-learner", null);
    }

    static ProblemException selfAssessmentOnly() {
        return ProblemException.conflict("training-self-assessment-only");
    }

    static ProblemException notSelfAssessment() {
        return ProblemException.conflict("training-not-a-self-assessment");
    }

    static ProblemException selfAssessmentNotFound(UUID id) {
        return ProblemException.notFound("entity.training-self-assessment", id);
    }

    static ProblemException accountAlreadyLinked() {
        return ProblemException.conflict("training-account-linked");
    }

    static ProblemException linkAlreadyRequested() {
        return ProblemException.conflict("training-link-requested");
    }
}
