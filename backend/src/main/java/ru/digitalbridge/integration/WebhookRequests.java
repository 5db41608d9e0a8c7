package ru.digitalbridge.integration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What administrators send and get about webhook endpoints. */
public final class WebhookRequests {
    private WebhookRequests() {}

    public record CreateWebhook(
            @NotNull UUID apiClientId,
            @NotBlank @Size(max = WebhookTargets.MAX_URL) String url,
            @Size(max = 500) String description,

            @Schema(description = "Event types to deliver (GET /api/v1/webhooks/event-types)") @NotEmpty @Size(max = 50)
            Set<@NotBlank String> eventTypes) {}

    public record UpdateWebhook(
            @NotBlank @Size(max = WebhookTargets.MAX_URL) String url,
            @Size(max = 500) String description,
            @NotEmpty @Size(max = 50) Set<@NotBlank String> eventTypes,
            @NotNull Long version) {}

    public record WebhookVersion(@NotNull Long version) {}

    @Schema(description = "Redeliver one event (eventId) or every event of a time range [from, to)")
    public record Redeliver(
            @Schema(nullable = true) UUID eventId,
            @Schema(nullable = true) OffsetDateTime from,
            @Schema(nullable = true) OffsetDateTime to) {}

    public record RedeliveryResponse(int redelivered) {}

    public record TestEventResponse(UUID eventId) {}

    public record WebhookResponse(
            UUID id,
            long version,
            UUID apiClientId,
            String apiClientName,
            String url,
            @Schema(nullable = true) String description,
            List<String> eventTypes,
            boolean active,

            @Schema(
                    nullable = true,
                    enumeration = {"GONE", "FAILURES", "ADMINISTRATOR"})
            String disabledReason,

            @Schema(nullable = true) OffsetDateTime disabledAt,
            int consecutiveFailures,

            @Schema(
                    nullable = true,
                    description = "While a rotation lasts: until when deliveries are also signed with the old secret")
            OffsetDateTime previousSecretUntil,

            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    /** An endpoint with its signing secret, shown only when created or rotated. */
    public record WebhookWithSecret(WebhookResponse webhook, String secret) {}

    /** One attempt of the delivery log. */
    public record WebhookAttempt(
            UUID id,
            UUID eventId,
            String eventType,
            int attempt,
            OffsetDateTime at,
            int durationMs,

            @Schema(enumeration = {"DELIVERED", "FAILED", "REFUSED"})
            String outcome,

            @Schema(nullable = true) Integer statusCode,

            @Schema(nullable = true, description = "The start of the answer or the error")
            String detail) {}

    /** A delivery (one event to one target) as administrators see it. */
    public record DeliveryResponse(
            UUID id,
            UUID eventId,
            String eventType,
            OffsetDateTime occurredAt,
            String channel,
            String target,

            @Schema(enumeration = {"PENDING", "SENDING", "DELIVERED", "DEAD"})
            String status,

            int attempts,
            OffsetDateTime dueAt,
            @Schema(nullable = true) OffsetDateTime deliveredAt,
            @Schema(nullable = true) Integer lastStatus,
            @Schema(nullable = true) String lastError) {}
}
