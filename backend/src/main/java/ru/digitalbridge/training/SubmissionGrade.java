package ru.digitalbridge.training;

/** A trainer's grade of a submission; after FAIL the learner may submit again. */
public enum SubmissionGrade {
    PASS,
    FAIL
}
