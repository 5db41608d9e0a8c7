package ru.digitalbridge.integration;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.ProblemException;
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
    static final String WHO =
            "Administrators, or a machine client's API key with webhooks:manage for its own endpoints.";

    private final WebhookService webhooks;
    private final SecurityIdentity identity;

    WebhookResource(WebhookService webhooks, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.identity = identity;
    }

    /**
     * Whose endpoints the caller manages: empty for an administrator (every client's), the client's own id for a
     * machine key (ApiScopeCheck has already required {@code webhooks:manage}); anyone else is refused.
     */
    private Optional<UUID> owner() {
        if (identity.hasRole("ADMIN")) {
            return Optional.empty();
        }
        if (identity.getAttribute("apiClientId") instanceof UUID client) {
            return Optional.of(client);
        }
        throw new ProblemException(403, "webhook-forbidden");
    }

    /** The endpoint's id, once the caller may manage it (404 for another client's endpoint). */
    private UUID own(UUID id) {
        owner().ifPresent(client -> webhooks.checkOwner(id, client));
        return id;
    }

    @GET
    @Authenticated
    @Operation(summary = "Webhook endpoints, of one machine client or all. " + WHO)
    public List<WebhookResponse> list(
            @Parameter(description = "Machine client id") @QueryParam("apiClientId") UUID client) {
        Optional<UUID> owner = owner();
        if (owner.isPresent() && client != null && !client.equals(owner.get())) {
            return List.of();
        }
        return webhooks.list(owner.orElse(client));
    }

    @GET
    @Path("/event-types")
    @Authenticated
    @Operation(summary = "The event types an endpoint may subscribe to. " + WHO)
    public List<String> eventTypes() {
        owner();
        return EventTypes.ALL;
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a webhook endpoint for a machine client. The answer holds the signing secret, shown"
                    + " only this once. https only (http to loopback where allowed); private networks refused."
                    + " " + WHO)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    public Response create(@Valid @NotNull CreateWebhook request, UriInfo uri) {
        Optional<UUID> owner = owner();
        if (owner.isPresent() && !owner.get().equals(request.apiClientId())) {
            throw new ProblemException(403, "webhook-forbidden");
        }
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
    @Authenticated
    @Operation(summary = "One webhook endpoint (without its secret). " + WHO)
    public WebhookResponse get(@PathParam("id") UUID id) {
        return webhooks.get(own(id));
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an endpoint's URL, description or event types. " + WHO)
    public WebhookResponse update(@PathParam("id") UUID id, @Valid @NotNull UpdateWebhook request) {
        return webhooks.update(own(id), request);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Issue a new signing secret, shown only this once; deliveries carry signatures with the old and"
                    + " the new secret until previousSecretUntil. " + WHO)
    @APIResponse(
            responseCode = "200",
            description = "The endpoint and its new secret",
            content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    public Response rotate(@PathParam("id") UUID id, @Valid @NotNull WebhookVersion request) {
        return Response.ok(webhooks.rotate(own(id), request.version()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/{id}/enable")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable an endpoint again and reset its failure count. " + WHO)
    public WebhookResponse enable(@PathParam("id") UUID id, @Valid @NotNull WebhookVersion request) {
        return webhooks.enable(own(id), request.version());
    }

    @POST
    @Path("/{id}/disable")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable an endpoint: nothing more is sent to it. " + WHO)
    public WebhookResponse disable(@PathParam("id") UUID id, @Valid @NotNull WebhookVersion request) {
        return webhooks.disable(own(id), request.version());
    }

    @POST
    @Path("/{id}/test")
    @Authenticated
    @Operation(summary = "Queue a webhook.test event for this endpoint alone. " + WHO)
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = TestEventResponse.class)))
    public Response sendTest(@PathParam("id") UUID id) {
        return Response.accepted(new TestEventResponse(webhooks.sendTest(own(id))))
                .build();
    }

    @POST
    @Path("/{id}/redeliver")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send again one event (eventId) or every event of a time range [from, to) that was delivered or"
                    + " given up. " + WHO)
    public RedeliveryResponse redeliver(@PathParam("id") UUID id, @Valid @NotNull Redeliver request) {
        return new RedeliveryResponse(webhooks.redeliver(own(id), request));
    }

    @GET
    @Path("/{id}/attempts")
    @Authenticated
    @Operation(summary = "The delivery log: every attempt, newest first. " + WHO)
    public PageResponse<WebhookAttempt> attempts(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return webhooks.attempts(own(id), page);
    }

    @GET
    @Path("/{id}/deliveries")
    @Authenticated
    @Operation(summary = "Events sent to this endpoint and their state, newest first. " + WHO)
    public PageResponse<DeliveryResponse> deliveries(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(enumeration = {"PENDING", "SENDING", "DELIVERED", "DEAD"}))
                    @QueryParam("status")
                    DeliveryStatus status,
            @Valid @BeanParam PageQuery page) {
        return webhooks.deliveries(own(id), status == null ? null : status.name(), page);
    }

    /** The states of a delivery. */
    public enum DeliveryStatus {
        PENDING,
        SENDING,
        DELIVERED,
        DEAD
    }
}
