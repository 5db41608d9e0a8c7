package ru.digitalbridge.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.notification.MailConfig;

/** Reads of certificates: the public verification, the register, the staff list, a learner's own. */
@ApplicationScoped
public class CertificateService {
    private final Sql db;
    private final MailConfig mail;
    private final Credentials credentials;

    CertificateService(Sql db, MailConfig mail, Credentials credentials) {
        this.db = db;
        this.mail = mail;
        this.credentials = credentials;
    }

    String baseUrl() {
        return mail.publicBaseUrl();
    }

    /**
     * The certificate with this verification code. Known or not, the code goes through the same single indexed query
     * (no format check that would answer earlier), so an unknown code costs what a known one does.
     */
    Certificate byCode(String code) {
        return db.one(Certificate.SELECT + " where c.verify_code = ?", Certificate::read, code)
                .orElseThrow(() -> ProblemException.notFound("entity.certificate", null));
    }

    /** The PDF as frozen at issue, stamped «ОТОЗВАН / REVOKED» when revoked. */
    byte[] pdf(Certificate c) {
        byte[] stored = db.one("select pdf from certificate where id = ?", rs -> rs.getBytes(1), c.id())
                .orElseThrow();
        return c.status() == CertificateStatus.REVOKED
                ? CertificatePdf.stamped(stored, c.revokedOn(), c.revocationReason())
                : stored;
    }

    String credential(Certificate c) {
        return credentials.signed(c, baseUrl());
    }

    /** The 1EdTech revocation list: every revoked certificate's credential id and the reason. */
    Map<String, Object> revocationList() {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("id", baseUrl() + Credentials.REVOCATION_LIST);
        list.put(
                "revokedCredentials",
                db.list(
                        "select id, revocation_reason from certificate where status = 'REVOKED' order by id",
                        rs -> Map.of(
                                "id", "urn:uuid:" + rs.getObject(1, UUID.class), "revocationReason", rs.getString(2))));
        return list;
    }

    /** When any certificate last changed: the validator of the register and the revocation list. */
    Optional<OffsetDateTime> lastChange() {
        return db.one(
                "select coalesce(max(updated_at), timestamptz '2000-01-01Z') from certificate",
                rs -> rs.getObject(1, OffsetDateTime.class));
    }

    CertificateResponse get(UUID id, boolean personal) {
        Certificate c = db.one(Certificate.SELECT + " where c.id = ?", Certificate::read, id)
                .orElseThrow(() -> ProblemException.notFound("entity.certificate", id));
        return CertificateResponse.of(c, baseUrl(), personal);
    }

    /** Whether the user is one of the cohort's trainers. */
    boolean trains(UUID userId, UUID cohortId) {
        return db.exists("select 1 from training_cohort_trainer where cohort_id = ? and user_id = ?", cohortId, userId);
    }

    Certificate find(UUID id) {
        return db.one(Certificate.SELECT + " where c.id = ?", Certificate::read, id)
                .orElseThrow(() -> ProblemException.notFound("entity.certificate", id));
    }

    /** Staff list, newest first, filtered by year of issue, status, cohort and a name or number. */
    PageResponse<CertificateResponse> list(
            Integer year,
            CertificateStatus status,
            UUID cohort,
            String text,
            PageQuery page,
            boolean personal,
            UUID trainer) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (trainer != null) {
            where.append(" and c.cohort_id in (select cohort_id from training_cohort_trainer where user_id = ?)");
            params.add(trainer);
        }
        if (year != null) {
            where.append(" and c.year = ?");
            params.add(year);
        }
        if (status != null) {
            where.append(" and c.status = ?");
            params.add(status.name());
        }
        if (cohort != null) {
            where.append(" and c.cohort_id = ?");
            params.add(cohort);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (c.number ilike ? or (c.surname || ' ' || c.given_name || ' ' ||"
                    + " coalesce(c.patronymic, '')) ilike ?)");
            String like = Sql.contains(text);
            params.add(like);
            params.add(like);
        }
        long total = db.count("select count(*) from certificate c" + where, params.toArray());
        params.add(page.size);
        params.add(page.offset());
        List<CertificateResponse> items = db
                .list(
                        Certificate.SELECT + where + " order by c.created_at desc, c.id limit ? offset ?",
                        Certificate::read,
                        params.toArray())
                .stream()
                .map(c -> CertificateResponse.of(c, baseUrl(), personal))
                .toList();
        return new PageResponse<>(items, total, page.page, page.size);
    }

    /**
     * A user's certificates, newest first: those of their training enrolments, and those registered to their e-mail
     * address (documents issued before the platform).
     */
    List<PublicCertificate> mine(UUID userId) {
        return db
                .list(
                        Certificate.SELECT
                                + " where c.enrolment_id in (select e.id from training_enrolment e"
                                + " join training_learner l on l.id = e.learner_id where l.user_id = ?)"
                                + " or lower(c.email) = (select lower(u.email) from security_user_view u where u.id = ?)"
                                + " order by c.issue_date desc, c.number",
                        Certificate::read,
                        userId,
                        userId)
                .stream()
                .map(c -> PublicCertificate.of(c, baseUrl()))
                .toList();
    }

    /** A page of the public register, newest first. */
    PageResponse<RegisterEntry> register(Integer year, String text, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (year != null) {
            where.append(" and extract(year from v.issue_date) = ?");
            params.add(year);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (v.number ilike ? or v.surname ilike ? or v.programme_title ilike ?)");
            String like = Sql.contains(text);
            params.add(like);
            params.add(like);
            params.add(like);
        }
        long total = db.count("select count(*) from certificate_public_register_view v" + where, params.toArray());
        params.add(page.size);
        params.add(page.offset());
        List<RegisterEntry> items = db.list(
                REGISTER + where + " order by v.issue_date desc, v.number limit ? offset ?",
                CertificateService::entry,
                params.toArray());
        return new PageResponse<>(items, total, page.page, page.size);
    }

    static final String REGISTER = """
            select v.number, v.surname, v.given_name, v.patronymic, v.programme_title, v.hours, v.study_start,
                   v.study_end, v.issue_date, v.issuer_name, v.status, v.revoked_on, v.replaces_number
              from certificate_public_register_view v
            """;

    static RegisterEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        String surname = rs.getString(2);
        String given = rs.getString(3);
        String patronymic = rs.getString(4);
        String name = surname + " " + given.charAt(0) + "."
                + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic.charAt(0) + ".");
        return new RegisterEntry(
                rs.getString(1),
                name,
                rs.getString(5),
                rs.getInt(6),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                CertificateStatus.valueOf(rs.getString(11)),
                rs.getObject(12, LocalDate.class),
                rs.getString(13));
    }
}
