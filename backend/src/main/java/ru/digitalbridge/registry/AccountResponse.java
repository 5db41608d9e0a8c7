package ru.digitalbridge.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

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
        String externalId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {}
