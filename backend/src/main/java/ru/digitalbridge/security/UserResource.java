package ru.digitalbridge.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Users")
public class UserResource {
    private final UserService users;
    private final JsonWebToken jwt;

    UserResource(UserService users, JsonWebToken jwt) {
        this.users = users;
        this.jwt = jwt;
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "List users. Administrators.")
    public PageResponse<UserResponse> list(
            @QueryParam("q") String q,
            @QueryParam("role") Role role,
            @QueryParam("active") Boolean active,
            @Valid @BeanParam PageQuery page) {
        return users.list(q, role, active, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "One user. Administrators.")
    public UserResponse get(@PathParam("id") UUID id) {
        return users.get(id);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user. Administrators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "422")
    public Response create(@Valid @NotNull UserRequests.CreateUser request, UriInfo uri) {
        UserResponse created = users.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's name, roles, organization or active flag (deactivate). Administrators.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "422")
    public UserResponse update(@PathParam("id") UUID id, @Valid @NotNull UserRequests.UpdateUser request) {
        return users.update(id, request, UUID.fromString(jwt.getSubject()));
    }

    @POST
    @Path("/{id}/password")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set a new password for a user and end their sessions. Administrators; their own password only"
                    + " with currentPassword.")
    @APIResponse(responseCode = "204", description = "Password changed")
    public Response setPassword(@PathParam("id") UUID id, @Valid @NotNull UserRequests.SetPassword request) {
        users.setPassword(id, request.password(), request.currentPassword(), UUID.fromString(jwt.getSubject()));
        return Response.noContent().build();
    }
}
