package ru.digitalbridge.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;

/** The rows of {@code refresh_token}, found by the hash of the token. */
@ApplicationScoped
class RefreshTokenRepository {
    private final Sql sql;

    RefreshTokenRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * The token with this hash, its row locked until the transaction ends: requests presenting the same token at once
     * are served one after the other.
     */
    Optional<RefreshToken> lockByHash(String tokenHash) {
        return sql.one(
                "select id, user_id, family_id, token_hash, created_at, expires_at, revoked_at from refresh_token"
                        + " where token_hash = ? for update",
                RefreshTokenRepository::read,
                tokenHash);
    }

    void insert(RefreshToken token) {
        sql.update(
                "insert into refresh_token (id, user_id, family_id, token_hash, created_at, expires_at, revoked_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                token.id(),
                token.userId(),
                token.familyId(),
                token.tokenHash(),
                token.createdAt(),
                token.expiresAt(),
                token.revokedAt());
    }

    void revoke(UUID id, OffsetDateTime at) {
        sql.update("update refresh_token set revoked_at = ? where id = ?", at, id);
    }

    void revokeByHash(String tokenHash, OffsetDateTime at) {
        sql.update(
                "update refresh_token set revoked_at = ? where token_hash = ? and revoked_at is null", at, tokenHash);
    }

    void revokeFamily(UUID familyId, OffsetDateTime at) {
        sql.update("update refresh_token set revoked_at = ? where family_id = ? and revoked_at is null", at, familyId);
    }

    void revokeAllOf(UUID userId, OffsetDateTime at) {
        sql.update("update refresh_token set revoked_at = ? where user_id = ? and revoked_at is null", at, userId);
    }

    private static RefreshToken read(ResultSet rs) throws SQLException {
        return new RefreshToken(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getObject("family_id", UUID.class),
                rs.getString("token_hash"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class));
    }
}
