package ru.digitalbridge.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A refresh token, stored as a SHA-256 hash; rotated at every use, revoked at sign-out. */
@Entity
@Table(name = "refresh_token")
class RefreshToken {
    @Id
    UUID id;

    @Column(name = "user_id", nullable = false)
    UUID userId;

    /** The sign-in this token descends from: every rotation keeps it, a replay revokes all of it. */
    @Column(name = "family_id", nullable = false)
    UUID familyId;

    @Column(name = "token_hash", nullable = false)
    String tokenHash;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    OffsetDateTime revokedAt;
}
