package ru.digitalbridge.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.support.Api;

/**
 * The outbox's machinery with a recording channel: writes in the caller's transaction, claims shared by concurrent
 * workers (each attempt made once), back-off on the controllable clock, dead letters, leases after a lost worker.
 */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker worker;

    @Inject
    OutboxClock clock;

    @Inject
    RecordingChannel channel;

    @Inject
    Sql db;

    @ConfigProperty(name = "bridge.outbox.concurrency")
    int concurrency;

    @ConfigProperty(name = "bridge.outbox.batch")
    int batch;

    @Inject
    ObjectMapper json;

    @Inject
    @Any
    Instance<OutboxChannel> channels;

    private UUID publish(String... targets) {
        List<Map<String, String>> named =
                java.util.Arrays.stream(targets).map(t -> Map.of("name", t)).toList();
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(
                        "test.happened", RecordingChannel.RESOURCE, UUID.randomUUID(), Map.of("targets", named)));
    }

    private Outbox.DeliveryView delivery(UUID eventId, String target) {
        return db.one(
                        "select id from outbox_delivery where event_id = ? and target = ?",
                        rs -> rs.getObject(1, UUID.class),
                        eventId,
                        target)
                .flatMap(outbox::delivery)
                .orElseThrow();
    }

    private long attempts(UUID deliveryId) {
        return db.count("select count(*) from outbox_attempt where delivery_id = ?", deliveryId);
    }

    @Test
    void anEventWrittenInARolledBackTransactionLeavesNothing() {
        String target = "ok-" + Api.unique();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(
                        "test.happened",
                        RecordingChannel.RESOURCE,
                        "x",
                        Map.of("targets", List.of(Map.of("name", target))));
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the change and its event roll back together
        }
        assertThat(db.count("select count(*) from outbox_delivery where target = ?", target))
                .isZero();
    }

    @Test
    void aDeliveredEventIsRecordedWithItsAttempt() {
        String target = "ok-" + Api.unique();
        UUID event = publish(target);
        assertThat(delivery(event, target).status()).isEqualTo("PENDING");
        worker.runOnce();
        Outbox.DeliveryView done = delivery(event, target);
        assertThat(done.status()).isEqualTo("DELIVERED");
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.lastStatus()).isEqualTo(200);
        assertThat(attempts(done.id())).isEqualTo(1);
    }

    /**
     * Each outcome is committed on its own as soon as its attempt returns: while a batch is being delivered, of the
     * deliveries already taken by the receiver at most one per delivering thread (concurrency - 1 besides the one
     * about to be taken) lacks its committed outcome. So a crash re-sends at most one message per thread, whatever the
     * batch size; outcomes recorded per batch would leave up to the whole batch unrecorded.
     */
    @Test
    void eachOutcomeIsCommittedAsSoonAsItsAttemptReturns() {
        int count = Math.min(batch, 3 * concurrency);
        assertThat(count).as("the batch must be larger than the threads").isGreaterThan(concurrency + 1);
        String[] targets = new String[count];
        for (int i = 0; i < count; i++) {
            targets[i] = "window-" + i + "-" + Api.unique();
        }
        channel.resetWindow();
        UUID event = publish(targets);
        worker.runOnce();
        for (String target : targets) {
            assertThat(delivery(event, target).status()).as(target).isEqualTo("DELIVERED");
        }
        assertThat(channel.widestWindow()).isLessThanOrEqualTo(concurrency - 1);
    }

    @Test
    void failuresBackOffExponentiallyWithJitterUntilTheWindowEndsThenTheDeliveryIsDeadAndCanBeRedelivered() {
        String target = "fail-" + Api.unique();
        UUID event = publish(target);
        worker.runOnce();
        Outbox.DeliveryView first = delivery(event, target);
        assertThat(first.status()).isEqualTo("PENDING");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastStatus()).isEqualTo(503);
        OffsetDateTime now = clock.now();
        // the first wait is 30 s with jitter: between 15 and 30 s
        assertThat(first.dueAt()).isBetween(now.plusSeconds(14), now.plusSeconds(31));

        worker.runOnce();
        assertThat(delivery(event, target).attempts()).as("not due yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        worker.runOnce();
        Outbox.DeliveryView second = delivery(event, target);
        assertThat(second.attempts()).isEqualTo(2);
        // the second wait is 60 s with jitter
        assertThat(second.dueAt())
                .isBetween(clock.now().plusSeconds(29), clock.now().plusSeconds(61));

        int rounds = 0;
        while (!delivery(event, target).status().equals("DEAD") && rounds++ < 40) {
            clock.advance(Duration.ofHours(4));
            worker.runOnce();
        }
        Outbox.DeliveryView dead = delivery(event, target);
        assertThat(dead.status()).isEqualTo("DEAD");
        // 30 s · 2^n capped at 4 h, halved at worst by jitter, fits 7 to 20 attempts into 24 h
        assertThat(dead.attempts()).isBetween(7, 20);
        assertThat(attempts(dead.id())).isEqualTo(dead.attempts());

        int redelivered = QuarkusTransaction.requiringNew()
                .call(() -> outbox.redeliver(
                        new Outbox.Redelivery(RecordingChannel.NAME, dead.id(), null, null, null, null)));
        assertThat(redelivered).isEqualTo(1);
        assertThat(delivery(event, target).status()).isEqualTo("PENDING");
        worker.runOnce();
        assertThat(delivery(event, target).attempts()).isEqualTo(dead.attempts() + 1);
    }

    @Test
    void aRefusedDeliveryIsDeadAtOnce() {
        String target = "gone-" + Api.unique();
        UUID event = publish(target);
        worker.runOnce();
        Outbox.DeliveryView dead = delivery(event, target);
        assertThat(dead.status()).isEqualTo("DEAD");
        assertThat(dead.attempts()).isEqualTo(1);
        assertThat(dead.lastStatus()).isEqualTo(410);
    }

    @Test
    void aClaimLostWithItsWorkerIsTakenAgainAfterTheLeaseAsANewAttemptAndTheLateOutcomeIsIgnored() {
        String target = "ok-" + Api.unique();
        UUID event = publish(target);
        OutboxWorker lost = new OutboxWorker(db, json, clock, channels, 1000, 1);
        OutboxMessage held = lost.claim(channel).stream()
                .filter(m -> m.target().equals(target))
                .findFirst()
                .orElseThrow();
        assertThat(delivery(event, target).status()).isEqualTo("SENDING");

        worker.runOnce();
        assertThat(delivery(event, target).attempts())
                .as("leased to the lost worker")
                .isEqualTo(1);

        clock.advance(channel.lease().plusSeconds(1));
        worker.runOnce();
        Outbox.DeliveryView done = delivery(event, target);
        assertThat(done.status()).isEqualTo("DELIVERED");
        assertThat(done.attempts()).isEqualTo(2);

        // the lost worker comes back and reports its attempt: logged, but the delivery is not changed
        lost.attempt(channel, held);
        assertThat(delivery(event, target).attempts()).isEqualTo(2);
        assertThat(attempts(done.id())).isEqualTo(2);
        lost.stop();
    }

    @Test
    void twoWorkersOnOneDatabaseMakeEachAttemptExactlyOnce() throws Exception {
        String run = Api.unique();
        int events = 400;
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < events; i += 50) {
            int from = i;
            ids.addAll(QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> written = new ArrayList<>();
                for (int j = from; j < from + 50; j++) {
                    written.add(outbox.publish(
                            "test.happened",
                            RecordingChannel.RESOURCE,
                            j,
                            Map.of("targets", List.of(Map.of("name", "ok-a-" + run), Map.of("name", "ok-b-" + run)))));
                }
                return written;
            }));
        }
        OutboxWorker one = new OutboxWorker(db, json, clock, channels, 7, 3);
        OutboxWorker two = new OutboxWorker(db, json, clock, channels, 5, 3);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Callable<Integer> drain1 = () -> drain(one);
        Callable<Integer> drain2 = () -> drain(two);
        Future<Integer> a = threads.submit(drain1);
        Future<Integer> b = threads.submit(drain2);
        int made = a.get() + b.get();
        threads.shutdown();
        one.stop();
        two.stop();

        UUID[] eventIds = ids.toArray(new UUID[0]);
        assertThat(db.count(
                        "select count(*) from outbox_delivery where event_id = any(?) and status = 'DELIVERED'"
                                + " and attempts = 1",
                        (Object) eventIds))
                .isEqualTo(2L * events);
        assertThat(db.count(
                        "select count(*) from outbox_attempt a join outbox_delivery d on d.id = a.delivery_id"
                                + " where d.event_id = any(?)",
                        (Object) eventIds))
                .isEqualTo(2L * events);
        List<String> mine = db.list(
                "select id::text || '#1' from outbox_delivery where event_id = any(?)", rs -> rs.getString(1), (Object)
                        eventIds);
        assertThat(mine).hasSize(2 * events);
        assertThat(mine)
                .allSatisfy(key -> assertThat(channel.seen(key))
                        .as("attempts seen by the channel for " + key)
                        .isEqualTo(1));
        assertThat(db.count(
                        "select count(distinct worker) from outbox_attempt a join outbox_delivery d"
                                + " on d.id = a.delivery_id where d.event_id = any(?)",
                        (Object) eventIds))
                .as("both workers took part")
                .isEqualTo(2L);
        assertThat(made).isGreaterThanOrEqualTo(2 * events);
    }

    private static int drain(OutboxWorker worker) {
        int total = 0;
        int made;
        while ((made = worker.runOnce()) > 0) {
            total += made;
        }
        return total;
    }
}
