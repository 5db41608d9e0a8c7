package ru.digitalbridge.training;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.training.SelfAssessmentResponses.SelfAssessmentForm;
import ru.digitalbridge.training.SelfAssessmentResponses.SelfAssessmentRequest;
import ru.digitalbridge.training.SelfAssessmentResponses.SelfAssessmentResponse;

/** The self-assessment assignment: the private evaluation form, its submission and the comparison with experts. */
@Path("/api/v1/training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class SelfAssessmentResource {
    private final SelfAssessmentService service;
    private final SecurityIdentity identity;

    SelfAssessmentResource(SelfAssessmentService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/assignments/{id}/self-assessment-form")
    @Authenticated
    @Operation(
            summary = "The evaluation form of the assignment's methodology for one of the accounts the learner runs "
                    + "(400 on accountId for another account; 409 when the assignment is not a self-assessment). "
                    + "Learners enrolled in the cohort, for themselves; anyone else signed in gets 403.")
    public SelfAssessmentForm form(@PathParam("id") UUID id, @NotNull @QueryParam("accountId") UUID accountId) {
        return service.form(caller(), id, accountId);
    }

    @POST
    @Path("/assignments/{id}/self-assessments")
    @RolesAllowed("LEARNER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Submit a self-assessment of one of the learner's accounts: the evaluation form's answers, "
                    + "checked as an expert's (400 per field, 422 for applicable criteria left unanswered); it is the "
                    + "assignment's submission (again only after a fail: 409). Private: never published. Learners "
                    + "enrolled in the cohort, for themselves.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = SelfAssessmentResponse.class)))
    public Response submit(@PathParam("id") UUID id, @Valid @NotNull SelfAssessmentRequest request) {
        SelfAssessmentResponse created = service.submit(caller(), id, request);
        return Response.created(URI.create("/api/v1/training/self-assessments/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/self-assessments/{id}")
    @Authenticated
    @Operation(
            summary = "A self-assessment beside the experts' latest published evaluation of the same account, "
                    + "criterion by criterion, with both indexes. The learner who made it and the trainers of their "
                    + "cohort only; anyone else signed in (other learners and trainers, experts, coordinators, administrators) "
                    + "gets 403.")
    public SelfAssessmentResponse get(@PathParam("id") UUID id) {
        return service.get(caller(), id);
    }

    private TrainingCaller caller() {
        return TrainingCaller.of(identity);
    }
}
