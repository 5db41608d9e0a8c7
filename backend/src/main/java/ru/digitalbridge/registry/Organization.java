package ru.digitalbridge.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A public body or institution, as {@link OrganizationRepository} reads and writes it. References (municipality,
 * parent) are plain ids: reads for responses go through {@link RegistryQueries}, which joins what a response needs
 * in one statement. {@code version} is the row's version when it was read.
 */
class Organization {
    UUID id;
    long version;
    String name;
    String shortName;
    OrganizationKind kind;
    Sector sector;
    UUID municipalityId;
    String website;
    String inn;
    String ogrn;
    String kpp;
    String externalId;
    UUID parentId;
    RecordStatus status;
    OffsetDateTime createdAt;
    OffsetDateTime updatedAt;
}
