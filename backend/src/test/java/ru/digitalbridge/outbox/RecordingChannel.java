package ru.digitalbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A channel for the outbox tests: events about the resource type {@value #RESOURCE} go to the targets named in their
 * payload's {@code targets}; a target starting with {@code ok} takes every attempt, {@code fail} fails, {@code gone}
 * refuses. Counts every attempt it sees by delivery and attempt number.
 */
@ApplicationScoped
public class RecordingChannel implements OutboxChannel {
    static final String NAME = "test-recording";
    static final String RESOURCE = "outbox-test";

    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

    /** How many times the attempt {@code deliveryId#attempt} reached this channel. */
    int seen(String attempt) {
        AtomicInteger count = seen.get(attempt);
        return count == null ? 0 : count.get();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> subscribers(OutboxEvent event) {
        if (!RESOURCE.equals(event.resourceType())) {
            return List.of();
        }
        return event.payload().path("targets").findValuesAsText("name");
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        seen.computeIfAbsent(message.deliveryId() + "#" + message.attempt(), key -> new AtomicInteger())
                .incrementAndGet();
        if (message.target().startsWith("ok")) {
            return DeliveryOutcome.delivered(200, "ok");
        }
        if (message.target().startsWith("gone")) {
            return DeliveryOutcome.refused(410, "gone");
        }
        return DeliveryOutcome.failed(503, "unavailable");
    }
}
