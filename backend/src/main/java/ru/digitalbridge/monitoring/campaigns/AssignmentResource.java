package ru.digitalbridge.monitoring.campaigns;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

@Path("/api/v1/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
public class AssignmentResource {
    private final AssignmentService assignments;
    private final SecurityIdentity identity;

    AssignmentResource(AssignmentService assignments, SecurityIdentity identity) {
        this.assignments = assignments;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT"})
    @Operation(
            summary =
                    "Assignments (evaluations as queue rows), overdue first, then by due date and organization. "
                            + "Experts: only their own (the \"my queue\"); coordinators and administrators: all, or their "
                            + "own with mine=true (without a status or campaign filter: only open work in campaigns under evaluation or review).")
    public PageResponse<AssignmentRow> list(
            @Parameter(description = "Campaign id") @QueryParam("campaign") String campaign,
            @Parameter(description = "Expert (user) id; ignored for experts") @QueryParam("expert") String expert,
            @Parameter(description = "Municipality id") @QueryParam("municipality") String municipality,
            @Parameter(schema = @Schema(implementation = AssignmentStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = AssignmentRole.class)) @QueryParam("role") String role,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN), description = "Only the caller's own")
                    @QueryParam("mine")
                    String mine,
            @Valid @BeanParam PageQuery page) {
        return assignments.list(
                AssignmentFilter.parse(campaign, expert, municipality, status, role, overdue, mine),
                page,
                CampaignCaller.of(identity));
    }

    @PUT
    @Path("/{evaluationId}")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Give an evaluation (DRAFT or RETURNED) to another expert of its campaign. "
                    + "Coordinators and administrators.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AssignmentRow.class)))
    @APIResponse(responseCode = "422")
    public AssignmentRow reassign(
            @PathParam("evaluationId") UUID evaluationId, @Valid @NotNull AssignmentRequest request) {
        return assignments.reassign(evaluationId, request, CampaignCaller.of(identity));
    }
}
