package ru.digitalbridge.bulletin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.outbox.DeliveryOutcome;
import ru.digitalbridge.outbox.OutboxChannel;
import ru.digitalbridge.outbox.OutboxEvent;
import ru.digitalbridge.outbox.OutboxMessage;

/**
 * The outbox channel of the bulletin. Targets are {@code issue:<id>:<revision>} (the publication of a revision:
 * resolving its recipients and queueing one message each, itself retried by the outbox until done) and the ids of
 * {@code bulletin_message} rows (one e-mail each). Claims are paced: at most {@link DeliveryConfig#rate()} per second
 * of the outbox clock across all instances ({@code bulletin_pace}).
 */
@ApplicationScoped
public class BulletinChannel implements OutboxChannel {
    public static final String NAME = "bulletin";
    /** bcore's event on each publication of an issue revision (EventTypes). */
    public static final String PUBLISHED = "bulletin.issue.published";

    private static final String FAN_OUT = "issue:";

    private final Sql db;
    private final DeliveryConfig config;
    private final Deliveries deliveries;
    private final BulletinSender sender;

    BulletinChannel(Sql db, DeliveryConfig config, Deliveries deliveries, BulletinSender sender) {
        this.db = db;
        this.config = config;
        this.deliveries = deliveries;
        this.sender = sender;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> subscribers(OutboxEvent event) {
        if (!PUBLISHED.equals(event.type()) || event.payload() == null) {
            return List.of();
        }
        String issue = event.payload().path("issueId").asText(null);
        int revision = event.payload().path("revision").asInt(0);
        if (issue == null || revision < 1) {
            return List.of();
        }
        return List.of(FAN_OUT + issue + ":" + revision);
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        String target = message.target();
        if (target.startsWith(FAN_OUT)) {
            String[] parts = target.substring(FAN_OUT.length()).split(":");
            int queued = deliveries.fanOut(UUID.fromString(parts[0]), Integer.parseInt(parts[1]), null);
            return DeliveryOutcome.delivered(null, queued + " messages queued");
        }
        return sender.send(UUID.fromString(target), message.attempt());
    }

    @Override
    public void recorded(OutboxMessage message, DeliveryOutcome outcome, boolean dead) {
        if (message.target().startsWith(FAN_OUT)) {
            return;
        }
        String status = switch (outcome.kind()) {
            case DELIVERED -> "SENT";
            case REFUSED -> "BOUNCED";
            case FAILED -> dead ? "FAILED" : null;
        };
        if (status == null) {
            return;
        }
        // the address is kept only while the message may still be sent
        db.update("""
                update bulletin_message set status = ?, address = null,
                       sent_at = case when ? = 'SENT' then now() else sent_at end
                 where id = ? and status = 'PENDING'
                """, status, status, UUID.fromString(message.target()));
    }

    @Override
    public Duration lease() {
        return config.lease();
    }

    @Override
    public int allowance(OffsetDateTime now, int batch) {
        long second = now.toEpochSecond();
        db.update("insert into bulletin_pace (second, used) values (?, 0) on conflict (second) do nothing", second);
        int used = db.one("select used from bulletin_pace where second = ? for update", rs -> rs.getInt(1), second)
                .orElse(0);
        return Math.max(0, Math.min(batch, config.rate() - used));
    }

    @Override
    public void claimed(OffsetDateTime now, int count) {
        long second = now.toEpochSecond();
        if (count > 0) {
            db.update("update bulletin_pace set used = used + ? where second = ?", count, second);
        }
        db.update("delete from bulletin_pace where second < ?", second - 60);
    }
}
