package ru.digitalbridge.certificate;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A line of the public register: the name as surname and initials, the programme, the number, the dates and the
 * status. No verification code (it would lead from the register to the full name) and no personal data.
 */
public record RegisterEntry(
        String number,

        @Schema(description = "Surname and initials, e.g. Иванова А. П.")
        String name,

        String programmeTitle,
        int hours,
        LocalDate studyStart,
        LocalDate studyEnd,
        LocalDate issueDate,
        String issuerName,
        CertificateStatus status,
        @Schema(nullable = true) LocalDate revokedOn,

        @Schema(nullable = true, description = "The number of the certificate this one replaces")
        String replacesNumber) {}
