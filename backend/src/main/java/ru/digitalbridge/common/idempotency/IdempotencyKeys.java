package ru.digitalbridge.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.time.AppClock;

/**
 * The table of idempotency keys in PostgreSQL, so that every instance sees every key. Each statement commits on its
 * own (no transaction is open around the filter): a claim is visible to other instances before the request runs,
 * which is what makes concurrent duplicates execute once.
 */
@ApplicationScoped
class IdempotencyKeys {
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    /** A stored response to replay. */
    record Stored(int status, String location, String contentType, byte[] body) {}

    /** What became of a claim: this request runs, or it replays, or it is refused. */
    sealed interface Outcome {}

    record Claimed() implements Outcome {}

    record Replay(Stored response) implements Outcome {}

    /** The key was used with another request (method, path or body). */
    record Mismatch() implements Outcome {}

    /** The first request with this key is still running. */
    record InProgress() implements Outcome {}

    private final Sql sql;
    private final AppClock clock;
    private final Duration retention;
    private final Duration lease;

    IdempotencyKeys(
            Sql sql,
            AppClock clock,
            @ConfigProperty(name = "app.idempotency.retention", defaultValue = "PT24H") Duration retention,
            @ConfigProperty(name = "app.idempotency.lease", defaultValue = "PT5M") Duration lease) {
        this.sql = sql;
        this.clock = clock;
        this.retention = retention;
        this.lease = lease;
    }

    Outcome claim(String caller, String key, String fingerprint) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = clock.now();
            boolean claimed = sql.one(
                            "insert into idempotency_key (caller, idem_key, fingerprint, created_at, expires_at)"
                                    + " values (?, ?, ?, ?, ?)"
                                    + " on conflict (caller, idem_key) do update set fingerprint = excluded.fingerprint,"
                                    + " created_at = excluded.created_at, expires_at = excluded.expires_at,"
                                    + " response_status = null, location = null, content_type = null, body = null"
                                    + " where idempotency_key.expires_at <= ?"
                                    + " or (idempotency_key.response_status is null and idempotency_key.created_at <= ?)"
                                    + " returning true",
                            rs -> rs.getBoolean(1),
                            caller,
                            key,
                            fingerprint,
                            ts(now),
                            ts(now.plus(retention)),
                            ts(now),
                            ts(now.minus(lease)))
                    .orElse(false);
            if (claimed) {
                return new Claimed();
            }
            Optional<Outcome> existing = sql.one(
                    "select fingerprint, response_status, location, content_type, body from idempotency_key"
                            + " where caller = ? and idem_key = ?",
                    rs -> {
                        if (!rs.getString(1).equals(fingerprint)) {
                            return new Mismatch();
                        }
                        int status = rs.getInt(2);
                        if (rs.wasNull()) {
                            return new InProgress();
                        }
                        return new Replay(new Stored(status, rs.getString(3), rs.getString(4), rs.getBytes(5)));
                    },
                    caller,
                    key);
            if (existing.isPresent()) {
                return existing.get();
            }
            // released between the two statements: claim again
        }
        return new InProgress();
    }

    void complete(String caller, String key, Stored response) {
        sql.update(
                "update idempotency_key set response_status = ?, location = ?, content_type = ?, body = ?"
                        + " where caller = ? and idem_key = ?",
                response.status(),
                response.location(),
                response.contentType(),
                response.body(),
                caller,
                key);
    }

    /** Frees the key of a request that wrote nothing (it failed), so that a retry runs afresh. */
    void release(String caller, String key) {
        sql.update(
                "delete from idempotency_key where caller = ? and idem_key = ? and response_status is null",
                caller,
                key);
    }

    // "off" in the tests (see LoginThrottle#forgetOld)
    @Scheduled(
            every = "${bridge.cleanup.idempotency-keys-every:1h}",
            delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        int purged = sql.update("delete from idempotency_key where expires_at <= ?", ts(clock.now()));
        if (purged > 0) {
            LOG.infof("idempotency keys expired: %d", purged);
        }
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
