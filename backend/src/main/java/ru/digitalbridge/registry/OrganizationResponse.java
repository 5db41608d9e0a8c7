package ru.digitalbridge.registry;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as the API shows it; {@code accountCount} counts its active accounts. */
public record OrganizationResponse(
        UUID id,
        String name,
        @Schema(nullable = true) String shortName,
        OrganizationKind kind,
        Sector sector,
        NamedRef municipality,
        @Schema(nullable = true) String website,
        @Schema(nullable = true) String inn,
        @Schema(nullable = true) String ogrn,

        @Schema(
                nullable = true,
                description = "KPP: 9 characters; a branch office shares its parent's INN and differs by it")
        String kpp,

        @Schema(nullable = true) String externalId,
        @Schema(nullable = true) NamedRef parent,
        RecordStatus status,
        long accountCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {}
