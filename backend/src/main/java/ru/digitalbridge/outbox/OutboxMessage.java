package ru.digitalbridge.outbox;

import java.util.UUID;

/** One attempt handed to a channel: the delivery, its target, the attempt number (1, 2, …) and the event. */
public record OutboxMessage(UUID deliveryId, String target, int attempt, OutboxEvent event) {}
