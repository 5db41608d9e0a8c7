package ru.digitalbridge.monitoring.evaluations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationSummary;

@Path("/api/v1/my-organization")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class MyOrganizationResource {
    private final EvaluationService evaluations;

    MyOrganizationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @Path("/evaluations")
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Operation(
            summary = "The PRIMARY evaluations of the caller's organization whose campaign is in reply, final or"
                    + " published (empty without an organization). Any signed-in user.")
    public List<EvaluationSummary> evaluations() {
        return evaluations.myOrganization();
    }
}
