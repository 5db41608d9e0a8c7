package ru.digitalbridge.changes;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.changes.ChangeFeed.ChangePage;
import ru.digitalbridge.common.error.ProblemException;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class ChangeResource {
    static final int MAX_LIMIT = 1000;
    private final ChangeFeed feed;

    ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Organizations, accounts and published evaluations changed after a cursor, oldest first, each"
                    + " once with its latest change (UPSERT, or the tombstones ARCHIVED, WITHDRAWN, DELETED). Without"
                    + " after= it starts at the beginning: a full list. Follow next until caughtUp, keep the cursor,"
                    + " and poll next later to catch up. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "A page of changes; the Link header names the next page (rel=next)",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    public Response changes(
            @Parameter(description = "The cursor of the previous page (opaque)") @QueryParam("after") String after,
            @Parameter(
                            description = "Only changes at or after this instant (ISO-8601 with offset), e.g. the"
                                    + " time of the last full download")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(
                            description = "Kinds of record (repeatable); default all",
                            schema = @Schema(enumeration = {"organization", "account", "evaluation"}))
                    @QueryParam("entity")
                    List<String> entity,
            @Parameter(description = "Items per page, 1–1000")
                    @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(MAX_LIMIT)
                    int limit) {
        ChangeCursor cursor =
                after == null ? ChangeCursor.START : ChangeCursor.decode(after).orElse(null);
        if (cursor == null) {
            throw ProblemException.invalidField("after", "changes.cursor");
        }
        OffsetDateTime since = null;
        if (updatedSince != null) {
            try {
                since = OffsetDateTime.parse(updatedSince);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("updatedSince", "changes.updated-since");
            }
        }
        Set<ChangeEntity> entities = EnumSet.noneOf(ChangeEntity.class);
        for (String value : entity == null ? List.<String>of() : entity) {
            ChangeEntity kind = ChangeEntity.of(value);
            if (kind == null) {
                throw ProblemException.invalidField("entity", "changes.entity");
            }
            entities.add(kind);
        }
        if (entities.isEmpty()) {
            entities = EnumSet.allOf(ChangeEntity.class);
        }
        ChangePage page = feed.read(cursor, entities, since, limit);
        UriBuilder next = UriBuilder.fromPath("/api/v1/changes").queryParam("after", page.cursor());
        if (updatedSince != null) {
            next.queryParam("updatedSince", updatedSince);
        }
        if (entity != null) {
            entity.forEach(value -> next.queryParam("entity", value));
        }
        next.queryParam("limit", limit);
        String link = next.build().toString();
        return Response.ok(
                        new ChangePage(page.items(), page.cursor(), link, page.caughtUp()),
                        MediaType.APPLICATION_JSON_TYPE)
                .header("Link", "<" + link + ">; rel=\"next\"")
                .build();
    }
}
