package ru.digitalbridge.security;

/** What a user may do; a user may hold several roles. */
public enum Role {
    ADMIN,
    COORDINATOR,
    EXPERT,
    TRAINER,
    LEARNER,
    /** Speaks for the organization the user is linked to: sees its preliminary evaluations, may object. */
    REPRESENTATIVE
}
