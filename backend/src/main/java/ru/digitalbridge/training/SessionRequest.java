package ru.digitalbridge.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A session of a cohort: when, what, and where: a link when online, an address when in person. {@code version} is
 * required when changing a session (optimistic locking; a stale one is refused with 409) and ignored when adding one.
 */
public record SessionRequest(
        Long version,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 500) String topic,
        @NotNull SessionMode mode,
        @Size(max = 2000) String link,
        @Size(max = 1000) String address) {}
