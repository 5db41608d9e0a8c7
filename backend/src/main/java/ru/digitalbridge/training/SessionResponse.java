package ru.digitalbridge.training;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SessionResponse(
        UUID id,
        long version,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String topic,
        SessionMode mode,
        @Schema(nullable = true) String link,
        @Schema(nullable = true) String address) {}
