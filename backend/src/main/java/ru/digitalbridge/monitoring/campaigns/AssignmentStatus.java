package ru.digitalbridge.monitoring.campaigns;

/** Where an evaluation stands in its workflow (the values of {@code evaluation.status}). */
public enum AssignmentStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    PUBLISHED
}
