package ru.digitalbridge.certificate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything a certificate freezes at issue: who (the learner's name as it is to be printed), what (the programme,
 * its version and hours, the dates of study), who issues it (the organisation's name, INN and education licence),
 * where the notice goes, and the data the federal register of education documents (ФИС ФРДО) needs. Training builds
 * one from an enrolment; {@code POST /api/v1/certificates} takes one to register a document directly.
 */
@Schema(name = "IssueCertificateRequest")
public record IssueCommand(
        @Schema(nullable = true, description = "The training enrolment it completes, when issued from one")
        UUID enrolmentId,

        @Schema(nullable = true, description = "The cohort, for the bulk archive of a cohort")
        UUID cohortId,

        @NotBlank @Size(max = 100) String surname,
        @NotBlank @Size(max = 100) String givenName,

        @Schema(nullable = true) @Size(max = 100) String patronymic,

        @Schema(nullable = true, description = "Where the notice of issue goes; personal, never public")
        @Email
        @Size(max = 254)
        String email,

        @Schema(nullable = true, description = "The notice's language: ru (default) or en") @Pattern(regexp = "ru|en")
        String language,

        @NotBlank @Size(max = 500) String programmeTitle,

        @Schema(nullable = true) @Size(max = 50) String programmeVersion,

        @Schema(description = "Hours of the programme; at least 16 for повышение квалификации")
        @NotNull
        @Min(16)
        @Max(9999)
        Integer hours,

        @NotNull LocalDate studyStart,
        @NotNull LocalDate studyEnd,

        @Schema(
                nullable = true,
                description = "The date of issue; today when absent (an earlier date registers an" + " older document)")
        LocalDate issueDate,

        @NotBlank @Size(max = 500) String issuerName,

        @NotBlank @Pattern(regexp = "\\d{10}|\\d{12}") String issuerInn,

        @NotBlank @Size(max = 100) String licenceNumber,
        @NotNull LocalDate licenceDate,

        @Schema(nullable = true, description = "For ФИС ФРДО; personal, admins only") @Past
        LocalDate birthDate,

        @Schema(
                nullable = true,
                description = "СНИЛС (checksum checked) for ФИС ФРДО; personal, admins only",
                example = "112-233-445 95")
        @Pattern(regexp = "\\d{3}-?\\d{3}-?\\d{3}[ -]?\\d{2}")
        String snils,

        @Schema(nullable = true, description = "Education level for ФИС ФРДО (ВО or СПО); personal, admins only")
        @Pattern(regexp = "ВО|СПО")
        String educationLevel) {

    /** The same command with another name (a reissue after a name correction). */
    IssueCommand renamed(String newSurname, String newGivenName, String newPatronymic, LocalDate newIssueDate) {
        return new IssueCommand(
                enrolmentId,
                cohortId,
                newSurname,
                newGivenName,
                newPatronymic,
                email,
                language,
                programmeTitle,
                programmeVersion,
                hours,
                studyStart,
                studyEnd,
                newIssueDate,
                issuerName,
                issuerInn,
                licenceNumber,
                licenceDate,
                birthDate,
                snils,
                educationLevel);
    }
}
