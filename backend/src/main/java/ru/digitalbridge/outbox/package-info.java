/**
 * Transactional outbox: domain events written in the transaction of the change, delivered afterwards by workers in
 * every instance, with retries, back-off, a dead letter state and manual redelivery.
 *
 * <h2>Writing</h2>
 *
 * <p>{@link ru.digitalbridge.outbox.Outbox#publish} writes a domain event (type from {@link
 * ru.digitalbridge.outbox.EventTypes}) inside the caller's transaction (it requires one) and asks every {@link
 * ru.digitalbridge.outbox.OutboxChannel} which targets subscribe to it; one delivery row is written per target. If the
 * change rolls back, so do the event and its deliveries. {@link ru.digitalbridge.outbox.Outbox#send} writes a message
 * for one channel and one target directly (a password-reset mail, a reminder, a webhook test event).
 *
 * <h2>Delivery SPI</h2>
 *
 * <p>A channel is an {@code @ApplicationScoped} bean implementing {@link ru.digitalbridge.outbox.OutboxChannel}:
 *
 * <ul>
 *   <li>{@code name()} — a short stable name stored with each delivery ({@code "webhook"}, {@code "mail"});
 *   <li>{@code subscribers(event)} — the targets (endpoint ids, user ids, addresses…) that receive a domain event;
 *       called in the writer's transaction, so it must only read;
 *   <li>{@code deliver(message)} — makes one attempt, outside any transaction, and returns a {@link
 *       ru.digitalbridge.outbox.DeliveryOutcome}: {@code delivered}, {@code failed} (retried with back-off until the
 *       retry window ends, then dead) or {@code refused} (dead at once, e.g. HTTP 410). An exception counts as
 *       {@code failed};
 *   <li>{@code recorded(message, outcome, dead)} — optional; called in the transaction that stores the outcome (the
 *       webhook channel counts consecutive failures and disables endpoints there);
 *   <li>{@code lease()} and {@code retryPolicy()} — optional; how long one attempt may take before another worker may
 *       claim the delivery again, and the back-off.
 * </ul>
 *
 * <h2>Guarantees</h2>
 *
 * <p>{@link ru.digitalbridge.outbox.OutboxWorker} claims due deliveries with {@code FOR UPDATE SKIP LOCKED}, raising
 * the attempt number and setting a lease in the same statement, and commits before delivering; the outcome is stored
 * only if the delivery still holds that attempt. So each attempt is made by exactly one worker (the table {@code
 * outbox_attempt} is unique per delivery and attempt), and a worker killed mid-delivery only delays the delivery until
 * its lease ends: delivery is at least once, and receivers de-duplicate by the event id. Each outcome is committed
 * in its own transaction as soon as its attempt returns, before the delivering thread takes the next delivery, so a
 * crash repeats at most one delivery per delivering thread ({@code bridge.outbox.concurrency}), whatever the batch.
 * Time comes from {@link
 * ru.digitalbridge.outbox.OutboxClock}, which tests move forward.
 */
package ru.digitalbridge.outbox;
