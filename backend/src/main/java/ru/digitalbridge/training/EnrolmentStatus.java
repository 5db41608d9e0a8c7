package ru.digitalbridge.training;

/** An enrolment's state: applied by the learner (awaiting a trainer), enrolled, rejected, or withdrawn. */
public enum EnrolmentStatus {
    APPLIED,
    ENROLLED,
    REJECTED,
    WITHDRAWN
}
