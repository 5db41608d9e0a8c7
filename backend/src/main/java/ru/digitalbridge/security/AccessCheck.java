package ru.digitalbridge.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks every request signed with an access token against the database, so that losing access takes effect on
 * the next request on every instance: the user must be active, the token's {@value #GENERATION_CLAIM} claim must
 * equal the user's current token generation (raised by deactivation and password changes), and the roles are the
 * user's roles now, not the ones written into the token. One primary-key lookup per request; its answer is kept
 * for at most {@link #CACHE_MILLIS} ms on this instance and dropped at once when this instance changes the user.
 */
@ApplicationScoped
public class AccessCheck implements SecurityIdentityAugmentor {
    static final String GENERATION_CLAIM = "gen";
    static final long CACHE_MILLIS = 1000;

    private final DataSource dataSource;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    AccessCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The user's state that decides whether a token still works. */
    record Current(boolean active, int generation, Set<String> roles) {}

    private record Cached(Optional<Current> current, long at) {}

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        UUID userId;
        try {
            userId = UUID.fromString(token.getSubject());
        } catch (RuntimeException notAUser) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token without a user"));
        }
        // a fresh answer in the cache needs no database: checked on the calling thread, without the hop to a worker
        // thread and back that running blocking costs every request (most requests of a busy user hit the cache)
        Optional<Current> cached = cached(userId, System.currentTimeMillis());
        if (cached != null) {
            try {
                return Uni.createFrom().item(check(identity, token, cached));
            } catch (AuthenticationFailedException e) {
                return Uni.createFrom().failure(e);
            }
        }
        return context.runBlocking(() -> check(identity, token, current(userId)));
    }

    private SecurityIdentity check(SecurityIdentity identity, JsonWebToken token, Optional<Current> found) {
        Current current = found.orElseThrow(() -> new AuthenticationFailedException("unknown user"));
        Object claim = token.getClaim(GENERATION_CLAIM);
        int generation = claim instanceof Number n ? n.intValue() : parse(claim);
        if (!current.active() || generation != current.generation()) {
            throw new AuthenticationFailedException("token revoked");
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(current.roles())
                .build();
    }

    /** Forgets what this instance knows of a user; called after every change of their access. */
    void forget(UUID userId) {
        cache.remove(userId);
    }

    /** The cached answer for the user if it is younger than {@link #CACHE_MILLIS}, else {@code null}. */
    private Optional<Current> cached(UUID userId, long now) {
        Cached cached = cache.get(userId);
        return cached != null && now - cached.at() < CACHE_MILLIS ? cached.current() : null;
    }

    private Optional<Current> current(UUID userId) {
        long now = System.currentTimeMillis();
        Optional<Current> cached = cached(userId, now);
        if (cached != null) {
            return cached;
        }
        Optional<Current> loaded = load(userId);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(userId, new Cached(loaded, now));
        return loaded;
    }

    private Optional<Current> load(UUID userId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select active, token_generation, roles from app_user where id = ?")) {
            statement.setObject(1, userId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Array roles = rs.getArray(3);
                return Optional.of(new Current(rs.getBoolean(1), rs.getInt(2), Set.of((String[]) roles.getArray())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the user's access", e);
        }
    }

    private static int parse(Object claim) {
        if (claim == null) {
            return -1;
        }
        try {
            return Integer.parseInt(claim.toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
