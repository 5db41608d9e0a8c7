package ru.digitalbridge.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.opendata.OpenDataViews.Catalogue;

/**
 * The catalogue of open data: every published dataset with links. Apart from {@link OpenDataResource} because the
 * downloads there share responses (304, 429) that the catalogue does not give.
 */
@Path(OpenDataService.BASE)
@Tag(name = "Open data")
@PermitAll
public class CatalogueResource {
    private final OpenDataService service;

    CatalogueResource(OpenDataService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Every published dataset with links: campaigns' results, methodology versions, the registry."
                    + " Licence CC BY 4.0. Anyone.")
    public Response catalogue() {
        Catalogue catalogue = service.catalogue();
        Response.ResponseBuilder answer =
                Response.ok(catalogue, MediaType.APPLICATION_JSON_TYPE).header("Link", OpenDataResource.LICENSE_LINK);
        catalogue.datasets().stream()
                .map(OpenDataViews.Dataset::updatedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .ifPresent(at -> answer.lastModified(Date.from(at.toInstant())));
        return answer.build();
    }
}
