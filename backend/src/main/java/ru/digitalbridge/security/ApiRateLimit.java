package ru.digitalbridge.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.time.AppClock;

/**
 * A rate limit per API key: a fixed window of one minute per key, counted in PostgreSQL ({@code api_rate_window},
 * one row per key, one upsert per request), so every instance counts against the same window. The window starts
 * at the key's first request after the previous one ended, not at the full minute, so a burst is bounded by the
 * limit (not twice the limit across a minute boundary). Answers carry the IETF draft's headers
 * (draft-ietf-httpapi-ratelimit-headers: {@code RateLimit-Policy: "per-key";q=600;w=60} and {@code RateLimit:
 * "per-key";r=<remaining>;t=<seconds to reset>}); beyond the limit, 429 with {@code Retry-After}. People (bearer
 * tokens) are not limited here.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 50)
public class ApiRateLimit implements ContainerRequestFilter, ContainerResponseFilter {
    static final String ATTRIBUTE = "apiRateLimit";
    static final int WINDOW_SECONDS = 60;
    private static final String USAGE = ApiRateLimit.class.getName();

    /** The key's standing after this request. */
    record Usage(int limit, int hits, long resetSeconds) {}

    private final CurrentIdentityAssociation identities;
    private final Sql sql;
    private final AppClock clock;

    ApiRateLimit(CurrentIdentityAssociation identities, Sql sql, AppClock clock) {
        this.identities = identities;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(ApiKeyAuthentication.HEADER);
        if (key == null || key.isBlank()) {
            return;
        }
        SecurityIdentity identity;
        try {
            identity = identities.getDeferredIdentity().await().indefinitely();
        } catch (AuthenticationFailedException unknownKey) {
            return;
        }
        if (identity == null
                || !(identity.getAttribute("apiClientId") instanceof UUID client)
                || !(identity.getAttribute(ATTRIBUTE) instanceof Integer limit)) {
            return;
        }
        Usage usage = hit(client, limit);
        request.setProperty(USAGE, usage);
        if (usage.hits() > usage.limit()) {
            throw new ProblemException(429, "api-rate-limited", usage.limit(), usage.resetSeconds())
                    .with("retryAfterSeconds", usage.resetSeconds());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(USAGE) instanceof Usage usage) {
            response.getHeaders()
                    .putSingle("RateLimit-Policy", "\"per-key\";q=" + usage.limit() + ";w=" + WINDOW_SECONDS);
            response.getHeaders()
                    .putSingle(
                            "RateLimit",
                            "\"per-key\";r=" + Math.max(0, usage.limit() - usage.hits()) + ";t="
                                    + usage.resetSeconds());
        }
    }

    /** Counts one request in the key's current window, opening a new window when the last one has ended. */
    private Usage hit(UUID client, int limit) {
        Instant now = clock.now();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime ended = now.minusSeconds(WINDOW_SECONDS).atOffset(ZoneOffset.UTC);
        return sql.one(
                        "insert into api_rate_window (client_id, window_start, hits) values (?, ?, 1)"
                                + " on conflict (client_id) do update set"
                                + " window_start = case when api_rate_window.window_start <= ? then excluded.window_start"
                                + " else api_rate_window.window_start end,"
                                + " hits = case when api_rate_window.window_start <= ? then 1"
                                + " else api_rate_window.hits + 1 end"
                                + " returning hits, window_start",
                        rs -> {
                            Instant start =
                                    rs.getObject(2, OffsetDateTime.class).toInstant();
                            long reset = Math.max(
                                    1,
                                    Duration.between(now, start.plusSeconds(WINDOW_SECONDS))
                                            .toSeconds());
                            return new Usage(limit, rs.getInt(1), reset);
                        },
                        client,
                        at,
                        ended,
                        ended)
                .orElseThrow();
    }
}
