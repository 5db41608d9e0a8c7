package ru.digitalbridge.bulletin.delivery;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.MySettings;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.MySettingsRequest;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.Report;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.StartRequest;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.TestSendRequest;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.TestSendResponse;
import ru.digitalbridge.common.error.ProblemException;

/** Sending an issue (editors) and the signed-in user's own bulletin choices. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins")
public class DeliveryResource {
    private final Deliveries deliveries;
    private final TestSends tests;
    private final MyBulletins mine;
    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    DeliveryResource(
            Deliveries deliveries, TestSends tests, MyBulletins mine, JsonWebToken jwt, SecurityIdentity identity) {
        this.deliveries = deliveries;
        this.tests = tests;
        this.mine = mine;
        this.jwt = jwt;
        this.identity = identity;
    }

    @POST
    @Path("/bulletins/issues/{id}/deliveries")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send a published revision (the latest when none is given) to its recipients, paced; repeating"
                    + " it adds only recipients not yet sent to. Coordinators and administrators.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; the report shows the progress",
            content = @Content(schema = @Schema(implementation = Report.class)))
    public Response start(@PathParam("id") UUID id, @Valid @NotNull StartRequest request) {
        deliveries.start(id, request.revision(), caller());
        return Response.accepted(deliveries.report(id)).build();
    }

    @GET
    @Path("/bulletins/issues/{id}/deliveries")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Operation(
            summary = "The delivery report of an issue, per revision: recipients, pending, sent, failed, bounced,"
                    + " unsubscribed (aggregate counts; no per-person tracking). Coordinators and administrators.")
    public Report report(@PathParam("id") UUID id) {
        return deliveries.report(id);
    }

    @POST
    @Path("/bulletins/issues/{id}/test-send")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send the latest published revision to the calling editor's own address only, as recipients will"
                    + " get it (optionally with one organisation's personal section). Coordinators and"
                    + " administrators signed in (not API keys).")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = TestSendResponse.class)))
    public Response testSend(@PathParam("id") UUID id, @Valid @NotNull TestSendRequest request) {
        return Response.accepted(tests.send(id, request.organization(), person()))
                .build();
    }

    @GET
    @Path("/me/bulletin-settings")
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Operation(
            summary = "The organisations whose personal sections the signed-in user chose to receive, and whether"
                    + " bulletins reach them at all. Any signed-in user (not an API client).")
    public MySettings mySettings() {
        return mine.get(person());
    }

    @PUT
    @Path("/me/bulletin-settings")
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Choose organisations to receive the personal sections of (they come in the same message as the"
                    + " public issue), and switch bulletins on or off. Any signed-in user (not an API client).")
    public MySettings updateMySettings(@Valid @NotNull MySettingsRequest request) {
        return mine.update(person(), request);
    }

    private UUID caller() {
        return jwt.getSubject() == null || identity.getAttribute("apiClientId") != null
                ? null
                : UUID.fromString(jwt.getSubject());
    }

    private UUID person() {
        UUID user = caller();
        if (user == null) {
            throw new ProblemException(403, "forbidden");
        }
        return user;
    }
}
