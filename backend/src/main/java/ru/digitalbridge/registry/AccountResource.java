package ru.digitalbridge.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.Messages;
import ru.digitalbridge.common.paging.NextLink;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.common.paging.SyncQuery;
import ru.digitalbridge.common.web.Conditional;
import ru.digitalbridge.common.web.OpenLicense;

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {
    private final AccountService accounts;
    private final ImportService imports;
    private final ExportService exports;
    private final ru.digitalbridge.common.web.ExpensiveWork work;

    AccountResource(
            AccountService accounts,
            ImportService imports,
            ExportService exports,
            ru.digitalbridge.common.web.ExpensiveWork work) {
        this.accounts = accounts;
        this.imports = imports;
        this.exports = exports;
        this.work = work;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Search and filter accounts; each row carries its organization and municipality. For machines,"
                    + " page by cursor (after=, next) in order of change and sync incrementally (updatedSince=)."
                    + " Anyone.")
    public PageResponse<AccountResponse> list(
            @Parameter(description = "Words of the account's or organization's name; typos are tolerated")
                    @QueryParam("q")
                    String q,
            @Parameter(description = "Municipality id") @QueryParam("municipality") String municipality,
            @Parameter(schema = @Schema(implementation = Sector.class)) @QueryParam("sector") String sector,
            @Parameter(schema = @Schema(implementation = OrganizationKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = Platform.class)) @QueryParam("platform") String platform,
            @Parameter(schema = @Schema(implementation = RecordStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Organization id") @QueryParam("organization") String organization,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("official") String official,
            @Parameter(
                            description =
                                    "name, -name, updatedAt, -updatedAt or relevance (default: name; matches found only by typo tolerance are ranked by similarity)")
                    @QueryParam("sort")
                    String sort,
            @Valid @BeanParam PageQuery page,
            @BeanParam SyncQuery sync,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        var changes = sync.parse(sort, "updatedAt".equals(sort == null ? null : sort.strip()), page.page);
        return accounts.list(
                ListParams.accounts(
                        q, municipality, sector, kind, platform, status, organization, official, sort, changes),
                page,
                cursor -> NextLink.of(uri, cursor));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One account. Anyone.")
    public AccountResponse get(@PathParam("id") UUID id) {
        return accounts.get(id);
    }

    @POST
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add an account; a URL already in the registry is refused with 409 naming its account. "
                    + "Administrators and coordinators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "422")
    @APIResponse(responseCode = "409")
    public Response create(@Valid @NotNull CreateAccountRequest request, UriInfo uri) {
        AccountResponse created = accounts.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account (optimistic locking on version). Administrators and coordinators.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "422")
    public AccountResponse update(@PathParam("id") UUID id, @Valid @NotNull UpdateAccountRequest request) {
        return accounts.update(id, request);
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Archive an account. Administrators and coordinators.")
    public AccountResponse archive(@PathParam("id") UUID id, @Valid @NotNull VersionRequest request) {
        return accounts.archive(id, request.version());
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bring an archived account back. Administrators and coordinators.")
    public AccountResponse restore(@PathParam("id") UUID id, @Valid @NotNull VersionRequest request) {
        return accounts.restore(id, request.version());
    }

    @GET
    @Path("/export")
    @PermitAll
    @Produces({"text/csv", ImportTable.XLSX_TYPE, "application/x-ndjson", MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "The filtered list as CSV or XLSX in the import's layout, or as NDJSON records; streamed. Anyone.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(
            responseCode = "429",
            description = "Too many exports running for this client or on this instance; see Retry-After")
    public Response export(
            @Parameter(description = "csv (default), xlsx, or ndjson (one JSON record per line, for machines)")
                    @QueryParam("format")
                    String format,
            @QueryParam("q") String q,
            @QueryParam("municipality") String municipality,
            @QueryParam("sector") String sector,
            @QueryParam("kind") String kind,
            @QueryParam("platform") String platform,
            @QueryParam("status") String status,
            @QueryParam("organization") String organization,
            @QueryParam("official") String official,
            @QueryParam("sort") String sort,
            HttpHeaders headers,
            @jakarta.ws.rs.core.Context UriInfo uri,
            @jakarta.ws.rs.core.Context io.vertx.core.http.HttpServerRequest http) {
        ExportFormat type = ListParams.format(format);
        var filter = ListParams.accounts(q, municipality, sector, kind, platform, status, organization, official, sort);
        var locale = Messages.pick(headers);
        var version = exports.version(uri.getRequestUri().getRawQuery(), locale);
        var current = Conditional.notModified(headers, version.tag(), version.lastModified());
        if (current.isPresent()) {
            return current.get();
        }
        var body = work.limited(
                ru.digitalbridge.common.web.ClientAddress.of(http), exports.accounts(filter, type, locale));
        return Conditional.validators(Response.ok(body, type.mediaType()), version.tag(), version.lastModified())
                .header("Link", OpenLicense.LINK)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ExportService.fileName("accounts", type) + "\"")
                .build();
    }

    @POST
    @Path("/import")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes({
        ImportUpload.CSV,
        ImportUpload.XLSX,
        ImportUpload.ODS,
        ImportUpload.EXCEL_LEGACY,
        ImportUpload.OCTET_STREAM
    })
    @Operation(
            summary =
                    "Create or update accounts (by record id, else externalId, else normalised URL) from a CSV, XLSX or ODS (OpenDocument) file, "
                            + "at most 10 MB. Nothing is written on a dry run or when any row has an error. "
                            + "Administrators and coordinators.")
    @RequestBody(
            content = {
                @Content(mediaType = ImportUpload.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ImportUpload.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ImportUpload.ODS, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public ImportReport importFile(
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(
                            description = "The workbook sheet to read: its name or 1-based number. Default: the first "
                                    + "sheet with a header row. The report lists the sheets.")
                    @QueryParam("sheet")
                    String sheet,
            InputStream file,
            HttpHeaders headers) {
        return imports.importAccounts(ImportUpload.read(file), dryRun, sheet, Messages.pick(headers));
    }
}
