package ru.digitalbridge.common.error;

/** One invalid field of a request: a JSON path such as {@code url} or {@code rows[3].inn}, and a human message. */
public record Violation(String field, String message) {}
