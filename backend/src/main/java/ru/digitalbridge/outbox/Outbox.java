package ru.digitalbridge.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;

/** Writes events and their deliveries in the caller's transaction; the worker delivers them after the commit. */
@ApplicationScoped
public class Outbox {
    private static final String INSERT_EVENT =
            "insert into outbox_event (id, type, occurred_at, resource_type, resource_id, payload)"
                    + " values (?, ?, ?, ?, ?, ?::jsonb)";
    private static final String INSERT_DELIVERY =
            "insert into outbox_delivery (id, event_id, channel, target, status, due_at, give_up_at, created_at)"
                    + " values (?, ?, ?, ?, 'PENDING', ?, ?, ?) on conflict (event_id, channel, target) do nothing";

    private final Sql db;
    private final ObjectMapper json;
    private final OutboxClock clock;
    private final Instance<OutboxChannel> channels;

    Outbox(Sql db, ObjectMapper json, OutboxClock clock, @Any Instance<OutboxChannel> channels) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.channels = channels;
    }

    /**
     * Writes a domain event in the caller's transaction and one delivery for each subscriber of every channel.
     * {@code payload} is serialised to JSON (a DTO or a map; no personal data: webhooks carry it to machines).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, String resourceType, Object resourceId, Object payload) {
        OutboxEvent event = write(type, resourceType, resourceId, payload);
        OffsetDateTime now = event.occurredAt();
        List<Object[]> rows = new ArrayList<>();
        for (OutboxChannel channel : channels) {
            for (String target : new LinkedHashSet<>(channel.subscribers(event))) {
                rows.add(new Object[] {
                    UUID.randomUUID(),
                    event.id(),
                    channel.name(),
                    target,
                    now,
                    now.plus(channel.retryPolicy().window()),
                    now
                });
            }
        }
        db.batch(INSERT_DELIVERY, rows);
        return event.id();
    }

    /** Writes an event for one target of one channel only (a mail to one person, a webhook test event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID send(
            String channel, String target, String type, String resourceType, Object resourceId, Object payload) {
        OutboxChannel found = channel(channel).orElseThrow(() -> new IllegalArgumentException("no channel " + channel));
        OutboxEvent event = write(type, resourceType, resourceId, payload);
        OffsetDateTime now = event.occurredAt();
        db.update(
                INSERT_DELIVERY,
                UUID.randomUUID(),
                event.id(),
                found.name(),
                target,
                now,
                now.plus(found.retryPolicy().window()),
                now);
        return event.id();
    }

    /**
     * Makes finished deliveries (delivered or dead) of one channel due again now, with a fresh retry window: one
     * delivery ({@code deliveryId}), one event to one target, or every event of a target that happened in
     * [{@code from}, {@code to}). Deliveries still pending or being sent are left alone. Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int redeliver(Redelivery which) {
        OutboxChannel channel = channel(which.channel())
                .orElseThrow(() -> new IllegalArgumentException("no channel " + which.channel()));
        OffsetDateTime now = clock.now();
        StringBuilder sql = new StringBuilder("update outbox_delivery d set status = 'PENDING', due_at = ?,"
                + " give_up_at = ?, claimed_by = null from outbox_event e where e.id = d.event_id"
                + " and d.status in ('DELIVERED', 'DEAD') and d.channel = ?");
        List<Object> params =
                new ArrayList<>(List.of(now, now.plus(channel.retryPolicy().window()), channel.name()));
        if (which.deliveryId() != null) {
            sql.append(" and d.id = ?");
            params.add(which.deliveryId());
        }
        if (which.target() != null) {
            sql.append(" and d.target = ?");
            params.add(which.target());
        }
        if (which.eventId() != null) {
            sql.append(" and d.event_id = ?");
            params.add(which.eventId());
        }
        if (which.from() != null) {
            sql.append(" and e.occurred_at >= ?");
            params.add(which.from());
        }
        if (which.to() != null) {
            sql.append(" and e.occurred_at < ?");
            params.add(which.to());
        }
        return db.update(sql.toString(), params.toArray());
    }

    /** Which deliveries {@link #redeliver} makes due again; null members do not restrict. */
    public record Redelivery(
            String channel, UUID deliveryId, String target, UUID eventId, OffsetDateTime from, OffsetDateTime to) {}

    /** The delivery with this id, if any. */
    @Transactional
    public Optional<DeliveryView> delivery(UUID id) {
        return db.one(DELIVERY + " where d.id = ?", Outbox::delivery, id);
    }

    /** A page of deliveries, newest first, of one channel (or all), one target (or all), one status (or all). */
    @Transactional
    public Page<DeliveryView> deliveries(String channel, String target, String status, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (channel != null) {
            where.append(" and d.channel = ?");
            params.add(channel);
        }
        if (target != null) {
            where.append(" and d.target = ?");
            params.add(target);
        }
        if (status != null) {
            where.append(" and d.status = ?");
            params.add(status);
        }
        long total = db.count("select count(*) from outbox_delivery d" + where, params.toArray());
        params.add(size);
        params.add((long) page * size);
        List<DeliveryView> items = db.list(
                DELIVERY + where + " order by d.created_at desc, d.id limit ? offset ?",
                Outbox::delivery,
                params.toArray());
        return new Page<>(items, total);
    }

    /** The attempts made for one target of a channel, newest first: the delivery log. */
    @Transactional
    public Page<AttemptView> attempts(String channel, String target, int page, int size) {
        long total = db.count(
                "select count(*) from outbox_attempt a join outbox_delivery d on d.id = a.delivery_id"
                        + " where d.channel = ? and d.target = ?",
                channel,
                target);
        List<AttemptView> items = db.list(
                """
                select a.id, a.delivery_id, d.event_id, e.type, a.attempt, a.started_at, a.duration_ms, a.outcome,
                       a.status_code, a.detail
                  from outbox_attempt a
                  join outbox_delivery d on d.id = a.delivery_id
                  join outbox_event e on e.id = d.event_id
                 where d.channel = ? and d.target = ?
                 order by a.started_at desc, a.id
                 limit ? offset ?""",
                rs -> new AttemptView(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getObject(6, OffsetDateTime.class),
                        rs.getInt(7),
                        rs.getString(8),
                        (Integer) rs.getObject(9),
                        rs.getString(10)),
                channel,
                target,
                size,
                (long) page * size);
        return new Page<>(items, total);
    }

    public record Page<T>(List<T> items, long total) {}

    /** A delivery as administrators see it. */
    public record DeliveryView(
            UUID id,
            UUID eventId,
            String eventType,
            OffsetDateTime occurredAt,
            String channel,
            String target,
            String status,
            int attempts,
            OffsetDateTime dueAt,
            OffsetDateTime deliveredAt,
            Integer lastStatus,
            String lastError) {}

    /** One attempt of the delivery log. */
    public record AttemptView(
            UUID id,
            UUID deliveryId,
            UUID eventId,
            String eventType,
            int attempt,
            OffsetDateTime at,
            int durationMs,
            String outcome,
            Integer statusCode,
            String detail) {}

    private static final String DELIVERY = """
            select d.id, d.event_id, e.type, e.occurred_at, d.channel, d.target, d.status, d.attempts, d.due_at,
                   d.delivered_at, d.last_status, d.last_error
              from outbox_delivery d join outbox_event e on e.id = d.event_id""";

    private static DeliveryView delivery(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DeliveryView(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8),
                rs.getObject(9, OffsetDateTime.class),
                rs.getObject(10, OffsetDateTime.class),
                (Integer) rs.getObject(11),
                rs.getString(12));
    }

    Optional<OutboxChannel> channel(String name) {
        for (OutboxChannel channel : channels) {
            if (channel.name().equals(name)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    private OutboxEvent write(String type, String resourceType, Object resourceId, Object payload) {
        JsonNode body = json.valueToTree(payload);
        OutboxEvent event = new OutboxEvent(
                UUID.randomUUID(),
                type,
                clock.now(),
                resourceType,
                resourceId == null ? null : String.valueOf(resourceId),
                body);
        try {
            db.update(
                    INSERT_EVENT,
                    event.id(),
                    event.type(),
                    event.occurredAt(),
                    event.resourceType(),
                    event.resourceId(),
                    json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload not serialisable", e);
        }
        return event;
    }
}
