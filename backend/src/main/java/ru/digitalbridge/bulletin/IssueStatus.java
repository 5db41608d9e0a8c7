package ru.digitalbridge.bulletin;

/** Where an issue is in its workflow: edited, waiting for its reviewer, or published (then only corrected). */
public enum IssueStatus {
    DRAFT,
    REVIEW,
    PUBLISHED
}
