package ru.digitalbridge.training;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.training.LinkRequestResponse.LinkRequestBody;

/** A learner's requests to be linked to the accounts they run, and the trainers' decisions on them. */
@Path("/api/v1/training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class LinkRequestResource {
    private final LinkRequestService service;
    private final SecurityIdentity identity;

    LinkRequestResource(LinkRequestService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/me/link-requests")
    @Authenticated
    @Operation(
            summary = "The caller's own requests to be linked to registry accounts, newest first, with their status. "
                    + "Any signed-in user, for themselves (404 without a learner record).")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LinkRequestResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "The caller has no learner record")
    public List<LinkRequestResponse> mine() {
        return service.mine(caller());
    }

    @POST
    @Path("/me/link-requests")
    @RolesAllowed("LEARNER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask to be linked to a registry account one runs (found with the registry's account search); it "
                    + "counts once a trainer of one of the learner's cohorts or staff confirms it. 400 for an unknown "
                    + "account, 409 when already linked or already asked. Learners, for themselves.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = LinkRequestResponse.class)))
    public Response request(@Valid @NotNull LinkRequestBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(service.request(caller(), body.accountId()))
                .build();
    }

    @POST
    @Path("/link-requests/{id}/withdraw")
    @RolesAllowed("LEARNER")
    @Operation(
            summary = "Withdraw one's own pending link request (409 once decided). The learner who made it; another "
                    + "learner gets 403.")
    public LinkRequestResponse withdraw(@PathParam("id") UUID id) {
        return service.withdraw(caller(), id);
    }

    @DELETE
    @Path("/me/accounts/{accountId}")
    @RolesAllowed("LEARNER")
    @Operation(
            summary = "Remove the link to one of the accounts one runs (404 when not linked). Learners, for "
                    + "themselves.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response unlink(@PathParam("accountId") UUID accountId) {
        service.unlink(caller(), accountId);
        return Response.noContent().build();
    }

    @POST
    @Path("/link-requests/{id}/confirm")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "Confirm a pending link request: the account is linked to the learner (409 once decided). "
                    + "Administrators, coordinators and the trainers of a cohort the learner is enrolled in.")
    public LinkRequestResponse confirm(@PathParam("id") UUID id) {
        return service.decide(caller(), id, true);
    }

    @POST
    @Path("/link-requests/{id}/reject")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "Reject a pending link request (409 once decided). Administrators, coordinators and the "
                    + "trainers of a cohort the learner is enrolled in.")
    public LinkRequestResponse reject(@PathParam("id") UUID id) {
        return service.decide(caller(), id, false);
    }

    private TrainingCaller caller() {
        return TrainingCaller.of(identity);
    }
}
