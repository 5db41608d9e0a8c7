package ru.digitalbridge.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.integration.WebhookRequests.CreateWebhook;
import ru.digitalbridge.integration.WebhookRequests.DeliveryResponse;
import ru.digitalbridge.integration.WebhookRequests.Redeliver;
import ru.digitalbridge.integration.WebhookRequests.RedeliveryResponse;
import ru.digitalbridge.integration.WebhookRequests.TestEventResponse;
import ru.digitalbridge.integration.WebhookRequests.UpdateWebhook;
import ru.digitalbridge.integration.WebhookRequests.WebhookAttempt;
import ru.digitalbridge.integration.WebhookRequests.WebhookResponse;
import ru.digitalbridge.integration.WebhookRequests.WebhookVersion;
import ru.digitalbridge.integration.WebhookRequests.WebhookWithSecret;
import ru.digitalbridge.outbox.EventTypes;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {
    private final WebhookService webhooks;

    WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Webhook endpoints, of one machine client or all. Administrators.")
    public List<WebhookResponse> list(
            @Parameter(description = "Machine client id") @QueryParam("apiClientId") UUID client) {
        return webhooks.list(client);
    }

    @GET
    @Path("/event-types")
    @RolesAllowed("ADMIN")
    @Operation(summary = "The event types an endpoint may subscribe to. Administrators.")
    public List<String> eventTypes() {
        return EventTypes.ALL;
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a webhook endpoint for a machine client. The answer holds the signing secret, shown"
                    + " only this once. https only (http to loopback where allowed); private networks refused."
                    + " Administrators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    public Response create(@Valid @NotNull CreateWebhook request, UriInfo uri) {
        WebhookWithSecret created = webhooks.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.webhook().id().toString())
                        .build())
                .entity(created)
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "One webhook endpoint (without its secret). Administrators.")
    public WebhookResponse get(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an endpoint's URL, description or event types. Administrators.")
    public WebhookResponse update(@PathParam("id") UUID id, @Valid @NotNull UpdateWebhook request) {
        return webhooks.update(id, request);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Issue a new signing secret, shown only this once; deliveries carry signatures with the old and"
                    + " the new secret until previousSecretUntil. Administrators.")
    public Response rotate(@PathParam("id") UUID id, @Valid @NotNull WebhookVersion request) {
        return Response.ok(webhooks.rotate(id, request.version()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/{id}/enable")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable an endpoint again and reset its failure count. Administrators.")
    public WebhookResponse enable(@PathParam("id") UUID id, @Valid @NotNull WebhookVersion request) {
        return webhooks.enable(id, request.version());
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable an endpoint: nothing more is sent to it. Administrators.")
    public WebhookResponse disable(@PathParam("id") UUID id, @Valid @NotNull WebhookVersion request) {
        return webhooks.disable(id, request.version());
    }

    @POST
    @Path("/{id}/test")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Queue a webhook.test event for this endpoint alone. Administrators.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = TestEventResponse.class)))
    public Response sendTest(@PathParam("id") UUID id) {
        return Response.accepted(new TestEventResponse(webhooks.sendTest(id))).build();
    }

    @POST
    @Path("/{id}/redeliver")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send again one event (eventId) or every event of a time range [from, to) that was delivered or"
                    + " given up. Administrators.")
    public RedeliveryResponse redeliver(@PathParam("id") UUID id, @Valid @NotNull Redeliver request) {
        return new RedeliveryResponse(webhooks.redeliver(id, request));
    }

    @GET
    @Path("/{id}/attempts")
    @RolesAllowed("ADMIN")
    @Operation(summary = "The delivery log: every attempt, newest first. Administrators.")
    public PageResponse<WebhookAttempt> attempts(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return webhooks.attempts(id, page);
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Events sent to this endpoint and their state, newest first. Administrators.")
    public PageResponse<DeliveryResponse> deliveries(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(enumeration = {"PENDING", "SENDING", "DELIVERED", "DEAD"}))
                    @QueryParam("status")
                    DeliveryStatus status,
            @Valid @BeanParam PageQuery page) {
        return webhooks.deliveries(id, status == null ? null : status.name(), page);
    }

    /** The states of a delivery. */
    public enum DeliveryStatus {
        PENDING,
        SENDING,
        DELIVERED,
        DEAD
    }
}
