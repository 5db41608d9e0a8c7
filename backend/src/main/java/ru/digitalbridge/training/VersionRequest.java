package ru.digitalbridge.training;

import jakarta.validation.constraints.NotNull;

/** The version last seen of the record to change; a stale one is refused with 409. */
public record VersionRequest(@NotNull Long version) {}
