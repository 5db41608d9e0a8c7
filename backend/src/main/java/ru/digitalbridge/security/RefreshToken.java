package ru.digitalbridge.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A refresh token (a row of {@code refresh_token}), stored as a SHA-256 hash; rotated at every use, revoked at
 * sign-out.
 *
 * @param familyId the sign-in this token descends from: every rotation keeps it, a replay revokes all of it
 */
record RefreshToken(
        UUID id,
        UUID userId,
        UUID familyId,
        String tokenHash,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime revokedAt) {}
