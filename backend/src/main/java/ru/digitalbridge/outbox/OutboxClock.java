package ru.digitalbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The outbox's time: when events happen, when deliveries fall due. The system clock, moved forward only by tests
 * ({@link #advance}) to make retries come due without waiting.
 */
@ApplicationScoped
public class OutboxClock {
    private volatile Duration offset = Duration.ZERO;

    public OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).plus(offset);
    }

    /** Moves this clock forward by {@code by} (tests). */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }
}
