package ru.digitalbridge.certificate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.common.web.Conditional;
import ru.digitalbridge.common.web.OpenLicense;

/**
 * Certificates: issuing and managing them (staff), verifying them and reading the register (anyone), a learner's own.
 * Every method states who may call it.
 */
@Path("/api/v1/certificates")
@Tag(name = "Certificates")
public class CertificateResource {
    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";
    static final String JWT = "application/jwt";
    static final String CSV = "text/csv; charset=UTF-8";
    static final String NDJSON = "application/x-ndjson";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CertificateIssuer issuer;
    private final CertificateService certificates;
    private final CertificateFiles files;
    private final SecurityIdentity identity;
    private final VerificationCache verifications;

    CertificateResource(
            CertificateIssuer issuer,
            CertificateService certificates,
            CertificateFiles files,
            SecurityIdentity identity,
            VerificationCache verifications) {
        this.verifications = verifications;
        this.issuer = issuer;
        this.certificates = certificates;
        this.files = files;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a certificate from the fields it freezes (a document issued before the platform):"
                    + " a gap-free number of the issue year, the PDF with its QR code, the notice to the learner's"
                    + " e-mail. ADMIN only: a trainer issues through POST /api/v1/training/cohorts/{id}/certificates,"
                    + " where every field is taken from the records of a completed enrolment of their own cohort.")
    @APIResponse(
            responseCode = "201",
            description = "Issued",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    public Response issue(@Valid @NotNull IssueCommand command) {
        CertificateResponse issued = certificates.get(issuer.issue(command).id(), admin());
        return Response.created(URI.create("/api/v1/certificates/" + issued.id()))
                .entity(issued)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @RolesAllowed({"ADMIN", "TRAINER"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Certificates, newest first, by year of issue, status, cohort or a name or number; date of"
                            + " birth and СНИЛС for ADMIN only. ADMIN, or a TRAINER for the cohorts they train (another cohort: 403).")
    public PageResponse<CertificateResponse> list(
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("status") CertificateStatus status,
            @QueryParam("cohort") UUID cohort,
            @Parameter(description = "Part of the name or the number") @QueryParam("q") @Size(max = 200) String q,
            @Valid @BeanParam PageQuery page) {
        UUID trainer = trainerScope();
        if (trainer != null && cohort != null && !certificates.trains(trainer, cohort)) {
            throw new ProblemException(403, "training-forbidden");
        }
        return certificates.list(year, status, cohort, q, page, admin(), trainer);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "TRAINER"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "One certificate; date of birth and СНИЛС for ADMIN only. ADMIN, or a TRAINER for a certificate of a cohort they train (else 403).")
    public CertificateResponse get(@PathParam("id") UUID id) {
        requireOwn(certificates.find(id));
        return certificates.get(id, admin());
    }

    @GET
    @Path("/{id}/pdf")
    @RolesAllowed({"ADMIN", "TRAINER"})
    @Produces(PDF)
    @Operation(
            summary =
                    "The certificate's PDF as frozen at issue (stamped when revoked). ADMIN, or a TRAINER for a certificate of a cohort they train (else 403).")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id) {
        Certificate c = certificates.find(id);
        requireOwn(c);
        return Response.ok(certificates.pdf(c), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + ascii(c.number()) + ".pdf\"")
                .build();
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Revoke a certificate with a date and a reason, both shown on the public verify page; it stays"
                    + " in the register as revoked. ADMIN.")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "409", description = "Already revoked")
    public CertificateResponse revoke(@PathParam("id") UUID id, @Valid @NotNull RevokeRequest request) {
        CertificateResponse revoked = issuer.revoke(id, request);
        verifications.changed();
        return revoked;
    }

    @POST
    @Path("/{id}/reissue")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Reissue after a name correction: the old certificate is revoked with the reason, a new one"
                    + " with a new number names it. ADMIN.")
    @APIResponse(
            responseCode = "201",
            description = "The new certificate",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "409", description = "The certificate is revoked already")
    public Response reissue(@PathParam("id") UUID id, @Valid @NotNull ReissueRequest request) {
        CertificateResponse issued =
                certificates.get(issuer.reissue(id, request).id(), admin());
        verifications.changed();
        return Response.created(URI.create("/api/v1/certificates/" + issued.id()))
                .entity(issued)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @POST
    @Path("/{id}/regenerate")
    @RolesAllowed("ADMIN")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Render the PDF again from the frozen fields and store it with its new SHA-256; the audit log"
                    + " keeps both hashes. ADMIN.")
    public CertificateResponse regenerate(@PathParam("id") UUID id) {
        CertificateResponse regenerated = issuer.regenerate(id);
        verifications.changed();
        return regenerated;
    }

    @GET
    @Path("/archive")
    @RolesAllowed({"ADMIN", "TRAINER"})
    @Produces(ZIP)
    @Operation(
            summary = "A ZIP of certificates' PDFs (revoked ones stamped), by year of issue, cohort or enrolments; at"
                    + " least one of them. ADMIN, or a TRAINER for the cohorts they train (another cohort: 403).")
    @APIResponse(
            responseCode = "200",
            description = "The ZIP",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response archive(
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("cohort") UUID cohort,
            @Parameter(description = "Enrolment ids (repeat the parameter)") @QueryParam("enrolment") @Size(max = 1000)
                    List<UUID> enrolments) {
        if (year == null && cohort == null && (enrolments == null || enrolments.isEmpty())) {
            throw ProblemException.invalidField("year", "certificate.archive.selection");
        }
        UUID trainer = trainerScope();
        if (trainer != null && cohort != null && !certificates.trains(trainer, cohort)) {
            throw new ProblemException(403, "training-forbidden");
        }
        List<UUID> ids = files.selection(year, cohort, enrolments, trainer);
        StreamingOutput body = out -> files.zip(ids, out);
        String name = "certificates" + (year == null ? "" : "-" + year) + ".zip";
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @GET
    @Path("/frdo")
    @RolesAllowed("ADMIN")
    @Produces(XLSX)
    @Operation(
            summary = "Issued documents for the federal register ФИС ФРДО (additional professional education) as"
                    + " XLSX, with the personal data it requires. ADMIN.")
    @APIResponse(
            responseCode = "200",
            description = "The spreadsheet",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response frdo(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        StreamingOutput body = out -> files.frdo(year, out);
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"frdo" + (year == null ? "" : "-" + year) + ".xlsx\"")
                .build();
    }

    @GET
    @Path("/mine")
    @io.quarkus.security.Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The signed-in learner's certificates (issued to their e-mail address), with links to verify"
                    + " and download them. Any signed-in user (learners; staff who took the course).")
    public List<PublicCertificate> mine() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            return List.of();
        }
        return certificates.mine(UUID.fromString(token.getSubject()));
    }

    @GET
    @Path("/revocation-list")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The 1EdTech revocation list of the Open Badges credentials: every revoked certificate's"
                    + " credential id and reason. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The list",
            content = @Content(schema = @Schema(implementation = RevocationList.class)))
    public Response revocationList() {
        return Response.ok(certificates.revocationList(), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** The shape of the revocation list, for the contract. */
    @Schema(name = "RevocationList")
    record RevocationList(String id, List<RevokedCredential> revokedCredentials) {
        record RevokedCredential(String id, String revocationReason) {}
    }

    @GET
    @Path("/register")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The public register of issued and revoked certificates: number, surname and initials,"
                    + " programme, dates, status. Licence CC BY 4.0. Anyone.")
    public PageResponse<RegisterEntry> register(
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Part of the number, surname or programme") @QueryParam("q") @Size(max = 200)
                    String q,
            @Valid @BeanParam PageQuery page) {
        return certificates.register(year, q, page);
    }

    @GET
    @Path("/register/export")
    @PermitAll
    @Produces({"text/csv", NDJSON, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "The whole public register as an open dataset, CSV (RFC 4180, UTF-8) or NDJSON, streamed;"
                    + " licence CC BY 4.0 (Link header). Anyone.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response registerExport(
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
        boolean csv = "csv".equals(format);
        Instant modified = certificates.lastChange().orElseThrow().toInstant();
        EntityTag tag = new EntityTag(
                CertificateIssuer.sha256("register|" + format + "|" + modified).substring(0, 32));
        Optional<Response> current = Conditional.notModified(headers, tag, modified);
        if (current.isPresent()) {
            return current.get();
        }
        StreamingOutput body = out -> files.register(csv, out);
        return Conditional.validators(Response.ok(body, csv ? CSV : NDJSON), tag, modified)
                .header("Link", OpenLicense.LINK)
                .header("Content-Disposition", "attachment; filename=\"certificates." + format + "\"")
                .build();
    }

    /**
     * A trainer (not an administrator) sees only the certificates of the cohorts they train: their user id bounds
     * the lists, and one certificate of another cohort is a 403. Null for administrators, who see every one.
     */
    private UUID trainerScope() {
        if (admin()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            try {
                return UUID.fromString(token.getSubject());
            } catch (IllegalArgumentException notAUser) {
                // a caller that is no user trains no cohort
            }
        }
        return new UUID(0, 0);
    }

    private void requireOwn(Certificate c) {
        UUID trainer = trainerScope();
        if (trainer != null && (c.cohortId() == null || !certificates.trains(trainer, c.cohortId()))) {
            throw new ProblemException(403, "training-forbidden");
        }
    }

    private boolean admin() {
        return identity.hasRole("ADMIN");
    }

    /** A file name without the Cyrillic series (Content-Disposition's filename is ASCII). */
    static String ascii(String number) {
        return "certificate-" + number.replaceAll("[^0-9A-Za-z-]", "");
    }
}
