package ru.digitalbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import ru.digitalbridge.common.db.Sql;

/**
 * A channel for the outbox tests: events about the resource type {@value #RESOURCE} go to the targets named in their
 * payload's {@code targets}; a target starting with {@code ok} takes every attempt, {@code fail} fails, {@code gone}
 * refuses. Counts every attempt it sees by delivery and attempt number. A target starting with {@code window} takes
 * every attempt and, before taking it, looks from its own connection how many of the {@code window} deliveries it
 * took before still have no committed outcome ({@link #widestWindow}).
 */
@ApplicationScoped
public class RecordingChannel implements OutboxChannel {
    static final String NAME = "test-recording";
    static final String RESOURCE = "outbox-test";

    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final List<UUID> taken = new CopyOnWriteArrayList<>();
    private final AtomicInteger widest = new AtomicInteger();
    private final Sql db;

    RecordingChannel(Sql db) {
        this.db = db;
    }

    /** Forgets the {@code window} deliveries taken so far. */
    void resetWindow() {
        taken.clear();
        widest.set(0);
    }

    /** The most {@code window} deliveries seen taken (delivered) but not yet recorded at one time. */
    int widestWindow() {
        return widest.get();
    }

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
        if (message.target().startsWith("window")) {
            List<UUID> before = List.copyOf(taken);
            long recorded =
                    db.count("select count(*) from outbox_delivery where id = any(?) and status <> 'SENDING'", (Object)
                            Sql.uuids(before));
            widest.accumulateAndGet(before.size() - (int) recorded, Math::max);
            taken.add(message.deliveryId());
            return DeliveryOutcome.delivered(200, "ok");
        }
        if (message.target().startsWith("ok")) {
            return DeliveryOutcome.delivered(200, "ok");
        }
        if (message.target().startsWith("gone")) {
            return DeliveryOutcome.refused(410, "gone");
        }
        return DeliveryOutcome.failed(503, "unavailable");
    }
}
