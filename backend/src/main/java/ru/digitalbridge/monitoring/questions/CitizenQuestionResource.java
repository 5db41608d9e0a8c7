package ru.digitalbridge.monitoring.questions;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.CitizenQuestionRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.CitizenQuestionList;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.CitizenQuestionResponse;

@Path("/api/v1/evaluations/{id}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class CitizenQuestionResource {
    private final CitizenQuestionService questions;

    CitizenQuestionResource(CitizenQuestionService questions) {
        this.questions = questions;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "The evaluation's sample of citizen questions and its answer-time figures. Whoever may read the"
                    + " evaluation.")
    public CitizenQuestionList list(@PathParam("id") UUID id) {
        return questions.list(id);
    }

    @POST
    @RolesAllowed({"EXPERT", "COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a question to the sample (timestamps with offset; the answer not before the question);"
                    + " derived answers and the index are recomputed. The assigned expert while the evaluation is"
                    + " editable.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CitizenQuestionResponse.class)))
    @APIResponse(responseCode = "409")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull CitizenQuestionRequest request, UriInfo uri) {
        CitizenQuestionResponse created = questions.create(id, request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{questionId}")
    @RolesAllowed({"EXPERT", "COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a question of the sample. The assigned expert while the evaluation is editable.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CitizenQuestionResponse.class)))
    @APIResponse(responseCode = "409")
    public CitizenQuestionResponse update(
            @PathParam("id") UUID id,
            @PathParam("questionId") UUID questionId,
            @Valid @NotNull CitizenQuestionRequest request) {
        return questions.update(id, questionId, request);
    }

    @DELETE
    @Path("/{questionId}")
    @RolesAllowed({"EXPERT", "COORDINATOR", "ADMIN"})
    @Operation(summary = "Remove a question from the sample. The assigned expert while the evaluation is editable.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409")
    public Response delete(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId) {
        questions.delete(id, questionId);
        return Response.noContent().build();
    }
}
