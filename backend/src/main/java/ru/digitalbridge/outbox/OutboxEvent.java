package ru.digitalbridge.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A domain event as stored: its id (stable across attempts and subscribers, the receivers' de-duplication key), type
 * ({@link EventTypes}), when it happened, the resource it is about and its JSON payload.
 */
public record OutboxEvent(
        UUID id, String type, OffsetDateTime occurredAt, String resourceType, String resourceId, JsonNode payload) {}
