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
 * An official account of an organization on a platform. The database keeps its municipality and search
 * text in step with the organization (triggers in V001), so they are not mapped here.
 */
@Entity
@Table(name = "account")
class Account {
    @Id
    UUID id;

    @Version
    long version;

    @Column(name = "organization_id")
    UUID organizationId;

    @Enumerated(EnumType.STRING)
    Platform platform;

    String url;

    @Column(name = "normalized_url")
    String normalizedUrl;

    @Column(name = "display_name")
    String displayName;

    @Enumerated(EnumType.STRING)
    RecordStatus status;

    boolean official;

    @Column(name = "external_id")
    String externalId;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;
}
