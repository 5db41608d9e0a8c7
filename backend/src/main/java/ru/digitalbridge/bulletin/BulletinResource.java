package ru.digitalbridge.bulletin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.bulletin.BulletinRequests.CompileRequest;
import ru.digitalbridge.bulletin.BulletinRequests.CorrectionRequest;
import ru.digitalbridge.bulletin.BulletinRequests.CreateIssueRequest;
import ru.digitalbridge.bulletin.BulletinRequests.DraftRequest;
import ru.digitalbridge.bulletin.BulletinRequests.IssueVersion;
import ru.digitalbridge.bulletin.BulletinRequests.ReturnRequest;
import ru.digitalbridge.bulletin.BulletinViews.DraftResponse;
import ru.digitalbridge.bulletin.BulletinViews.IssueResponse;
import ru.digitalbridge.bulletin.BulletinViews.IssueSummary;
import ru.digitalbridge.bulletin.BulletinViews.SectionResponse;
import ru.digitalbridge.bulletin.BulletinViews.SeriesResponse;
import ru.digitalbridge.bulletin.render.BulletinRenderer;
import ru.digitalbridge.bulletin.render.Links;
import ru.digitalbridge.bulletin.render.MailContent;
import ru.digitalbridge.common.error.Immutable;
import ru.digitalbridge.common.error.Messages;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.common.web.Conditional;
import ru.digitalbridge.common.web.OpenLicense;

/**
 * The bulletin: public archive (anyone; published revisions only, never a person) and the editorial workflow
 * (coordinators and administrators; machine keys with {@code bulletins:write} edit drafts but never publish). Who may
 * do what on one issue: its editors edit, compile and submit; its reviewer (a coordinator or administrator who is not
 * an editor) returns it with a comment or publishes it; editors and reviewer post corrections. docs/bulletins.md.
 */
@Path("/api/v1/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins")
public class BulletinResource {
    private final BulletinService service;
    private final BulletinReads reads;
    private final SecurityIdentity identity;
    private final BulletinFiles files;
    private final BulletinRenderer renderer;

    static final String CSV = "text/csv; charset=UTF-8";
    static final String NDJSON = "application/x-ndjson";

    BulletinResource(
            BulletinService service,
            BulletinReads reads,
            SecurityIdentity identity,
            BulletinFiles files,
            BulletinRenderer renderer) {
        this.files = files;
        this.renderer = renderer;
        this.service = service;
        this.reads = reads;
        this.identity = identity;
    }

    // ---- public ----

    @GET
    @Path("/series")
    @PermitAll
    @Operation(summary = "The series of the bulletin with their published issue counts, titles in ru/en. Anyone.")
    public List<SeriesResponse> series(@Context HttpHeaders headers) {
        return reads.series(locale(headers));
    }

    @GET
    @Path("/issues")
    @PermitAll
    @Operation(
            summary = "Issues, newest first. Anyone: published issues. status=DRAFT or REVIEW: coordinators and"
                    + " administrators.")
    public PageResponse<IssueSummary> issues(
            @Parameter(description = "A series slug, e.g. main") @QueryParam("series") String series,
            @Parameter(schema = @Schema(implementation = IssueStatus.class, defaultValue = "PUBLISHED"))
                    @QueryParam("status")
                    String status,
            @Valid @BeanParam PageQuery page,
            @Context HttpHeaders headers) {
        IssueStatus parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = IssueStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("status", "invalid-value.field");
            }
        }
        if (series != null && series.length() > 63) {
            throw ProblemException.invalidField("series", "invalid-value.field");
        }
        if (parsed != null && parsed != IssueStatus.PUBLISHED) {
            BulletinCaller caller = caller();
            if (identity.isAnonymous()) {
                throw new ProblemException(401, "unauthorized");
            }
            if (!caller.staff()) {
                throw BulletinProblems.forbidden();
            }
        }
        return reads.list(series == null || series.isBlank() ? null : series.strip(), parsed, page, locale(headers));
    }

    @GET
    @Path("/issues/{id}")
    @PermitAll
    @Immutable("bulletin-revision-immutable")
    @Operation(
            summary = "The latest published revision of an issue, blocks with safe HTML. Anyone; 404 before"
                    + " publication.")
    public IssueResponse issue(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return reads.issue(id, null, locale(headers)).orElseThrow(() -> BulletinProblems.issueNotFound(id));
    }

    @GET
    @Path("/issues/{id}/revisions/{revision}")
    @PermitAll
    @Immutable("bulletin-revision-immutable")
    @Operation(summary = "One published revision of an issue, as it was published. Immutable. Anyone.")
    public IssueResponse revision(
            @PathParam("id") UUID id, @PathParam("revision") int revision, @Context HttpHeaders headers) {
        return reads.issue(id, revision, locale(headers)).orElseThrow(() -> BulletinProblems.issueNotFound(id));
    }

    @GET
    @Path("/series/{slug}/issues/{number}")
    @PermitAll
    @Operation(summary = "The stable address of an issue: its series and number; the latest revision. Anyone.")
    public IssueResponse byNumber(
            @PathParam("slug") String slug, @PathParam("number") int number, @Context HttpHeaders headers) {
        if (slug.length() > 63) {
            throw BulletinProblems.seriesNotFound(slug);
        }
        UUID id = reads.idOf(slug, number).orElseThrow(() -> BulletinProblems.issueNotFound(null));
        return issue(id, headers);
    }

    @GET
    @Path("/open-data/{dataset}")
    @PermitAll
    @Produces({"text/csv", BulletinResource.NDJSON, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Open data of the bulletin, CSV (RFC 4180, UTF-8) or NDJSON, licence CC BY 4.0 (Link header):"
                    + " issues (every published revision) or follow-up (the follow-up statistics of each issue's latest"
                    + " revision: total, per criterion, municipality and sector). Anyone.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response openData(
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"issues", "follow-up"}))
                    @PathParam("dataset")
                    String dataset,
            @Parameter(
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "ndjson"}))
                    @QueryParam("format")
                    @NotNull
                    @Pattern(regexp = "csv|ndjson")
                    String format,
            @Context HttpHeaders headers) {
        if (!"issues".equals(dataset) && !"follow-up".equals(dataset)) {
            throw ProblemException.notFound("entity.bulletin-dataset", dataset);
        }
        boolean csv = "csv".equals(format);
        Instant modified = files.lastChange()
                .map(OffsetDateTime::toInstant)
                .orElse(Instant.EPOCH)
                .truncatedTo(ChronoUnit.SECONDS);
        EntityTag tag = new EntityTag(Integer.toHexString((dataset + "|" + format + "|" + modified).hashCode())
                + Long.toHexString(modified.toEpochMilli()));
        Optional<Response> current = Conditional.notModified(headers, tag, modified);
        if (current.isPresent()) {
            return current.get();
        }
        StreamingOutput body =
                "issues".equals(dataset) ? out -> files.issues(csv, out) : out -> files.followUp(csv, out);
        return Conditional.validators(Response.ok(body, csv ? CSV : NDJSON), tag, modified)
                .header("Link", OpenLicense.LINK)
                .header("Content-Disposition", "attachment; filename=\"bulletin-" + dataset + "." + format + "\"")
                .build();
    }

    // ---- editorial ----

    @POST
    @Path("/issues")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start an issue: a draft numbered next in its series, compiled when campaignId names a published"
                    + " campaign. The caller becomes an editor. Coordinators and administrators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = DraftResponse.class)))
    public Response create(@Valid @NotNull CreateIssueRequest request, @Context UriInfo uri) {
        DraftResponse created = service.create(caller(), request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .path("draft")
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/issues/{id}/draft")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "The editable state of an issue (draft, in review or published: the base of a correction) with"
                    + " editors, reviewer, version and what the caller may do. Coordinators and administrators.")
    public DraftResponse draft(@PathParam("id") UUID id) {
        return service.draft(caller(), id);
    }

    @GET
    @Path("/issues/{id}/draft/mail")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "The e-mail preview of the current draft as subscribers would get it: subject, HTML and text"
                    + " (links point at this site; the unsubscribe link is a placeholder). Coordinators and"
                    + " administrators.")
    public MailPreview draftMail(@PathParam("id") UUID id, @Context UriInfo uri) {
        BulletinService.Issue issue = service.get(id);
        PublishedIssue preview = new PublishedIssue(
                issue.id(),
                issue.series(),
                reads.seriesTitle(issue.series(), PublishedIssue.locale(issue.language())),
                issue.number(),
                Math.max(1, issue.revision()),
                issue.title(),
                issue.periodFrom(),
                issue.periodTo(),
                issue.publishedAt() == null
                        ? Instant.now()
                        : issue.publishedAt().toInstant(),
                issue.document(),
                issue.language());
        String site = uri.getBaseUri().toString().replaceAll("/+$", "");
        MailContent mail = renderer.mail(
                preview,
                Optional.empty(),
                new Links(
                        site + "/bulletins/issues/" + issue.id(),
                        site + "/bulletins/unsubscribe",
                        site + "/bulletins/preferences"));
        return new MailPreview(mail.subject(), mail.html(), mail.text());
    }

    /** An e-mail as it would be sent. */
    public record MailPreview(String subject, String html, String text) {}

    @PUT
    @Path("/issues/{id}/draft")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace the draft: title, period, editors, reviewer and blocks (compiled blocks keep their data;"
                    + " new blocks are articles). Stale version: 409; in review or published: 409. The issue's"
                    + " editors.")
    public DraftResponse update(@PathParam("id") UUID id, @Valid @NotNull DraftRequest request) {
        return service.update(caller(), id, request);
    }

    @POST
    @Path("/issues/{id}/compile")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Re-propose the compiled blocks from the campaign's newest rating snapshot; articles stay. The"
                    + " issue's editors, in draft.")
    public DraftResponse compile(@PathParam("id") UUID id, @Valid @NotNull CompileRequest request) {
        return service.compile(caller(), id, request.version(), request.campaignId());
    }

    @POST
    @Path("/issues/{id}/submit")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the draft to its reviewer (one must be named: else 409). The issue's editors.")
    public DraftResponse submit(@PathParam("id") UUID id, @Valid @NotNull IssueVersion request) {
        return service.submit(caller(), id, request.version());
    }

    @POST
    @Path("/issues/{id}/return")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return an issue in review to its editors with a comment. The issue's reviewer.")
    public DraftResponse returnToDraft(@PathParam("id") UUID id, @Valid @NotNull ReturnRequest request) {
        return service.returnToDraft(caller(), id, request.version(), request.comment());
    }

    @POST
    @Path("/issues/{id}/publish")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Publish an issue in review: revision 1 with the personal sections, frozen; announces"
                    + " bulletin.issue.published. The issue's reviewer only (never an editor alone).")
    public DraftResponse publish(@PathParam("id") UUID id, @Valid @NotNull IssueVersion request) {
        return service.publish(caller(), id, request.version());
    }

    @POST
    @Path("/issues/{id}/corrections")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct a published issue: the next revision with its reason (required); earlier revisions stay"
                    + " readable; announces bulletin.issue.published. The issue's editors and reviewer.")
    public DraftResponse correct(@PathParam("id") UUID id, @Valid @NotNull CorrectionRequest request) {
        return service.correct(caller(), id, request);
    }

    @GET
    @Path("/issues/{id}/sections")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "The personal sections of the latest published revision, all or one organization's."
                    + " Coordinators and administrators.")
    public List<SectionResponse> sections(
            @PathParam("id") UUID id,
            @Parameter(description = "Organization id") @QueryParam("organization") String organization) {
        UUID org = null;
        if (organization != null && !organization.isBlank()) {
            try {
                org = UUID.fromString(organization.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("organization", "invalid-value.field");
            }
        }
        service.get(id);
        List<UUID> organizations = org != null ? List.of(org) : reads.organizationsWithSections(id);
        return reads.sections(organizations, id);
    }

    private BulletinCaller caller() {
        return BulletinCaller.of(identity);
    }

    static Locale locale(HttpHeaders headers) {
        return Messages.pick(headers);
    }
}
