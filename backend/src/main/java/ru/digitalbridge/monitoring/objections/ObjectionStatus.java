package ru.digitalbridge.monitoring.objections;

/** An objection is OPEN until the expert or a coordinator accepts or rejects it. */
public enum ObjectionStatus {
    OPEN,
    ACCEPTED,
    REJECTED
}
