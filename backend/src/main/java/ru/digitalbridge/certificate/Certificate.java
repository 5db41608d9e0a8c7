package ru.digitalbridge.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A certificate row as stored: the frozen fields, without the PDF's bytes. */
record Certificate(
        UUID id,
        long version,
        String number,
        String series,
        int year,
        int seq,
        String code,
        UUID enrolmentId,
        UUID cohortId,
        String surname,
        String givenName,
        String patronymic,
        String email,
        String language,
        LocalDate birthDate,
        String snils,
        String educationLevel,
        String programmeTitle,
        String programmeVersion,
        int hours,
        LocalDate studyStart,
        LocalDate studyEnd,
        LocalDate issueDate,
        String issuerName,
        String issuerInn,
        String licenceNumber,
        LocalDate licenceDate,
        CertificateStatus status,
        LocalDate revokedOn,
        String revocationReason,
        UUID replacesId,
        String replacesNumber,
        String replacedByNumber,
        String pdfSha256,
        OffsetDateTime pdfGeneratedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Every column but the PDF, with the numbers of the certificate it replaces and of the one that replaced it. */
    static final String SELECT = """
            select c.id, c.version, c.number, c.series, c.year, c.seq, c.verify_code, c.enrolment_id, c.cohort_id,
                   c.surname, c.given_name, c.patronymic, c.email, c.language, c.birth_date, c.snils,
                   c.education_level, c.programme_title, c.programme_version, c.hours, c.study_start, c.study_end,
                   c.issue_date, c.issuer_name, c.issuer_inn, c.licence_number, c.licence_date, c.status, c.revoked_on,
                   c.revocation_reason, c.replaces_id, r.number,
                   (select n.number from certificate n where n.replaces_id = c.id order by n.created_at limit 1),
                   c.pdf_sha256, c.pdf_generated_at, c.created_at, c.updated_at
              from certificate c left join certificate r on r.id = c.replaces_id
            """;

    static Certificate read(ResultSet rs) throws SQLException {
        int i = 1;
        return new Certificate(
                rs.getObject(i++, UUID.class),
                rs.getLong(i++),
                rs.getString(i++),
                rs.getString(i++),
                rs.getInt(i++),
                rs.getInt(i++),
                rs.getString(i++),
                rs.getObject(i++, UUID.class),
                rs.getObject(i++, UUID.class),
                rs.getString(i++),
                rs.getString(i++),
                rs.getString(i++),
                rs.getString(i++),
                rs.getString(i++),
                rs.getObject(i++, LocalDate.class),
                rs.getString(i++),
                rs.getString(i++),
                rs.getString(i++),
                rs.getString(i++),
                rs.getInt(i++),
                rs.getObject(i++, LocalDate.class),
                rs.getObject(i++, LocalDate.class),
                rs.getObject(i++, LocalDate.class),
                rs.getString(i++),
                rs.getString(i++),
                rs.getString(i++),
                rs.getObject(i++, LocalDate.class),
                CertificateStatus.valueOf(rs.getString(i++)),
                rs.getObject(i++, LocalDate.class),
                rs.getString(i++),
                rs.getObject(i++, UUID.class),
                rs.getString(i++),
                rs.getString(i++),
                rs.getString(i++),
                rs.getObject(i++, OffsetDateTime.class),
                rs.getObject(i++, OffsetDateTime.class),
                rs.getObject(i, OffsetDateTime.class));
    }

    String fullName() {
        return patronymic == null || patronymic.isBlank()
                ? surname + " " + givenName
                : surname + " " + givenName + " " + patronymic;
    }

    /** The register's form: surname and initials, «Иванова А. П.». */
    String shortName() {
        StringBuilder name = new StringBuilder(surname)
                .append(' ')
                .append(givenName.charAt(0))
                .append('.');
        if (patronymic != null && !patronymic.isBlank()) {
            name.append(' ').append(patronymic.charAt(0)).append('.');
        }
        return name.toString();
    }

    IssueCommand command() {
        return new IssueCommand(
                enrolmentId,
                cohortId,
                surname,
                givenName,
                patronymic,
                email,
                language,
                programmeTitle,
                programmeVersion,
                hours,
                studyStart,
                studyEnd,
                issueDate,
                issuerName,
                issuerInn,
                licenceNumber,
                licenceDate,
                birthDate,
                snils,
                educationLevel);
    }
}
