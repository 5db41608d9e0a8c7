package ru.digitalbridge.certificate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A certificate as staff see it: the public fields, the verification code, the links to training and the notice's
 * address. Date of birth, СНИЛС and education level only for administrators (null for trainers).
 */
public record CertificateResponse(
        UUID id,
        String number,
        String code,
        CertificateStatus status,
        String surname,
        String givenName,
        @Schema(nullable = true) String patronymic,
        String fullName,
        String programmeTitle,
        @Schema(nullable = true) String programmeVersion,
        int hours,
        LocalDate studyStart,
        LocalDate studyEnd,
        LocalDate issueDate,
        PublicCertificate.Issuer issuer,
        @Schema(nullable = true) LocalDate revokedOn,
        @Schema(nullable = true) String revocationReason,
        @Schema(nullable = true) UUID replacesId,
        @Schema(nullable = true) String replacesNumber,
        @Schema(nullable = true) String replacedByNumber,
        @Schema(nullable = true) UUID enrolmentId,
        @Schema(nullable = true) UUID cohortId,
        @Schema(nullable = true) String email,
        String language,

        @Schema(nullable = true, description = "Administrators only")
        LocalDate birthDate,

        @Schema(nullable = true, description = "Administrators only")
        String snils,

        @Schema(nullable = true, description = "Administrators only")
        String educationLevel,

        String pdfSha256,
        OffsetDateTime pdfGeneratedAt,
        String verifyUrl,
        OffsetDateTime createdAt) {

    static CertificateResponse of(Certificate c, String baseUrl, boolean personal) {
        return new CertificateResponse(
                c.id(),
                c.number(),
                c.code(),
                c.status(),
                c.surname(),
                c.givenName(),
                c.patronymic(),
                c.fullName(),
                c.programmeTitle(),
                c.programmeVersion(),
                c.hours(),
                c.studyStart(),
                c.studyEnd(),
                c.issueDate(),
                new PublicCertificate.Issuer(c.issuerName(), c.issuerInn(), c.licenceNumber(), c.licenceDate()),
                c.revokedOn(),
                c.revocationReason(),
                c.replacesId(),
                c.replacesNumber(),
                c.replacedByNumber(),
                c.enrolmentId(),
                c.cohortId(),
                c.email(),
                c.language(),
                personal ? c.birthDate() : null,
                personal ? c.snils() : null,
                personal ? c.educationLevel() : null,
                c.pdfSha256(),
                c.pdfGeneratedAt(),
                PublicCertificate.verifyUrl(baseUrl, c.code()),
                c.createdAt());
    }
}
