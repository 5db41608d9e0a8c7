package ru.digitalbridge.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/training/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class ProgrammeResource {
    private final ProgrammeService programmes;

    ProgrammeResource(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GET
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(summary = "Programme editions by title, newest edition first. Administrators, coordinators, trainers.")
    public PageResponse<ProgrammeResponse> list(
            @QueryParam("status") ProgrammeStatus status,
            @Parameter(description = "Part of the title") @QueryParam("q") @Size(max = 200) String q,
            @Valid @BeanParam PageQuery page) {
        return programmes.list(status, q, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "One programme edition with modules, topics, question bank, outcomes and issuer. "
                    + "Administrators, coordinators, trainers.")
    public ProgrammeResponse get(@PathParam("id") UUID id) {
        return programmes.get(id);
    }

    @POST
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start a programme: a draft, edition 1. Total hours at least 16 and equal to the modules' sum. "
                    + "Administrators and coordinators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
    public Response create(@Valid @NotNull ProgrammeRequest request, @Context UriInfo uri) {
        ProgrammeResponse created = programmes.create(request);
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
            summary = "Replace a draft (version required; approved editions are immutable: 409). Administrators and "
                    + "coordinators.")
    public ProgrammeResponse update(@PathParam("id") UUID id, @Valid @NotNull ProgrammeRequest request) {
        return programmes.update(id, request);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a draft; from then on it is immutable. Administrators and coordinators.")
    public ProgrammeResponse approve(@PathParam("id") UUID id, @Valid @NotNull VersionRequest request) {
        return programmes.approve(id, request.version());
    }

    @POST
    @Path("/{id}/new-version")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "Clone an approved edition into a draft of the next edition (409 from a draft or when the "
                    + "programme already has a draft). Administrators and coordinators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
    public Response newVersion(@PathParam("id") UUID id, @Context UriInfo uri) {
        ProgrammeResponse created = programmes.newVersion(id);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/training/programmes")
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }
}
