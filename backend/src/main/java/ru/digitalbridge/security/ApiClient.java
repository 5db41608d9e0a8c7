package ru.digitalbridge.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A machine client and the SHA-256 hash of its API key; the key itself is shown once, at creation. */
@Entity
@Table(name = "api_client")
class ApiClient {
    @Id
    UUID id;

    @Version
    long version;

    @Column(nullable = false)
    String name;

    @Column(name = "key_prefix", nullable = false)
    String keyPrefix;

    @Column(name = "key_hash", nullable = false)
    String keyHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    String[] roles = new String[0];

    /** ApiScope values: what the key may do on top of its roles. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    String[] scopes = new String[0];

    @Column(nullable = false)
    boolean active = true;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "last_used_at")
    OffsetDateTime lastUsedAt;

    /** After this instant the key is refused (401); null: it does not expire. */
    @Column(name = "expires_at")
    OffsetDateTime expiresAt;

    /** Requests per minute this key may make; null: the configured default. */
    @Column(name = "rate_limit_per_minute")
    Integer rateLimitPerMinute;
}
