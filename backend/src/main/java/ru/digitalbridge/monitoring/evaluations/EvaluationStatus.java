package ru.digitalbridge.monitoring.evaluations;

/**
 * Where an evaluation is in its workflow: DRAFT (assigned, editable) → SUBMITTED (by the expert) → RETURNED
 * (by a coordinator with a comment; editable again) or APPROVED → PUBLISHED (with the campaign).
 */
public enum EvaluationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    PUBLISHED;

    /** The expert may still change answers and the question sample. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Handed in: submitted, approved or published. */
    boolean handedIn() {
        return this == SUBMITTED || this == APPROVED || this == PUBLISHED;
    }
}
