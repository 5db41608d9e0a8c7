package ru.digitalbridge.registry;

import jakarta.validation.constraints.NotNull;

/** The version the client last saw, for archive and restore; required (a stale one is refused with 409). */
public record VersionRequest(@NotNull Long version) {}
