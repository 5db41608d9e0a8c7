package ru.digitalbridge.bulletin.render;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.bulletin.PublishedIssue;
import ru.digitalbridge.common.error.Messages;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.web.Conditional;
import ru.digitalbridge.common.web.EntityTags;

/**
 * Public formats of published bulletin issues: the standalone HTML page, the PDF made from it, and Atom feeds.
 * The page and the PDF are in the issue's language whatever the reader's Accept-Language (one set of bytes and one
 * ETag per revision); a feed's own title follows the reader, its entries are each in their issue's language.
 * Anyone may read them; drafts and unknown issues are 404. Every answer carries an ETag (the body's SHA-256) and
 * Last-Modified (the revision's or the feed's newest publication) and answers conditional GETs with 304. A PDF of a
 * given revision never changes and may be cached for a year; the latest-revision addresses follow corrections.
 */
@Path("/api/v1/bulletins")
@Tag(name = "Bulletins")
public class BulletinFormatsResource {
    static final String PDF = "application/pdf";
    static final String HTML = "text/html;charset=UTF-8";
    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String FROZEN = "public, max-age=31536000, immutable";

    private final BulletinPublishing publishing;

    BulletinFormatsResource(BulletinPublishing publishing) {
        this.publishing = publishing;
    }

    @GET
    @Path("/issues/{id}/pdf")
    @PermitAll
    @Produces(PDF)
    @Operation(summary = "The PDF of the latest published revision (the same rendering as /html). Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such published issue")
    public Response pdf(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return pdf(id, null, headers);
    }

    @GET
    @Path("/issues/{id}/revisions/{revision}/pdf")
    @PermitAll
    @Produces(PDF)
    @Operation(summary = "The PDF of one published revision, as it was published. Immutable. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such published revision")
    public Response revisionPdf(
            @PathParam("id") UUID id, @PathParam("revision") int revision, @Context HttpHeaders headers) {
        return pdf(id, revision, headers);
    }

    @GET
    @Path("/issues/{id}/html")
    @PermitAll
    @Produces(HTML)
    @Operation(
            summary = "The latest published revision as a standalone, printable HTML page (charts as inline SVG with"
                    + " their tables). Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such published issue")
    public Response html(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        PublishedIssue issue = published(id, null);
        byte[] body = publishing.page(issue).getBytes(StandardCharsets.UTF_8);
        return conditional(headers, body, issue.publishedAt(), HTML, null);
    }

    @GET
    @Path("/feed")
    @PermitAll
    @Produces(ATOM)
    @Operation(summary = "Atom 1.0 feed of the published issues of all series, newest first. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response feed(@Context HttpHeaders headers) {
        return feed(null, headers);
    }

    @GET
    @Path("/series/{slug}/feed")
    @PermitAll
    @Produces(ATOM)
    @Operation(summary = "Atom 1.0 feed of one series' published issues, newest first. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such series")
    public Response seriesFeed(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        if (slug.length() > 63) {
            throw ProblemException.notFound("entity.bulletin-series", null);
        }
        return feed(slug, headers);
    }

    private Response feed(String slug, HttpHeaders headers) {
        String xml = publishing
                .feed(slug, locale(headers))
                .orElseThrow(() -> ProblemException.notFound("entity.bulletin-series", slug));
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        // the feed's own title follows the reader's language (its entries do not; Vary comes from CachePolicy)
        return conditional(headers, body, FeedTimes.updated(xml), ATOM, null);
    }

    private Response pdf(UUID id, Integer revision, HttpHeaders headers) {
        PublishedIssue issue = published(id, revision);
        BulletinPublishing.Pdf pdf = publishing.pdf(issue);
        EntityTag tag = new EntityTag(pdf.sha256());
        Instant modified = issue.publishedAt();
        Optional<Response> current = Conditional.notModified(headers, tag, modified);
        Response.ResponseBuilder answer = current.map(Response::fromResponse)
                .orElseGet(() -> Conditional.validators(Response.ok(pdf.bytes(), PDF), tag, modified)
                        .header(
                                "Content-Disposition",
                                "inline; filename=\"bulletin-" + issue.seriesSlug() + "-" + issue.number() + "-r"
                                        + issue.revision() + ".pdf\""));
        if (revision != null) {
            answer.header(HttpHeaders.CACHE_CONTROL, FROZEN);
        }
        return answer.build();
    }

    private static Response conditional(HttpHeaders headers, byte[] body, Instant modified, String type, String cache) {
        EntityTag tag = new EntityTag(EntityTags.hash(body));
        Optional<Response> current = Conditional.notModified(headers, tag, modified);
        if (current.isPresent()) {
            return current.get();
        }
        Response.ResponseBuilder answer = Conditional.validators(Response.ok(body, type), tag, modified);
        if (cache != null) {
            answer.header(HttpHeaders.CACHE_CONTROL, cache);
        }
        return answer.build();
    }

    private PublishedIssue published(UUID id, Integer revision) {
        return publishing.issue(id, revision).orElseThrow(() -> ProblemException.notFound("entity.bulletin-issue", id));
    }

    static Locale locale(HttpHeaders headers) {
        return Messages.pick(headers);
    }

    /** The feed's own {@code updated}, read back from the document so Last-Modified and the feed agree. */
    static final class FeedTimes {
        private FeedTimes() {}

        static Instant updated(String xml) {
            int start = xml.indexOf("<updated>");
            int end = xml.indexOf("</updated>", start);
            return start < 0 || end < 0 ? Instant.EPOCH : Instant.parse(xml.substring(start + 9, end));
        }
    }
}
