package ru.digitalbridge.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A session of a cohort: when, what, and where: a link when online, an address when in person. */
public record SessionRequest(
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 500) String topic,
        @NotNull SessionMode mode,
        @Size(max = 2000) String link,
        @Size(max = 1000) String address) {}
