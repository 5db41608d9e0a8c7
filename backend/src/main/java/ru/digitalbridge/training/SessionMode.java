package ru.digitalbridge.training;

/** Where a session happens: online (with a link) or in person (with an address). */
public enum SessionMode {
    ONLINE,
    IN_PERSON
}
