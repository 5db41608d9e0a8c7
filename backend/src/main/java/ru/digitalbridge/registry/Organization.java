package ru.digitalbridge.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A public body or institution. References (municipality, parent) are plain ids: reads go through
 * {@link RegistryQueries}, which joins what a response needs in one statement.
 */
@Entity
@Table(name = "organization")
class Organization {
    @Id
    UUID id;

    @Version
    long version;

    String name;

    @Column(name = "short_name")
    String shortName;

    @Enumerated(EnumType.STRING)
    OrganizationKind kind;

    @Enumerated(EnumType.STRING)
    Sector sector;

    @Column(name = "municipality_id")
    UUID municipalityId;

    String website;
    String inn;
    String ogrn;
    String kpp;

    @Column(name = "external_id")
    String externalId;

    @Column(name = "parent_id")
    UUID parentId;

    @Enumerated(EnumType.STRING)
    RecordStatus status;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;
}
