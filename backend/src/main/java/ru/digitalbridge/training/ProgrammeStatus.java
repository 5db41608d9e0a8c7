package ru.digitalbridge.training;

/** A programme edition's stage: a draft is edited; an approved edition is immutable and used by cohorts. */
public enum ProgrammeStatus {
    DRAFT,
    APPROVED,
    RETIRED
}
