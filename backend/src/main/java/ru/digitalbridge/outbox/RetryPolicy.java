package ru.digitalbridge.outbox;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential back-off with jitter: the n-th failed attempt waits {@code first · 2^(n-1)}, at most {@code longest},
 * multiplied by a random factor in [0.5, 1) so that many failed deliveries do not come back at once; a delivery whose
 * next attempt would fall after {@code window} from its first is dead.
 */
public record RetryPolicy(Duration first, Duration longest, Duration window) {

    /** 30 s, 1 min, 2 min … up to 4 h between attempts, for 24 h: about 14 attempts. */
    public static final RetryPolicy STANDARD =
            new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(4), Duration.ofHours(24));

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration delay(int attempt, Random random) {
        long full = first.toMillis();
        for (int i = 1; i < attempt && full < longest.toMillis(); i++) {
            full *= 2;
        }
        full = Math.min(full, longest.toMillis());
        return Duration.ofMillis(full / 2 + (long) (random.nextDouble() * (full / 2)));
    }
}
