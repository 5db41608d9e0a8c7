package ru.digitalbridge.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed sign-ins per e-mail and per client address in the database (so it holds across instances) and
 * answers how long a caller must wait once more than the allowed number failed within a minute.
 */
@ApplicationScoped
class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final EntityManager entityManager;
    private final AuthConfig config;

    LoginThrottle(EntityManager entityManager, AuthConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** Seconds to wait when either key is over the limit, else empty. */
    @Transactional
    Optional<Long> retryAfter(String email, String address) {
        long wait = Math.max(waitFor(emailKey(email)), waitFor(addressKey(address)));
        return wait > 0 ? Optional.of(wait) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(String email, String address) {
        for (String key : List.of(emailKey(email), addressKey(address))) {
            entityManager
                    .createNativeQuery("insert into login_failure (throttle_key) values (?1)")
                    .setParameter(1, key)
                    .executeUpdate();
        }
    }

    @Scheduled(every = "10m", delayed = "1m")
    @Transactional
    void forgetOld() {
        entityManager
                .createNativeQuery("delete from login_failure where failed_at < now() - interval '1 hour'")
                .executeUpdate();
    }

    private long waitFor(String key) {
        @SuppressWarnings("unchecked")
        List<Object> failures = entityManager
                .createNativeQuery("select failed_at from login_failure where throttle_key = ?1"
                        + " and failed_at > now() - interval '1 minute' order by failed_at")
                .setParameter(1, key)
                .getResultList();
        int limit = config.maxFailuresPerMinute();
        if (failures.size() < limit) {
            return 0;
        }
        // the caller may try again once enough failures have left the window to be under the limit
        Instant unlock = toInstant(failures.get(failures.size() - limit)).plus(WINDOW);
        return Math.max(1, Duration.between(Instant.now(), unlock).toSeconds() + 1);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    private static String emailKey(String email) {
        return "email:" + email.trim().toLowerCase();
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
