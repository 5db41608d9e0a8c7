package ru.digitalbridge.training;

/** Where a learner's request to be linked to an account stands. */
public enum LinkRequestStatus {
    PENDING,
    CONFIRMED,
    REJECTED,
    WITHDRAWN
}
