package ru.digitalbridge.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A machine client and the SHA-256 hash of its API key (a row of {@code api_client}); the key itself is shown once,
 * at creation. A plain object: see ApiClientService.Repository for how it is read and written.
 */
class ApiClient {
    UUID id;

    long version;

    String name;

    String keyPrefix;

    String keyHash;

    String[] roles = new String[0];

    /** ApiScope values: what the key may do on top of its roles. */
    String[] scopes = new String[0];

    boolean active = true;

    OffsetDateTime createdAt;

    String createdBy;

    OffsetDateTime lastUsedAt;

    /** After this instant the key is refused (401); null: it does not expire. */
    OffsetDateTime expiresAt;

    /** Requests per minute this key may make; null: the configured default. */
    Integer rateLimitPerMinute;
}
