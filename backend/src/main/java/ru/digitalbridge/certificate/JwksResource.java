package ru.digitalbridge.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.web.Conditional;

/** The platform's public keys for signed credentials, as a JSON Web Key Set (RFC 7517). */
@Path("/.well-known/jwks.json")
@Tag(name = "Certificates")
public class JwksResource {
    /** The key set changes only when the key does; a restart with the same key keeps the validators. */
    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    private final SigningKey key;

    JwksResource(SigningKey key) {
        this.key = key;
    }

    /** The key set's shape, for the contract. */
    @Schema(name = "JsonWebKeySet")
    record KeySet(List<Map<String, Object>> keys) {}

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public keys that sign Open Badges credentials (ES256), with their key ids. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The key set",
            content = @Content(schema = @Schema(implementation = KeySet.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response keys(@Context HttpHeaders headers) {
        EntityTag tag = new EntityTag(key.keyId());
        Optional<Response> current = Conditional.notModified(headers, tag, SINCE);
        if (current.isPresent()) {
            return current.get();
        }
        return Conditional.validators(
                        Response.ok(new KeySet(List.of(key.publicJwk())), MediaType.APPLICATION_JSON_TYPE), tag, SINCE)
                .build();
    }
}
