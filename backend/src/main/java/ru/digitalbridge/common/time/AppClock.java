package ru.digitalbridge.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The application's notion of "now" for rules that expire (idempotency keys, rate-limit windows, API key expiry),
 * as a bean so that tests can move time forward with {@code QuarkusMock} instead of waiting.
 */
@ApplicationScoped
public class AppClock {
    public Instant now() {
        return Instant.now();
    }
}
