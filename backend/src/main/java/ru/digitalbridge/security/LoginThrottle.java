package ru.digitalbridge.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import ru.digitalbridge.common.db.Sql;

/**
 * Counts failed sign-ins in the database (so it holds across instances) and answers how long a caller must wait once
 * more than the allowed number failed within a minute. Failures count per client address and, for the e-mail, either
 * against the e-mail (clients without a device cookie for it) or against the device (clients presenting a valid
 * device cookie for that e-mail, see DeviceCookies). So failures of strangers lock out strangers only: the owner's
 * browser that signed in before keeps its own, smaller budget.
 */
@ApplicationScoped
class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Sql sql;
    private final AuthConfig config;

    LoginThrottle(Sql sql, AuthConfig config) {
        this.sql = sql;
        this.config = config;
    }

    /**
     * Seconds to wait when a key of this attempt is over its limit, else empty. {@code device} is the id of a valid
     * device cookie for this e-mail, or null.
     */
    @Transactional
    Optional<Long> retryAfter(String email, String address, String device) {
        long perEmail = device == null
                ? waitFor(emailKey(email), config.maxFailuresPerMinute())
                : waitFor(deviceKey(device), config.maxDeviceFailuresPerMinute());
        long wait = Math.max(perEmail, waitFor(addressKey(address), config.maxFailuresPerMinute()));
        return wait > 0 ? Optional.of(wait) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(String email, String address, String device) {
        for (String key : List.of(device == null ? emailKey(email) : deviceKey(device), addressKey(address))) {
            sql.update("insert into login_failure (throttle_key) values (?)", key);
        }
    }

    // "off" in the tests: a purge firing while a test counts the statements of one request (StatementCountingDriver
    // counts every thread's) would add one to them
    @Scheduled(every = "${bridge.cleanup.login-failures-every:10m}", delayed = "1m")
    @Transactional
    void forgetOld() {
        sql.update("delete from login_failure where failed_at < now() - interval '1 hour'");
    }

    private long waitFor(String key, int limit) {
        List<Instant> failures = sql.list(
                "select failed_at from login_failure where throttle_key = ?"
                        + " and failed_at > now() - interval '1 minute' order by failed_at",
                rs -> rs.getObject(1, OffsetDateTime.class).toInstant(),
                key);
        if (failures.size() < limit) {
            return 0;
        }
        // the caller may try again once enough failures have left the window to be under the limit
        Instant unlock = failures.get(failures.size() - limit).plus(WINDOW);
        return Math.max(1, Duration.between(Instant.now(), unlock).toSeconds() + 1);
    }

    private static String emailKey(String email) {
        return "email:" + email.trim().toLowerCase();
    }

    private static String deviceKey(String device) {
        return "device:" + device;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
