package ru.digitalbridge.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.Messages;
import ru.digitalbridge.registry.ReferenceResponse.CodeName;
import ru.digitalbridge.registry.ReferenceResponse.PlatformInfo;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceResource {
    private final RegistryQueries queries;

    ReferenceResource(RegistryQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/municipalities")
    @PermitAll
    @Operation(summary = "Municipalities of every region, in the official order. Anyone.")
    public List<MunicipalityResponse> municipalities() {
        return queries.municipalities();
    }

    @GET
    @Path("/reference")
    @PermitAll
    @Operation(
            summary = "Sectors, organization kinds and platforms (with host names) in the request's language. Anyone.")
    public ReferenceResponse reference(HttpHeaders headers) {
        Locale locale = Messages.pick(headers);
        return new ReferenceResponse(
                Arrays.stream(Sector.values())
                        .map(s -> new CodeName(s.name(), s.label(locale)))
                        .toList(),
                Arrays.stream(OrganizationKind.values())
                        .map(k -> new CodeName(k.name(), k.label(locale)))
                        .toList(),
                Arrays.stream(Platform.values())
                        .map(p -> new PlatformInfo(p.name(), p.label(locale), p.hosts()))
                        .toList());
    }
}
