package ru.digitalbridge.monitoring.evaluations;

/** PRIMARY is the evaluation that counts; SECOND is the blind double used to measure agreement. */
public enum EvaluationRole {
    PRIMARY,
    SECOND
}
