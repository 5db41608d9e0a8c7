package ru.digitalbridge.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.integration.WebhookRequests.DeliveryResponse;
import ru.digitalbridge.integration.WebhookResource.DeliveryStatus;

/** The outbox as administrators see it: deliveries of every channel, dead letters first of all, and redelivery. */
@Path("/api/v1/outbox/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class OutboxResource {
    private final WebhookService webhooks;

    OutboxResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(
            summary = "Outbox deliveries of every channel (webhook, mail), newest first; status=DEAD lists the dead"
                    + " letters. Administrators.")
    public PageResponse<DeliveryResponse> list(
            @Parameter(description = "webhook, mail…") @QueryParam("channel") String channel,
            @Parameter(schema = @Schema(enumeration = {"PENDING", "SENDING", "DELIVERED", "DEAD"}))
                    @QueryParam("status")
                    DeliveryStatus status,
            @Valid @BeanParam PageQuery page) {
        return webhooks.deliveries(
                channel == null || channel.isBlank() ? null : channel,
                null,
                status == null ? null : status.name(),
                page);
    }

    @POST
    @Path("/{id}/redeliver")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Make a delivered or dead delivery due again now, with a fresh retry window. Administrators.")
    public DeliveryResponse redeliver(@PathParam("id") UUID id) {
        return webhooks.redeliverOne(id);
    }
}
