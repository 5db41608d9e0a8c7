package ru.digitalbridge.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An organization as the API shows it; {@code accountCount} counts its active accounts. */
public record OrganizationResponse(
        UUID id,
        String name,
        String shortName,
        OrganizationKind kind,
        Sector sector,
        NamedRef municipality,
        String website,
        String inn,
        String ogrn,
        String externalId,
        NamedRef parent,
        RecordStatus status,
        long accountCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {}
