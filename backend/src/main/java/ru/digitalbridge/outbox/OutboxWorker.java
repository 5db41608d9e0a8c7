package ru.digitalbridge.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.Sql;

/**
 * Delivers due outbox deliveries, in every instance: claims a batch per channel with {@code FOR UPDATE SKIP LOCKED}
 * (raising the attempt number and setting the lease in one committed statement), delivers them in parallel outside any
 * transaction, and records each outcome only while the delivery still holds that attempt. Each outcome is committed in
 * its own short transaction as soon as its attempt returns (an SMTP server's or webhook receiver's answer), before the
 * thread takes the next delivery: a crash leaves at most one delivered-but-unrecorded delivery per thread, which
 * becomes due again when its lease ends (OutboxTest checks the bound).
 */
@ApplicationScoped
public class OutboxWorker {
    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    private static final String CLAIM = """
            with due as (
                select id from outbox_delivery
                 where status in ('PENDING', 'SENDING') and due_at <= ? and channel = ?
                 order by due_at
                 limit ?
                 for update skip locked)
            update outbox_delivery d
               set status = 'SENDING', attempts = d.attempts + 1, due_at = ?, claimed_by = ?
              from due, outbox_event e
             where d.id = due.id and e.id = d.event_id
            returning d.id, d.target, d.attempts, e.id, e.type, e.occurred_at, e.resource_type, e.resource_id,
                      e.payload::text""";

    private static final String RECORD = """
            update outbox_delivery
               set status = ?, due_at = ?, claimed_by = null, last_status = ?, last_error = ?, delivered_at = ?
             where id = ? and attempts = ? and status = 'SENDING'""";

    private static final String ATTEMPT = """
            insert into outbox_attempt (id, delivery_id, attempt, worker, started_at, duration_ms, outcome, status_code,
                                        detail)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Sql db;
    private final ObjectMapper json;
    private final OutboxClock clock;
    private final Instance<OutboxChannel> channels;
    private final int batch;
    private final String name;
    private final ExecutorService pool;
    private final Random random = new Random();

    OutboxWorker(
            Sql db,
            ObjectMapper json,
            OutboxClock clock,
            @Any Instance<OutboxChannel> channels,
            @ConfigProperty(name = "bridge.outbox.batch", defaultValue = "50") int batch,
            @ConfigProperty(name = "bridge.outbox.concurrency", defaultValue = "8") int concurrency) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.channels = channels;
        this.batch = batch;
        this.name = "worker-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        this.pool = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "outbox-delivery");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** The scheduler's call: drains what is due, a batch at a time (skipped when the worker is switched off). */
    @Scheduled(
            identity = "outbox-worker",
            every = "${bridge.outbox.poll:1s}",
            // the first poll waits until the application has started: it would otherwise build the HTTP client (TLS,
            // ~500 classes) and deliver what queued up while stopped on the start path (README, "Start-up")
            delayed = "${bridge.outbox.start-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void poll() {
        try {
            while (runOnce() > 0) {
                // another batch may be due already
            }
        } catch (RuntimeException e) {
            // the database may be away (restarting); nothing is lost, the next poll tries again
            LOG.warnf("outbox poll failed: %s", e.getMessage());
        }
    }

    /** Claims and delivers at most one batch per channel; returns how many attempts were made. */
    public int runOnce() {
        List<Future<?>> running = new ArrayList<>();
        for (OutboxChannel channel : channels) {
            for (OutboxMessage message : claim(channel)) {
                running.add(pool.submit(() -> attempt(channel, message)));
            }
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return running.size();
            } catch (ExecutionException e) {
                LOG.warnf("outbox delivery failed to record: %s", e.getCause().getMessage());
            }
        }
        return running.size();
    }

    /** This worker's name, stored with each claim and attempt. */
    public String name() {
        return name;
    }

    List<OutboxMessage> claim(OutboxChannel channel) {
        OffsetDateTime now = clock.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            int limit = Math.min(batch, channel.allowance(now, batch));
            if (limit <= 0) {
                return List.<OutboxMessage>of();
            }
            List<OutboxMessage> claimed = db.list(
                    CLAIM,
                    rs -> new OutboxMessage(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getInt(3),
                            new OutboxEvent(
                                    rs.getObject(4, UUID.class),
                                    rs.getString(5),
                                    rs.getObject(6, OffsetDateTime.class),
                                    rs.getString(7),
                                    rs.getString(8),
                                    payload(rs.getString(9)))),
                    now,
                    channel.name(),
                    limit,
                    now.plus(channel.lease()),
                    name);
            channel.claimed(now, claimed.size());
            return claimed;
        });
    }

    void attempt(OutboxChannel channel, OutboxMessage message) {
        OffsetDateTime started = clock.now();
        long start = System.nanoTime();
        DeliveryOutcome outcome;
        try {
            outcome = channel.deliver(message);
        } catch (RuntimeException e) {
            outcome = DeliveryOutcome.failed(null, e.getMessage() == null ? "delivery failed" : e.getMessage());
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
        record(channel, message, outcome, started, millis);
    }

    private void record(
            OutboxChannel channel, OutboxMessage message, DeliveryOutcome outcome, OffsetDateTime started, int millis) {
        OffsetDateTime now = clock.now();
        String status;
        OffsetDateTime due = now;
        switch (outcome.kind()) {
            case DELIVERED -> status = "DELIVERED";
            case REFUSED -> status = "DEAD";
            default -> {
                due = now.plus(channel.retryPolicy().delay(message.attempt(), random));
                OffsetDateTime giveUp = db.one(
                                "select give_up_at from outbox_delivery where id = ?",
                                rs -> rs.getObject(1, OffsetDateTime.class),
                                message.deliveryId())
                        .orElse(now);
                status = due.isAfter(giveUp) ? "DEAD" : "PENDING";
            }
        }
        String finalStatus = status;
        OffsetDateTime finalDue = due;
        QuarkusTransaction.requiringNew().run(() -> {
            int updated = db.update(
                    RECORD,
                    finalStatus,
                    finalDue,
                    outcome.statusCode(),
                    outcome.kind() == DeliveryOutcome.Kind.DELIVERED ? null : outcome.detail(),
                    outcome.kind() == DeliveryOutcome.Kind.DELIVERED ? now : null,
                    message.deliveryId(),
                    message.attempt());
            db.update(
                    ATTEMPT,
                    UUID.randomUUID(),
                    message.deliveryId(),
                    message.attempt(),
                    name,
                    started,
                    millis,
                    outcome.kind().name(),
                    outcome.statusCode(),
                    outcome.detail());
            if (updated == 1) {
                channel.recorded(message, outcome, finalStatus.equals("DEAD"));
            }
        });
    }

    private JsonNode payload(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("stored event payload is not JSON", e);
        }
    }

    /** Skips the scheduled poll where {@code bridge.outbox.worker} is false (the tests drive {@link #runOnce}). */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {
        private final boolean enabled;

        Disabled(@ConfigProperty(name = "bridge.outbox.worker", defaultValue = "true") boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }
}
