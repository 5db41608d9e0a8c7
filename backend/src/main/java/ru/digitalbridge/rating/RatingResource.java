package ru.digitalbridge.rating;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.Immutable;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.rating.RatingViews.RatedCampaign;
import ru.digitalbridge.rating.RatingViews.RatingRowPage;
import ru.digitalbridge.rating.RatingViews.SnapshotResponse;
import ru.digitalbridge.rating.RatingViews.SnapshotSummary;
import ru.digitalbridge.rating.RatingViews.TrendPoint;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/**
 * The public rating: snapshots computed at publication and at each correction, read by anyone. Nothing here writes:
 * a snapshot is computed, never edited (the tables refuse changes); a PUT, PATCH, POST or DELETE on a snapshot's URLs
 * is a 409 {@code /problems/snapshot-immutable}.
 */
@Path("/api/v1/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ratings")
@PermitAll
public class RatingResource {
    private final RatingReads reads;
    private final RatingPages pages;

    RatingResource(RatingReads reads, RatingPages pages) {
        this.reads = reads;
        this.pages = pages;
    }

    @GET
    @Path("/campaigns")
    @Operation(summary = "Published campaigns with a rating, newest first, each with its newest snapshot. Anyone.")
    public List<RatedCampaign> campaigns() {
        return reads.campaigns();
    }

    @GET
    @Path("/campaigns/{campaignId}/snapshots")
    @Immutable("snapshot-immutable")
    @Operation(
            summary = "A campaign's rating snapshots, revision 1 (publication) first, one more per correction. Anyone.")
    public List<SnapshotSummary> snapshots(@PathParam("campaignId") UUID campaignId) {
        return reads.snapshots(campaignId);
    }

    @GET
    @Path("/snapshots/{id}")
    @Immutable("snapshot-immutable")
    @Operation(
            summary = "One snapshot revision: methodology, rules (aggregation, ranking, minimum data), comparison with"
                    + " the previous campaign, changelog and criterion statistics. Immutable. Anyone.")
    public SnapshotResponse snapshot(@PathParam("id") UUID id) {
        return reads.snapshot(id);
    }

    @GET
    @Path("/snapshots/{id}/rows")
    @Immutable("snapshot-immutable")
    @Operation(
            summary = "The rating of one level in one peer group, filtered, searched, sorted (default: place) and"
                    + " paged. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RatingRowPage.class)))
    public Response rows(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(implementation = RatingLevel.class, defaultValue = "ACCOUNT"))
                    @QueryParam("level")
                    String level,
            @Parameter(schema = @Schema(implementation = PeerGroup.class, defaultValue = "OVERALL"))
                    @QueryParam("peerGroup")
                    String peerGroup,
            @Parameter(description = "Municipality id") @QueryParam("municipality") String municipality,
            @Parameter(
                            description = "Organization id: that organization's accounts (level=ACCOUNT) or its own row"
                                    + " (level=ORGANIZATION); places stay those of the whole peer group")
                    @QueryParam("organization")
                    String organization,
            @Parameter(schema = @Schema(implementation = Sector.class)) @QueryParam("sector") String sector,
            @Parameter(schema = @Schema(implementation = OrganizationKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = Platform.class)) @QueryParam("platform") String platform,
            @Parameter(description = "Part of the name") @QueryParam("q") String q,
            @Parameter(
                            description =
                                    "place (default), name, index, indexDelta, placeDelta; a leading '-'" + " reverses")
                    @QueryParam("sort")
                    String sort,
            @Valid @BeanParam PageQuery page,
            @Context HttpHeaders headers) {
        List<Violation> violations = new java.util.ArrayList<>();
        RatingLevel parsedLevel = parse(RatingLevel.class, "level", level, RatingLevel.ACCOUNT, violations);
        PeerGroup parsedGroup = parse(PeerGroup.class, "peerGroup", peerGroup, PeerGroup.OVERALL, violations);
        Sector parsedSector = parse(Sector.class, "sector", sector, null, violations);
        OrganizationKind parsedKind = parse(OrganizationKind.class, "kind", kind, null, violations);
        Platform parsedPlatform = parse(Platform.class, "platform", platform, null, violations);
        UUID parsedMunicipality = uuid("municipality", municipality, violations);
        UUID parsedOrganization = uuid("organization", organization, violations);
        if (parsedOrganization != null
                && parsedLevel != RatingLevel.ACCOUNT
                && parsedLevel != RatingLevel.ORGANIZATION) {
            violations.add(new Violation("organization", "{rating.organization-level}"));
        }
        if (q != null && q.length() > 200) {
            violations.add(new Violation("q", "{invalid-value.field}"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        // a snapshot never changes: the page is served from memory after its first read, 304 while the tag holds
        RatingPages.Rendered rendered = pages.rows(
                id,
                new RatingReads.RowFilter(
                        parsedLevel,
                        parsedGroup,
                        parsedMunicipality,
                        parsedOrganization,
                        parsedSector == null ? null : parsedSector.name(),
                        parsedKind == null ? null : parsedKind.name(),
                        parsedPlatform == null ? null : parsedPlatform.name(),
                        q,
                        sort == null || sort.isBlank() ? null : sort.strip()),
                page);
        // everything below is precomputed with the page: header values and the JSON bytes
        if (rendered.current(
                headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE))) {
            return validators(Response.notModified(), rendered).build();
        }
        return validators(Response.ok(rendered.body(), MediaType.APPLICATION_JSON_TYPE), rendered)
                .build();
    }

    private static Response.ResponseBuilder validators(Response.ResponseBuilder builder, RatingPages.Rendered page) {
        return builder.header(HttpHeaders.ETAG, page.etag()).header(HttpHeaders.LAST_MODIFIED, page.httpDate());
    }

    @GET
    @Path("/organizations/{id}/trend")
    @Operation(summary = "An organization's overall rating in every rated campaign, oldest first. Anyone.")
    public List<TrendPoint> organizationTrend(@PathParam("id") UUID id) {
        return reads.trend(RatingLevel.ORGANIZATION, id);
    }

    @GET
    @Path("/municipalities/{id}/trend")
    @Operation(summary = "A municipality's overall rating in every rated campaign, oldest first. Anyone.")
    public List<TrendPoint> municipalityTrend(@PathParam("id") UUID id) {
        return reads.trend(RatingLevel.MUNICIPALITY, id);
    }

    private static UUID uuid(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "{invalid-value.field}"));
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, String field, String value, E fallback, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "{invalid-value.field}"));
            return fallback;
        }
    }
}
