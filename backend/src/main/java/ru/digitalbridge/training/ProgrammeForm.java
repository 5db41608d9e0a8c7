package ru.digitalbridge.training;

/** How a programme is taught: blended (очно-заочная with distance technologies), full-time, or distance only. */
public enum ProgrammeForm {
    BLENDED,
    FULL_TIME,
    DISTANCE
}
