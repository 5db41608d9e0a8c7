package ru.digitalbridge.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.notification.MailConfig;
import ru.digitalbridge.notification.Notifications;
import ru.digitalbridge.training.Snils;

/**
 * Issues certificates, and revokes, reissues and regenerates them: the one place that writes the {@code certificate}
 * table. Training calls {@link #issue} when an enrolment's completion is met; staff call it over HTTP to register a
 * document directly.
 *
 * <p>Numbering: the issuing transaction increments the counter row of its series and year ({@code insert … on
 * conflict do update … returning}), which holds that row's lock until commit; a second issue of the same year waits
 * for it. A transaction that fails rolls its increment back with it, so numbers are gap-free and never repeat. The
 * PDF is rendered in the same transaction (it prints the number), which bounds issues per second by rendering time.
 */
@ApplicationScoped
public class CertificateIssuer {
    private static final Logger LOG = Logger.getLogger(CertificateIssuer.class);
    static final String ENTITY = "certificate";

    private final Sql db;
    private final CertificateConfig config;
    private final MailConfig mail;
    private final AuditService audit;
    private final Notifications notifications;

    CertificateIssuer(
            Sql db, CertificateConfig config, MailConfig mail, AuditService audit, Notifications notifications) {
        this.db = db;
        this.config = config;
        this.mail = mail;
        this.audit = audit;
        this.notifications = notifications;
    }

    /** The public verify page of a code: where the QR code and e-mail point. */
    String verifyUrl(String code) {
        return PublicCertificate.verifyUrl(mail.publicBaseUrl(), code);
    }

    /** Issues a certificate from everything it freezes; 400 with violations when the command breaks a rule. */
    @Transactional
    public CertificateResponse issue(IssueCommand command) {
        Certificate issued = issue(command, null);
        return CertificateResponse.of(issued, mail.publicBaseUrl(), true);
    }

    private Certificate issue(IssueCommand command, UUID replaces) {
        IssueCommand c = checked(command);
        int year = c.issueDate().getYear();
        int seq = db.one("""
                        insert into certificate_counter (series, year, last) values (?, ?, 1)
                        on conflict (series, year) do update set last = certificate_counter.last + 1
                        returning last
                        """, rs -> rs.getInt(1), config.series(), year).orElseThrow();
        String number = Numbering.number(config.series(), year, seq);
        String code = Numbering.verificationCode();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] pdf = CertificatePdf.render(c, number, verifyUrl(code), code, now);
        UUID id = UUID.randomUUID();
        db.update(
                """
                insert into certificate (id, series, year, seq, number, verify_code, enrolment_id, cohort_id, surname,
                       given_name, patronymic, email, language, birth_date, snils, education_level, programme_title,
                       programme_version, hours, study_start, study_end, issue_date, issuer_name, issuer_inn,
                       licence_number, licence_date, replaces_id, pdf, pdf_sha256, pdf_generated_at, created_at,
                       updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                id,
                config.series(),
                year,
                seq,
                number,
                code,
                c.enrolmentId(),
                c.cohortId(),
                c.surname(),
                c.givenName(),
                c.patronymic(),
                c.email(),
                c.language(),
                c.birthDate(),
                c.snils(),
                c.educationLevel(),
                c.programmeTitle(),
                c.programmeVersion(),
                c.hours(),
                c.studyStart(),
                c.studyEnd(),
                c.issueDate(),
                c.issuerName(),
                c.issuerInn(),
                c.licenceNumber(),
                c.licenceDate(),
                replaces,
                pdf,
                sha256(pdf),
                now,
                now,
                now);
        Certificate issued = find(id);
        audit.record(ENTITY, id, "issue", null, auditView(issued));
        if (c.email() != null) {
            notifications.certificateIssued(
                    c.email(),
                    c.givenName() + (c.patronymic() == null ? "" : " " + c.patronymic()),
                    c.language(),
                    id,
                    "/verify/" + code,
                    List.of(number, c.programmeTitle(), c.hours(), c.issueDate()));
        }
        LOG.infof("certificate %s issued: %s", id, number);
        return issued;
    }

    /** Revokes a certificate with a date and a reason (ADMIN); 409 when it already is. */
    @Transactional
    public CertificateResponse revoke(UUID id, RevokeRequest request) {
        Certificate before = find(id);
        revoke(before, request.revokedOn(), request.reason().strip());
        return CertificateResponse.of(find(id), mail.publicBaseUrl(), true);
    }

    private void revoke(Certificate before, LocalDate on, String reason) {
        LocalDate date = on == null ? today() : on;
        if (date.isAfter(today())) {
            throw ProblemException.invalidField("revokedOn", "certificate.revoked-on.future");
        }
        if (date.isBefore(before.issueDate())) {
            throw ProblemException.invalidField("revokedOn", "certificate.revoked-on.before-issue");
        }
        int changed = db.update("""
                update certificate set status = 'REVOKED', revoked_on = ?, revocation_reason = ?, updated_at = now(),
                       version = version + 1
                 where id = ? and status = 'ISSUED'
                """, date, reason, before.id());
        if (changed == 0) {
            throw ProblemException.conflict("certificate-revoked", before.number());
        }
        audit.record(ENTITY, before.id(), "revoke", auditView(before), auditView(find(before.id())));
        LOG.infof("certificate %s revoked: %s", before.id(), before.number());
    }

    /**
     * Reissues a certificate after a name correction (ADMIN): the old one is revoked today with the reason, and a new
     * one with a new number, the corrected name and the old one's other frozen fields names it.
     */
    @Transactional
    public CertificateResponse reissue(UUID id, ReissueRequest request) {
        Certificate old = find(id);
        if (old.status() == CertificateStatus.REVOKED) {
            throw ProblemException.conflict("certificate-revoked", old.number());
        }
        revoke(old, today(), request.reason().strip());
        IssueCommand renamed = old.command()
                .renamed(request.surname(), request.givenName(), blankToNull(request.patronymic()), today());
        Certificate issued = issue(renamed, old.id());
        return CertificateResponse.of(issued, mail.publicBaseUrl(), true);
    }

    /**
     * Renders the PDF again from the frozen fields (a corrected layout or font) and stores it with its new SHA-256;
     * the audit entry keeps both hashes (ADMIN).
     */
    @Transactional
    public CertificateResponse regenerate(UUID id) {
        Certificate before = find(id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] pdf =
                CertificatePdf.render(before.command(), before.number(), verifyUrl(before.code()), before.code(), now);
        db.update(
                "update certificate set pdf = ?, pdf_sha256 = ?, pdf_generated_at = ?, updated_at = now(),"
                        + " version = version + 1 where id = ?",
                pdf,
                sha256(pdf),
                now,
                id);
        Certificate after = find(id);
        audit.record(ENTITY, id, "regenerate", auditView(before), auditView(after));
        LOG.infof("certificate %s regenerated: %s", id, before.number());
        return CertificateResponse.of(after, mail.publicBaseUrl(), true);
    }

    Certificate find(UUID id) {
        return db.one(Certificate.SELECT + " where c.id = ?", Certificate::read, id)
                .orElseThrow(() -> ProblemException.notFound("entity.certificate", id));
    }

    /** What the audit log keeps of a certificate: no e-mail, date of birth or СНИЛС. */
    private static Map<String, Object> auditView(Certificate c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", c.number());
        view.put("name", c.shortName());
        view.put("programmeTitle", c.programmeTitle());
        view.put("hours", c.hours());
        view.put("issueDate", String.valueOf(c.issueDate()));
        view.put("status", c.status().name());
        view.put("revokedOn", c.revokedOn() == null ? null : c.revokedOn().toString());
        view.put("revocationReason", c.revocationReason());
        view.put("replacesNumber", c.replacesNumber());
        view.put("enrolmentId", c.enrolmentId() == null ? null : c.enrolmentId().toString());
        view.put("pdfSha256", c.pdfSha256());
        return view;
    }

    /** The command with defaults filled in and the rules that bean validation cannot state checked. */
    private IssueCommand checked(IssueCommand c) {
        List<Violation> violations = new ArrayList<>();
        LocalDate issueDate = c.issueDate() == null ? today() : c.issueDate();
        if (c.studyEnd().isBefore(c.studyStart())) {
            violations.add(new Violation("studyEnd", "{certificate.study-end.before-start}"));
        }
        if (issueDate.isBefore(c.studyEnd())) {
            violations.add(new Violation("issueDate", "{certificate.issue-date.before-end}"));
        }
        if (issueDate.isAfter(today())) {
            violations.add(new Violation("issueDate", "{certificate.issue-date.future}"));
        }
        if (c.licenceDate().isAfter(issueDate)) {
            violations.add(new Violation("licenceDate", "{certificate.licence-date.after-issue}"));
        }
        if (c.snils() != null && Snils.normalise(c.snils()).isEmpty()) {
            violations.add(new Violation("snils", "{certificate.snils.checksum}"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new IssueCommand(
                c.enrolmentId(),
                c.cohortId(),
                c.surname().strip(),
                c.givenName().strip(),
                blankToNull(c.patronymic()),
                blankToNull(c.email()),
                c.language() == null ? "ru" : c.language(),
                c.programmeTitle().strip(),
                blankToNull(c.programmeVersion()),
                c.hours(),
                c.studyStart(),
                c.studyEnd(),
                issueDate,
                c.issuerName().strip(),
                c.issuerInn(),
                c.licenceNumber().strip(),
                c.licenceDate(),
                c.birthDate(),
                Snils.normalise(c.snils()).map(Snils::format).orElse(null),
                c.educationLevel());
    }

    /** Today where the issuer is (the mail time zone, Europe/Saratov by default). */
    LocalDate today() {
        return LocalDate.now(mail.timeZone());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static ZoneId zone(MailConfig mail) {
        return mail.timeZone();
    }
}
