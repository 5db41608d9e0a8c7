package ru.digitalbridge.common.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An endpoint that does nothing: a liveness probe for clients and the benchmark's ceiling. */
@Path("/api/v1/ping")
@Tag(name = "Service")
public class PingResource {
    @GET
    @PermitAll
    @Operation(summary = "Does nothing and answers 204. Anyone.")
    @APIResponse(responseCode = "204", description = "The API answers")
    public void ping() {}
}
