package ru.digitalbridge.bulletin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.digitalbridge.common.error.ProblemException;

/**
 * Throttles the anonymous subscribe request per client address (this instance): at most {@code subscribesPerHour}
 * in any hour, then 429 with Retry-After. Mail bombing one address is limited separately: a subscriber gets at most
 * one confirmation message per {@link Subscriptions#RESEND_AFTER}.
 */
@ApplicationScoped
class SubscribeThrottle {
    private static final long WINDOW = Duration.ofHours(1).toMillis();

    private final Map<String, Deque<Long>> seen = new ConcurrentHashMap<>();
    private final DeliveryConfig config;

    SubscribeThrottle(DeliveryConfig config) {
        this.config = config;
    }

    void check(String address) {
        long now = System.currentTimeMillis();
        if (seen.size() > 100_000) {
            seen.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast() < now - WINDOW);
        }
        Deque<Long> times = seen.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < now - WINDOW) {
                times.pollFirst();
            }
            if (times.size() >= config.subscribesPerHour()) {
                long wait = Math.max(1, (times.peekFirst() + WINDOW - now) / 1000);
                throw new ProblemException(429, "too-many-subscriptions", wait).with("retryAfterSeconds", wait);
            }
            times.addLast(now);
        }
    }
}
