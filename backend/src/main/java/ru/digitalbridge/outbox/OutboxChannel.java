package ru.digitalbridge.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** A way out of the outbox (webhooks, mail): who subscribes to an event and how one attempt is made. */
public interface OutboxChannel {

    /** The channel's stable name, stored with every delivery. */
    String name();

    /**
     * The targets that receive {@code event}; called in the transaction that writes it, so it only reads. Events sent
     * with {@link Outbox#send} do not come here.
     */
    List<String> subscribers(OutboxEvent event);

    /** One attempt to deliver; called outside any transaction. An exception counts as a failed attempt. */
    DeliveryOutcome deliver(OutboxMessage message);

    /** Called in the transaction that records the outcome of an attempt; {@code dead} when the outbox gave up. */
    default void recorded(OutboxMessage message, DeliveryOutcome outcome, boolean dead) {}

    /** How long one attempt may take before another worker may claim the delivery again. */
    default Duration lease() {
        return Duration.ofMinutes(2);
    }

    /**
     * How many deliveries the worker may claim for this channel now, at most {@code batch} (pacing). Called in the
     * claim's transaction, before {@link #claimed}; the default takes the whole batch.
     */
    default int allowance(OffsetDateTime now, int batch) {
        return batch;
    }

    /** Called in the claim's transaction with how many deliveries were claimed under {@link #allowance}. */
    default void claimed(OffsetDateTime now, int count) {}

    default RetryPolicy retryPolicy() {
        return RetryPolicy.STANDARD;
    }
}
