package ru.digitalbridge.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An official account of an organization on a platform, as {@link AccountRepository} reads and writes it. The
 * database keeps its municipality and search text in step with the organization (triggers in V001), so they are
 * not held here. {@code version} is the row's version when it was read; a write of a changed row fails when the
 * row has changed since.
 */
class Account {
    UUID id;
    long version;
    UUID organizationId;
    Platform platform;
    String url;
    String normalizedUrl;
    String displayName;
    RecordStatus status;
    boolean official;
    String externalId;
    OffsetDateTime createdAt;
    OffsetDateTime updatedAt;
}
