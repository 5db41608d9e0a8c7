package ru.digitalbridge.bulletin.delivery;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.ConfirmRequest;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.Export;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.Preferences;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.PreferencesRequest;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.SubscribeRequest;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.Unsubscribed;
import ru.digitalbridge.common.web.ClientAddress;
import ru.digitalbridge.notification.MailConfig;

/**
 * Public subscriptions to the bulletin: anyone may subscribe (double opt-in); whoever holds a link from an e-mail (a
 * token) may confirm, manage, export, wipe or unsubscribe. Nothing here reveals whether an address is subscribed.
 */
@Path("/api/v1/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins")
public class SubscriptionResource {
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final Subscriptions subscriptions;
    private final Unsubscribes unsubscribes;
    private final SubscribeThrottle throttle;
    private final MailConfig mail;

    SubscriptionResource(
            Subscriptions subscriptions, Unsubscribes unsubscribes, SubscribeThrottle throttle, MailConfig mail) {
        this.subscriptions = subscriptions;
        this.unsubscribes = unsubscribes;
        this.throttle = throttle;
        this.mail = mail;
    }

    @POST
    @Path("/subscriptions")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Subscribe an address to series of the bulletin: a confirmation link is mailed (double opt-in)."
                    + " The answer is the same whether or not the address is known. Anyone; throttled per client"
                    + " address.")
    @APIResponse(responseCode = "202", description = "Accepted; a confirmation e-mail follows")
    @APIResponse(responseCode = "429", description = "Too many subscription requests from this address")
    public Response subscribe(@Valid @NotNull SubscribeRequest request, @Context HttpServerRequest http) {
        throttle.check(ClientAddress.of(http));
        subscriptions.subscribe(request);
        return Response.accepted().build();
    }

    @POST
    @Path("/subscriptions/confirm")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Confirm a subscription with the token of the confirmation link (it expires). Whoever holds the"
                    + " link.")
    @APIResponseSchema(value = Preferences.class, responseDescription = "OK")
    @APIResponse(responseCode = "404", description = "No subscription waits for this token")
    public Preferences confirm(@Valid @NotNull ConfirmRequest request) {
        return subscriptions.confirm(request.token());
    }

    @GET
    @Path("/subscriptions/preferences")
    @PermitAll
    @Operation(summary = "A subscriber's series and language. Whoever holds the manage link of an e-mail.")
    @APIResponseSchema(value = Preferences.class, responseDescription = "The preferences (not cached)")
    @APIResponse(responseCode = "404", description = "No subscription has this token")
    public Response preferences(
            @Parameter(description = "The manage token") @QueryParam("token") @NotBlank @Size(max = 200) String token) {
        return noStore(subscriptions.preferences(token));
    }

    @PUT
    @Path("/subscriptions/preferences")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a subscriber's series and language (choosing series after unsubscribing resumes the"
                    + " subscription). Whoever holds the manage link of an e-mail.")
    @APIResponseSchema(value = Preferences.class, responseDescription = "The preferences as saved")
    @APIResponse(responseCode = "404", description = "No subscription has this token")
    public Preferences updatePreferences(
            @Parameter(description = "The manage token") @QueryParam("token") @NotBlank @Size(max = 200) String token,
            @Valid @NotNull PreferencesRequest request) {
        return subscriptions.update(token, request);
    }

    @GET
    @Path("/subscriptions/export")
    @PermitAll
    @Operation(
            summary = "Everything stored about a subscriber, as JSON (the address, choices, dates and the messages"
                    + " sent). Whoever holds the manage link of an e-mail.")
    @APIResponseSchema(value = Export.class, responseDescription = "The subscriber's data")
    @APIResponse(responseCode = "404", description = "No subscription has this token")
    public Response export(
            @Parameter(description = "The manage token") @QueryParam("token") @NotBlank @Size(max = 200) String token) {
        return Response.ok(subscriptions.export(token))
                .cacheControl(NO_STORE)
                .header("Content-Disposition", "attachment; filename=\"bulletin-subscription.json\"")
                .build();
    }

    @DELETE
    @Path("/subscriptions")
    @PermitAll
    @Operation(
            summary = "Wipe a subscriber: the row is deleted and the address erased from sent messages; only aggregate"
                    + " counts stay. Whoever holds the manage link of an e-mail.")
    @APIResponse(responseCode = "204", description = "Wiped")
    @APIResponse(responseCode = "404", description = "No subscription has this token")
    public Response wipe(
            @Parameter(description = "The manage token") @QueryParam("token") @NotBlank @Size(max = 200) String token) {
        subscriptions.wipe(token);
        return Response.noContent().build();
    }

    @POST
    @Path("/unsubscribe")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "One-click unsubscribe (RFC 8058): the List-Unsubscribe URL of an e-mail, posted with the form"
                    + " body List-Unsubscribe=One-Click; no credentials, honoured at once. Whoever holds the link.")
    @APIResponseSchema(value = Unsubscribed.class, responseDescription = "OK")
    @APIResponse(responseCode = "404", description = "No subscription or message has this token")
    public Unsubscribed unsubscribe(
            @Parameter(description = "The token of the e-mail's unsubscribe link (or a manage token)")
                    @QueryParam("token")
                    @NotBlank
                    @Size(max = 200)
                    String token,
            @FormParam("List-Unsubscribe") @NotBlank @Pattern(regexp = "One-Click") String oneClick) {
        unsubscribes.unsubscribe(token);
        return new Unsubscribed(true);
    }

    /** What a GET of the unsubscribe URL (a link checker, a prefetch) gets: nothing changes, a page to go to. */
    @GET
    @Path("/unsubscribe")
    @PermitAll
    @Operation(
            summary = "Changes nothing (mail scanners follow links): answers the SPA page where the person confirms"
                    + " with one click. Anyone.")
    @APIResponseSchema(value = UnsubscribePage.class, responseDescription = "The page to go to")
    public Response unsubscribePage(
            @Parameter(description = "The token of the e-mail's unsubscribe link")
                    @QueryParam("token")
                    @NotBlank
                    @Size(max = 200)
                    String token) {
        return noStore(new UnsubscribePage(mail.publicBaseUrl() + "/bulletins/unsubscribe?token=" + token));
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BulletinUnsubscribePage")
    public record UnsubscribePage(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "The page that unsubscribes with one click")
            String page) {}

    private static Response noStore(Object entity) {
        return Response.ok(entity).cacheControl(NO_STORE).build();
    }
}
