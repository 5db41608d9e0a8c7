package ru.digitalbridge.methodology;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

@Path("/api/v1/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Methodology")
public class CriteriaSetResource {
    private final CriteriaSetService sets;

    CriteriaSetResource(CriteriaSetService sets) {
        this.sets = sets;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Criteria sets by name, newest edition first. Anyone; drafts only for administrators and "
                    + "coordinators.")
    public PageResponse<CriteriaSetSummary> list(
            @Parameter(schema = @Schema(implementation = CriteriaSetStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Part of the name") @QueryParam("q") @Size(max = 200) String q,
            @Valid @BeanParam PageQuery page,
            @Context SecurityContext security) {
        return sets.list(status, q, staff(security), page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(
            summary = "One criteria set with everything needed to recompute a score: criteria, weights, levels, "
                    + "thresholds, applicability. Anyone for approved and retired sets; drafts only for "
                    + "administrators and coordinators.")
    public CriteriaSetResponse get(@PathParam("id") UUID id, @Context SecurityContext security) {
        return sets.get(id, staff(security));
    }

    @POST
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start a new methodology: a draft, edition 1 of a new family. Administrators and coordinators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CriteriaSetResponse.class)))
    public Response create(@Valid @NotNull CriteriaSetRequest request, @Context UriInfo uri) {
        CriteriaSetResponse created = sets.create(request);
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
            summary = "Replace a draft's name, description and criteria (criteria keep their id while their code "
                    + "stays; optimistic locking on version); approved and retired sets are immutable (409). "
                    + "Administrators and coordinators.")
    public CriteriaSetResponse update(@PathParam("id") UUID id, @Valid @NotNull UpdateCriteriaSetRequest request) {
        return sets.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(summary = "Delete a draft (approved and retired sets: 409). Administrators and coordinators.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("id") UUID id,
            @Parameter(description = "The version last seen; a stale one is refused with 409")
                    @QueryParam("version")
                    @NotNull
                    Long version) {
        sets.delete(id, version);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Approve a draft: it needs at least one criterion and weights summing to exactly 100 (else "
                    + "422 with totalWeight); from then on it is immutable. Administrators and coordinators.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CriteriaSetResponse.class)))
    @APIResponse(responseCode = "422")
    public CriteriaSetResponse approve(
            @PathParam("id") UUID id,
            @Valid @NotNull CriteriaSetVersionRequest request,
            @Context SecurityContext security) {
        return sets.approve(id, request.version(), security.getUserPrincipal());
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Retire an approved set: it stays readable for the evaluations that used it. Administrators "
                    + "and coordinators.")
    public CriteriaSetResponse retire(@PathParam("id") UUID id, @Valid @NotNull CriteriaSetVersionRequest request) {
        return sets.retire(id, request.version());
    }

    @POST
    @Path("/{id}/new-version")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "Clone an approved or retired set into a draft of the next edition (409 from a draft, or when "
                    + "the family already has a draft). Administrators and coordinators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CriteriaSetResponse.class)))
    @APIResponse(responseCode = "409")
    public Response newVersion(@PathParam("id") UUID id, @Context UriInfo uri) {
        CriteriaSetResponse created = sets.newVersion(id);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/criteria-sets")
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    private static boolean staff(SecurityContext security) {
        return security.isUserInRole("ADMIN") || security.isUserInRole("COORDINATOR");
    }
}
