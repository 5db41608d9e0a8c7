package ru.digitalbridge.security;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.idempotency.NotReplayed;
import ru.digitalbridge.security.ApiClientService.ApiClientResponse;
import ru.digitalbridge.security.ApiClientService.CreateApiClient;
import ru.digitalbridge.security.ApiClientService.IssuedApiKey;

@Path("/api/v1/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API clients")
public class ApiClientResource {
    private final ApiClientService clients;
    private final JsonWebToken jwt;

    ApiClientResource(ApiClientService clients, JsonWebToken jwt) {
        this.clients = clients;
        this.jwt = jwt;
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Machine clients and their key prefixes. Administrators.")
    public List<ApiClientResponse> list() {
        return clients.list();
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a machine client. The answer holds its API key, shown only this once; the client"
                    + " sends it as X-API-Key. Administrators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = IssuedApiKey.class)))
    @NotReplayed
    public Response create(@Valid @NotNull CreateApiClient request, UriInfo uri) {
        IssuedApiKey issued = clients.create(request, jwt.getName());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(issued.client().id().toString())
                        .build())
                .entity(issued)
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Revoke a machine client's key at once. Administrators.")
    public ApiClientResponse revoke(@PathParam("id") UUID id) {
        return clients.revoke(id);
    }
}
