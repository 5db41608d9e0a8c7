package ru.digitalbridge.monitoring.campaigns;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Locale;
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

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class CampaignResource {
    private final CampaignService campaigns;
    private final AssignmentService assignments;
    private final CampaignProgressService progress;
    private final AgreementService agreement;
    private final SecurityIdentity identity;

    CampaignResource(
            CampaignService campaigns,
            AssignmentService assignments,
            CampaignProgressService progress,
            AgreementService agreement,
            SecurityIdentity identity) {
        this.campaigns = campaigns;
        this.assignments = assignments;
        this.progress = progress;
        this.agreement = agreement;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Campaigns, newest period first. Anyone: published campaigns; experts also the campaigns they "
                    + "take part in; coordinators and administrators all.")
    public PageResponse<CampaignResponse> list(
            @Parameter(schema = @Schema(implementation = CampaignStage.class)) @QueryParam("stage") String stage,
            @Parameter(description = "Part of the title or the period (2024-Q3)") @QueryParam("q") @Size(max = 200)
                    String q,
            @Valid @BeanParam PageQuery page) {
        return campaigns.list(stage(stage), q, page, caller());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One campaign (404 when the caller may not see it). Anyone, with the list's visibility.")
    public CampaignResponse get(@PathParam("id") UUID id) {
        return campaigns.get(id, caller());
    }

    @POST
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a campaign in PREPARATION; its scope is resolved to accounts at once. "
                    + "Coordinators and administrators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "422")
    public Response create(@Valid @NotNull CampaignRequest request, UriInfo uri) {
        CampaignResponse created = campaigns.create(request, caller());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a campaign in PREPARATION (optimistic locking on version); the scope is resolved "
                    + "again. Coordinators and administrators.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "422")
    public CampaignResponse update(@PathParam("id") UUID id, @Valid @NotNull CampaignUpdateRequest request) {
        return campaigns.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(summary = "Delete a campaign still in PREPARATION. Coordinators and administrators.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("id") UUID id,
            @Parameter(description = "The version last seen; a stale one is refused with 409")
                    @QueryParam("version")
                    @NotNull
                    Long version) {
        campaigns.delete(id, version);
        return Response.noContent().build();
    }

    @GET
    @Path("/experts")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "Active users with the EXPERT role, by name: who can be made a campaign's expert. "
                    + "Coordinators and administrators.")
    public java.util.List<ExpertCandidate> experts() {
        return campaigns.expertCandidates();
    }

    @POST
    @Path("/scope-preview")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Count the active accounts a scope selects, by platform and municipality. "
                    + "Coordinators and administrators.")
    public CampaignScopePreview preview(@Valid @NotNull CampaignScopePreview.Request request) {
        return campaigns.preview(request.scope());
    }

    @PUT
    @Path("/{id}/experts")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the campaign's experts (PREPARATION or EVALUATION). Coordinators and administrators.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "422")
    public CampaignResponse experts(@PathParam("id") UUID id, @Valid @NotNull CampaignExpertsRequest request) {
        return campaigns.setExperts(id, request);
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "Assign every unassigned account in scope to an expert, balanced by workload (and "
                    + "municipality), and sample the blind doubles. Coordinators and administrators.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AssignmentSummary.class)))
    @APIResponse(responseCode = "409")
    public AssignmentSummary assign(@PathParam("id") UUID id) {
        return assignments.assign(id, caller());
    }

    @POST
    @Path("/{id}/transition")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the campaign to its next stage. Coordinators and administrators.")
    public CampaignResponse transition(@PathParam("id") UUID id, @Valid @NotNull CampaignTransitionRequest request) {
        return campaigns.transition(id, request, caller());
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "Progress figures: by status, per expert, per municipality, overdue, doubles, objections. "
                    + "Coordinators and administrators.")
    public CampaignProgress progress(@PathParam("id") UUID id) {
        return progress.progress(id);
    }

    @GET
    @Path("/{id}/agreement")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "Agreement between the blind double evaluations, per criterion and overall (kappa). "
                    + "Coordinators and administrators.")
    public AgreementReport agreement(@PathParam("id") UUID id) {
        return agreement.report(id);
    }

    private CampaignCaller caller() {
        return CampaignCaller.of(identity);
    }

    private static CampaignStage stage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CampaignStage.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(CampaignProblems.violation("stage", "invalid-value.field")));
        }
    }
}
