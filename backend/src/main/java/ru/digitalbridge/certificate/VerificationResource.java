package ru.digitalbridge.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.web.Conditional;

/**
 * Public verification of a certificate by the code in its QR code, without signing in: the public fields, the PDF
 * and the signed Open Badges credential. An unknown code is a 404 through the same single query as a known one. The
 * codes carry 100 random bits, so guessing is hopeless even without a limit; a per-address rate limit belongs in
 * front (the proxy), as for every anonymous read.
 */
@Path("/api/v1/verifications")
@Tag(name = "Certificates")
public class VerificationResource {
    static final String PDF = CertificateResource.PDF;
    static final String JWT = CertificateResource.JWT;

    private final CertificateService certificates;
    private final VerificationCache cache;

    VerificationResource(CertificateService certificates, VerificationCache cache) {
        this.certificates = certificates;
        this.cache = cache;
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Verify a certificate by the code in its QR code: every public field, the status and, when"
                    + " revoked, the date and reason. No personal data beyond the name as issued. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate",
            content = @Content(schema = @Schema(implementation = PublicCertificate.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No certificate has this code")
    public Response verify(@PathParam("code") String code, @Context HttpHeaders headers) {
        VerificationCache.Entry found = cache.get(code, certificates);
        Optional<Response> current = Conditional.notModified(headers, found.tag(), found.modified());
        if (current.isPresent()) {
            return current.get();
        }
        return Conditional.validators(
                        Response.ok(found.json(), MediaType.APPLICATION_JSON_TYPE), found.tag(), found.modified())
                .build();
    }

    @GET
    @Path("/{code}/pdf")
    @PermitAll
    @Produces(PDF)
    @Operation(
            summary = "The PDF of the certificate with this code, as frozen at issue; stamped «ОТОЗВАН / REVOKED»"
                    + " with the date and reason when revoked. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response publicPdf(@PathParam("code") String code, @Context HttpHeaders headers) {
        Certificate c = certificates.byCode(code);
        EntityTag tag = new EntityTag(CertificateIssuer.sha256(c.pdfSha256() + "|" + c.status() + "|" + c.revokedOn())
                .substring(0, 32));
        Instant modified = c.updatedAt().toInstant();
        Optional<Response> current = Conditional.notModified(headers, tag, modified);
        if (current.isPresent()) {
            return current.get();
        }
        return Conditional.validators(Response.ok(certificates.pdf(c), PDF), tag, modified)
                .header("Content-Disposition", "inline; filename=\"" + CertificateResource.ascii(c.number()) + ".pdf\"")
                .build();
    }

    @GET
    @Path("/{code}/credential")
    @PermitAll
    @Produces(JWT)
    @Operation(
            summary = "The certificate as an Open Badges 3.0 credential signed as a VC-JWT (ES256) with the key"
                    + " published at /.well-known/jwks.json; credentialStatus points at the revocation list. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The compact JWS",
            content = @Content(mediaType = JWT, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response credential(@PathParam("code") String code, @Context HttpHeaders headers) {
        Certificate c = certificates.byCode(code);
        String jwt = certificates.credential(c);
        EntityTag tag = new EntityTag(CertificateIssuer.sha256(jwt).substring(0, 32));
        Instant modified = c.updatedAt().toInstant();
        Optional<Response> current = Conditional.notModified(headers, tag, modified);
        if (current.isPresent()) {
            return current.get();
        }
        return Conditional.validators(Response.ok(jwt, JWT), tag, modified)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + CertificateResource.ascii(c.number()) + ".jwt\"")
                .build();
    }
}
