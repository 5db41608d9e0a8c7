package ru.digitalbridge.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.Immutable;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.web.ClientAddress;
import ru.digitalbridge.common.web.Conditional;
import ru.digitalbridge.common.web.ExpensiveWork;
import ru.digitalbridge.common.web.OpenLicense;
import ru.digitalbridge.opendata.OpenDataService.Campaign;
import ru.digitalbridge.opendata.OpenDataService.Snapshot;
import ru.digitalbridge.opendata.OpenDataViews.DataPackage;
import ru.digitalbridge.training.EffectRevisions.Revision;

/**
 * Published results as open data (CC BY 4.0): data package descriptors and streamed tables of each published
 * campaign, of each rating snapshot revision and of each training effect revision (the catalogue is {@link
 * CatalogueResource}). Every download may answer 304 to a conditional request and 429 when too many exports run, so
 * those responses (and the file's 200) are declared once here; a descriptor's 200 names its schema.
 */
@Path(OpenDataService.BASE)
@Tag(name = "Open data")
@PermitAll
@APIResponse(responseCode = "200", description = "The file")
@APIResponse(responseCode = "304", description = "Not modified")
@APIResponse(
        responseCode = "429",
        description = "Too many exports running for this client or on this instance; see Retry-After")
public class OpenDataResource {
    static final String LICENSE_LINK = OpenLicense.LINK;

    private final OpenDataService service;
    private final EffectData effects;
    private final ExpensiveWork work;

    OpenDataResource(OpenDataService service, EffectData effects, ExpensiveWork work) {
        this.service = service;
        this.effects = effects;
        this.work = work;
    }

    @GET
    @Path("/campaigns/{id}/datapackage.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The Frictionless Data Package descriptor of a published campaign's results: the files with their"
                    + " table schemas, sizes and SHA-256, the licence and the source. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The descriptor",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DataPackage.class)))
    public Response dataPackage(
            @PathParam("id") UUID id,
            @Context HttpHeaders headers,
            @Context io.vertx.core.http.HttpServerRequest http) {
        Campaign campaign = published(id);
        return descriptor(
                new EntityTag(OpenDataService.tag(campaign, "datapackage.json", false)),
                campaign.lastModified().toInstant(),
                () -> service.dataPackage(campaign),
                headers,
                http);
    }

    @GET
    @Path("/campaigns/{id}/files/{file}")
    @Produces({"text/csv", "application/x-ndjson", FileFormatTypes.XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "A table of a published campaign's results, streamed: evaluations (the subject and index, one row"
                    + " per evaluation) or answers (one row per evaluation and criterion), as CSV, NDJSON or XLSX."
                    + " Licence CC BY 4.0 (Link header). Anyone.")
    public Response file(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "The file",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "evaluations.csv",
                                                "evaluations.ndjson",
                                                "evaluations.xlsx",
                                                "answers.csv",
                                                "answers.ndjson",
                                                "answers.xlsx"
                                            }))
                    @PathParam("file")
                    String file,
            @Parameter(description = BOM) @QueryParam("bom") @DefaultValue("false") String bom,
            @Context HttpHeaders headers,
            @Context io.vertx.core.http.HttpServerRequest http) {
        Campaign campaign = published(id);
        ResultTable table = named(ResultTable.values(), file);
        FileFormat format = format(file, table);
        boolean excel = excel(bom, format);
        return download(
                new EntityTag(OpenDataService.tag(campaign, file, excel), !format.deterministic()),
                campaign.lastModified().toInstant(),
                format,
                "campaign-" + campaign.period() + "-" + file,
                out -> service.write(campaign, table, format, excel, out),
                headers,
                http);
    }

    @GET
    @Path("/ratings/{id}/datapackage.json")
    @Immutable("snapshot-immutable")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The Frictionless Data Package descriptor of one rating snapshot revision: the rating at each"
                    + " level as files with their table schemas, sizes and SHA-256, the licence and the source. The"
                    + " snapshot never changes, nor do its files. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The descriptor",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DataPackage.class)))
    public Response ratingDataPackage(
            @PathParam("id") UUID id,
            @Context HttpHeaders headers,
            @Context io.vertx.core.http.HttpServerRequest http) {
        Snapshot snapshot = snapshot(id);
        return descriptor(
                new EntityTag(OpenDataService.tag(snapshot, "datapackage.json", false)),
                snapshot.createdAt().toInstant(),
                () -> service.dataPackage(snapshot),
                headers,
                http);
    }

    @GET
    @Path("/ratings/{id}/files/{file}")
    @Immutable("snapshot-immutable")
    @Produces({"text/csv", "application/x-ndjson", FileFormatTypes.XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "The rating of one level in one snapshot revision, every peer group, streamed as CSV, NDJSON or"
                    + " XLSX: accounts, organizations, municipalities or sectors. Licence CC BY 4.0 (Link header)."
                    + " Anyone.")
    public Response ratingFile(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "The file",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "accounts.csv",
                                                "accounts.ndjson",
                                                "accounts.xlsx",
                                                "organizations.csv",
                                                "organizations.ndjson",
                                                "organizations.xlsx",
                                                "municipalities.csv",
                                                "municipalities.ndjson",
                                                "municipalities.xlsx",
                                                "sectors.csv",
                                                "sectors.ndjson",
                                                "sectors.xlsx"
                                            }))
                    @PathParam("file")
                    String file,
            @Parameter(description = BOM) @QueryParam("bom") @DefaultValue("false") String bom,
            @Context HttpHeaders headers,
            @Context io.vertx.core.http.HttpServerRequest http) {
        Snapshot snapshot = snapshot(id);
        RatingTable table = named(RatingTable.values(), file);
        FileFormat format = format(file, table);
        boolean excel = excel(bom, format);
        return download(
                new EntityTag(OpenDataService.tag(snapshot, file, excel), !format.deterministic()),
                snapshot.createdAt().toInstant(),
                format,
                "rating-" + snapshot.period() + "-r" + snapshot.revision() + "-" + file,
                out -> service.write(snapshot, table, format, excel, out),
                headers,
                http);
    }

    @GET
    @Path("/training-effect/{id}/datapackage.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The Frictionless Data Package descriptor of a published campaign's training effect in its latest"
                    + " frozen revision: the accounts it was computed from and the figures, with table schemas, sizes"
                    + " and SHA-256, the licence and the source. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The descriptor",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DataPackage.class)))
    public Response effectDataPackage(
            @PathParam("id") UUID id,
            @Context HttpHeaders headers,
            @Context io.vertx.core.http.HttpServerRequest http) {
        return effectDescriptor(effects.current(id), headers, http);
    }

    @GET
    @Path("/training-effect/{id}/files/{file}")
    @Produces({"text/csv", "application/x-ndjson", FileFormatTypes.XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "A table of a published campaign's training effect in its latest frozen revision, as CSV, NDJSON"
                    + " or XLSX: accounts (what the effect used of each evaluated account) or figures (per comparison,"
                    + " group and measure the count and the value). Licence CC BY 4.0 (Link header). Anyone.")
    public Response effectFile(
            @PathParam("id") UUID id,
            @BeanParam EffectFile file,
            @Context HttpHeaders headers,
            @Context io.vertx.core.http.HttpServerRequest http) {
        return effectDownload(effects.current(id), file, headers, http);
    }

    @GET
    @Path("/training-effect/{id}/revisions/{revision}/datapackage.json")
    @Immutable("effect-revision-immutable")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The Frictionless Data Package descriptor of one revision of a campaign's training effect, as"
                    + " it was published; never changes. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The descriptor",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DataPackage.class)))
    public Response effectRevisionDataPackage(
            @PathParam("id") UUID id,
            @PathParam("revision") int revision,
            @Context HttpHeaders headers,
            @Context io.vertx.core.http.HttpServerRequest http) {
        return effectDescriptor(effects.revision(id, revision), headers, http);
    }

    @GET
    @Path("/training-effect/{id}/revisions/{revision}/files/{file}")
    @Immutable("effect-revision-immutable")
    @Produces({"text/csv", "application/x-ndjson", FileFormatTypes.XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "A table of one revision of a campaign's training effect (accounts or figures) as CSV, NDJSON or"
                    + " XLSX, as it was published; never changes. Licence CC BY 4.0 (Link header). Anyone.")
    public Response effectRevisionFile(
            @PathParam("id") UUID id,
            @PathParam("revision") int revision,
            @BeanParam EffectFile file,
            @Context HttpHeaders headers,
            @Context io.vertx.core.http.HttpServerRequest http) {
        return effectDownload(effects.revision(id, revision), file, headers, http);
    }

    private static final String BOM =
            "CSV only: a byte-order mark and formula-safe text for Excel (not the published bytes)";

    private Response effectDescriptor(
            Revision revision, HttpHeaders headers, io.vertx.core.http.HttpServerRequest http) {
        return descriptor(
                new EntityTag(EffectData.tag(revision, "datapackage.json", false)),
                revision.createdAt().toInstant(),
                () -> effects.dataPackage(revision),
                headers,
                http);
    }

    /**
     * The file of a training effect asked for (the latest revision's or a given one's: the same tables), and whether
     * as Excel's CSV.
     */
    public static class EffectFile {
        @Parameter(
                description = "The file",
                schema =
                        @Schema(
                                type = SchemaType.STRING,
                                enumeration = {
                                    "accounts.csv",
                                    "accounts.ndjson",
                                    "accounts.xlsx",
                                    "figures.csv",
                                    "figures.ndjson",
                                    "figures.xlsx"
                                }))
        @PathParam("file")
        public String name;

        @Parameter(description = BOM)
        @QueryParam("bom")
        @DefaultValue("false")
        public String bom;
    }

    private Response effectDownload(
            Revision revision, EffectFile asked, HttpHeaders headers, io.vertx.core.http.HttpServerRequest http) {
        String file = asked.name;
        String bom = asked.bom;
        EffectTable table = named(EffectTable.values(), file);
        FileFormat format = format(file, table);
        boolean excel = excel(bom, format);
        return download(
                new EntityTag(EffectData.tag(revision, file, excel), !format.deterministic()),
                revision.createdAt().toInstant(),
                format,
                "training-effect-" + revision.computation().figures().period() + "-r" + revision.revision() + "-"
                        + file,
                out -> effects.write(revision, table, format, excel, out),
                headers,
                http);
    }

    private Snapshot snapshot(UUID id) {
        return service.snapshot(id).orElseThrow(() -> ProblemException.notFound("entity.rating-snapshot", id));
    }

    private Campaign published(UUID id) {
        return service.campaign(id).orElseThrow(() -> ProblemException.notFound("opendata.entity.campaign", id));
    }

    /** The table a file's name names before its extension; {@code null} when none does. */
    private static <T extends Table> T named(T[] tables, String file) {
        int dot = file.lastIndexOf('.');
        for (T table : tables) {
            if (dot > 0 && table.tableName().equals(file.substring(0, dot))) {
                return table;
            }
        }
        return null;
    }

    /** Media types named in annotations (constants). */
    static final class FileFormatTypes {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        private FileFormatTypes() {}
    }

    /** The format named by a file's extension; 404 when the file's table ({@code null}: unknown) or format is not served. */
    private static FileFormat format(String file, Object table) {
        int dot = file.lastIndexOf('.');
        FileFormat format =
                dot < 0 ? null : FileFormat.ofExtension(file.substring(dot + 1)).orElse(null);
        if (table == null || format == null) {
            throw ProblemException.notFound("opendata.entity.file", file);
        }
        return format;
    }

    /** Whether {@code bom=true} asks for Excel's flavour of CSV; 400 naming {@code bom} for anything but true/false. */
    private static boolean excel(String bom, FileFormat format) {
        if (!"true".equals(bom) && !"false".equals(bom)) {
            throw ProblemException.invalidField("bom", "invalid-value.field");
        }
        return "true".equals(bom) && format == FileFormat.CSV;
    }

    /** A data package descriptor: 304 when the caller holds it, else built (within the export limits) with the licence. */
    private Response descriptor(
            EntityTag tag,
            Instant modified,
            java.util.function.Supplier<DataPackage> build,
            HttpHeaders headers,
            io.vertx.core.http.HttpServerRequest http) {
        Optional<Response> current = Conditional.notModified(headers, tag, modified);
        if (current.isPresent()) {
            return current.get();
        }
        DataPackage descriptor;
        try (ExpensiveWork.Slot slot = work.acquire(ClientAddress.of(http))) {
            descriptor = build.get();
        }
        return Conditional.validators(Response.ok(descriptor, MediaType.APPLICATION_JSON_TYPE), tag, modified)
                .header("Link", LICENSE_LINK)
                .build();
    }

    /** A published file: 304 when the caller holds it, else streamed (within the export limits) with the licence. */
    private Response download(
            EntityTag tag,
            Instant modified,
            FileFormat format,
            String name,
            StreamingOutput writer,
            HttpHeaders headers,
            io.vertx.core.http.HttpServerRequest http) {
        Optional<Response> current = Conditional.notModified(headers, tag, modified);
        if (current.isPresent()) {
            return current.get();
        }
        StreamingOutput body = work.limited(ClientAddress.of(http), writer);
        return Conditional.validators(Response.ok(body, format.mediaType()), tag, modified)
                .header("Link", LICENSE_LINK)
                .header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"")
                .build();
    }
}
