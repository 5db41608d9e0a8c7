package ru.digitalbridge.monitoring.campaigns;

/** Which evaluation of an account an assignment is: the one that counts, or the blind second for agreement. */
public enum AssignmentRole {
    PRIMARY,
    SECOND
}
