package ru.digitalbridge.registry;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as the API shows it, with its organization's and municipality's names. */
public record AccountResponse(
        UUID id,
        NamedRef organization,
        NamedRef municipality,
        Platform platform,
        String url,
        String normalizedUrl,
        String displayName,
        RecordStatus status,
        boolean official,
        @Schema(nullable = true) String externalId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {}
