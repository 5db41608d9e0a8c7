package ru.digitalbridge.methodology;

import jakarta.validation.constraints.NotNull;

/** The version of the criteria set the client last saw (a stale one is refused with 409). */
public record CriteriaSetVersionRequest(@NotNull Long version) {}
