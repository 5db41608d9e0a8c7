package ru.digitalbridge.bulletin.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.Report;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.StartRequest;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.TestSendRequest;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.TestSendResponse;
import ru.digitalbridge.security.SignedInPerson;

/** Sending an issue: the delivery, its report and the editor's test send. */
@Path("/api/v1/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins")
public class DeliveryResource {
    private final Deliveries deliveries;
    private final TestSends tests;
    private final SignedInPerson signedIn;

    DeliveryResource(Deliveries deliveries, TestSends tests, SignedInPerson signedIn) {
        this.deliveries = deliveries;
        this.tests = tests;
        this.signedIn = signedIn;
    }

    @POST
    @Path("/issues/{id}/deliveries")
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
    @Path("/issues/{id}/deliveries")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Operation(
            summary = "The delivery report of an issue, per revision: recipients, pending, sent, failed, bounced,"
                    + " unsubscribed (aggregate counts; no per-person tracking). Coordinators and administrators.")
    public Report report(@PathParam("id") UUID id) {
        return deliveries.report(id);
    }

    @POST
    @Path("/issues/{id}/test-send")
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

    private UUID caller() {
        return signedIn.find().orElse(null);
    }

    private UUID person() {
        return signedIn.id();
    }
}
