package ru.digitalbridge.monitoring.objections;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.ObjectionRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.ObjectionResponse;

@Path("/api/v1/evaluations/{id}/objections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objections")
public class EvaluationObjectionResource {
    private final ObjectionService objections;

    EvaluationObjectionResource(ObjectionService objections) {
        this.objections = objections;
    }

    @GET
    @PermitAll
    @Operation(summary = "The objections to an evaluation, oldest first. Whoever may read the evaluation.")
    public List<ObjectionResponse> list(@PathParam("id") UUID id) {
        return objections.listFor(id);
    }

    @POST
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Object to one criterion of a PRIMARY evaluation while the right-of-reply window is open (409"
                    + " outside it). Learners and representatives of the evaluated organization only.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ObjectionResponse.class)))
    @APIResponse(responseCode = "409")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull ObjectionRequest request) {
        ObjectionResponse created = objections.create(id, request);
        return Response.created(UriBuilder.fromPath("/api/v1/objections/{id}").build(created.id()))
                .entity(created)
                .build();
    }
}
