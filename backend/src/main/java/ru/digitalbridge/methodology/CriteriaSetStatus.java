package ru.digitalbridge.methodology;

/** Where a criteria set is in its life: edited as a DRAFT, in force once APPROVED, kept for history when RETIRED. */
public enum CriteriaSetStatus {
    DRAFT,
    APPROVED,
    RETIRED
}
