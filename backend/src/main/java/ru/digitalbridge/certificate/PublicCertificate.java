package ru.digitalbridge.certificate;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What anyone holding the verification code may read: every field printed on the document, its status and, when
 * revoked, the date and reason. Never the e-mail, date of birth, СНИЛС or any id.
 */
public record PublicCertificate(
        @Schema(description = "Registration number, e.g. ЦМ-2023-000123")
        String number,

        CertificateStatus status,

        @Schema(description = "The learner's name as issued")
        String fullName,

        String programmeTitle,
        @Schema(nullable = true) String programmeVersion,
        int hours,
        LocalDate studyStart,
        LocalDate studyEnd,
        LocalDate issueDate,
        Issuer issuer,
        @Schema(nullable = true) LocalDate revokedOn,
        @Schema(nullable = true) String revocationReason,

        @Schema(nullable = true, description = "The number of the certificate this one replaces (a reissue)")
        String replacesNumber,

        @Schema(nullable = true, description = "The number of the certificate that replaced this one")
        String replacedByNumber,

        @Schema(description = "SHA-256 (hex) of the PDF frozen at issue")
        String pdfSha256,

        String verifyUrl,

        @Schema(description = "The PDF (stamped when revoked)")
        String pdfUrl,

        @Schema(description = "The Open Badges 3.0 credential, signed (VC-JWT)")
        String credentialUrl) {

    /** The issuing organisation as printed. */
    public record Issuer(String name, String inn, String licenceNumber, LocalDate licenceDate) {}

    static PublicCertificate of(Certificate c, String baseUrl) {
        String api = "/api/v1/verifications/" + c.code();
        return new PublicCertificate(
                c.number(),
                c.status(),
                c.fullName(),
                c.programmeTitle(),
                c.programmeVersion(),
                c.hours(),
                c.studyStart(),
                c.studyEnd(),
                c.issueDate(),
                new Issuer(c.issuerName(), c.issuerInn(), c.licenceNumber(), c.licenceDate()),
                c.revokedOn(),
                c.revocationReason(),
                c.replacesNumber(),
                c.replacedByNumber(),
                c.pdfSha256(),
                verifyUrl(baseUrl, c.code()),
                api + "/pdf",
                api + "/credential");
    }

    static String verifyUrl(String baseUrl, String code) {
        return baseUrl + "/verify/" + code;
    }
}
