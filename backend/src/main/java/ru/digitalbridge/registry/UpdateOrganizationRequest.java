package ru.digitalbridge.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The new state of an organization and the version it was read at (a stale version is refused with 409). */
public record UpdateOrganizationRequest(
        @NotBlank @Size(max = Limits.NAME) String name,
        @Size(max = Limits.SHORT_NAME) String shortName,
        @NotNull OrganizationKind kind,
        @NotNull Sector sector,
        @NotNull UUID municipalityId,
        @Size(max = Limits.WEBSITE) String website,
        @Size(max = 12) String inn,
        @Size(max = 15) String ogrn,
        @Size(max = 12) String kpp,
        @Size(max = Limits.EXTERNAL_ID) String externalId,
        UUID parentId,
        @NotNull Long version)
        implements OrganizationFields {}
