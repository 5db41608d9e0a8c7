package ru.digitalbridge.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.outbox.OutboxClock;

/**
 * The app's own webhook receiver, for the demo: an endpoint registered with this URL gets real deliveries, verified
 * here as a regional system would verify them (docs/integrations.md), so its delivery log shows real answers.
 */
@Path("/api/v1/webhook-receiver")
@Tag(name = "Webhooks")
public class WebhookReceiverResource {
    /** How far a delivery's timestamp may be from now (replay protection). */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final WebhookService webhooks;
    private final OutboxClock clock;

    WebhookReceiverResource(WebhookService webhooks, OutboxClock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @POST
    @Path("/{endpointId}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Demo receiver: accepts a delivery for the endpoint {endpointId} when its Standard Webhooks"
                    + " signature is valid and its timestamp within 5 minutes; 401 otherwise. Anyone.")
    @APIResponse(responseCode = "204", description = "Signature valid")
    @APIResponse(responseCode = "401", description = "The signature is missing or does not match")
    public Response receive(
            @PathParam("endpointId") UUID endpointId,
            @HeaderParam("webhook-id") String id,
            @HeaderParam("webhook-timestamp") String timestamp,
            @HeaderParam("webhook-signature") String signature,
            String body) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp == null ? "" : timestamp.trim());
        } catch (NumberFormatException e) {
            throw invalid();
        }
        long now = clock.now().toEpochSecond();
        if (id == null || body == null || Math.abs(now - seconds) > TOLERANCE.toSeconds()) {
            throw invalid();
        }
        boolean valid = webhooks.signing(endpointId)
                .map(s -> s.secrets().stream()
                        .anyMatch(secret -> WebhookSignature.verify(secret, id, seconds, body, signature)))
                .orElse(false);
        if (!valid) {
            throw invalid();
        }
        return Response.noContent().build();
    }

    private static ProblemException invalid() {
        return new ProblemException(401, "webhook-signature-invalid");
    }
}
