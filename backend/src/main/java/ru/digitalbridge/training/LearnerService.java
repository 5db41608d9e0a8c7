package ru.digitalbridge.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

/**
 * Learners and the accounts they run. Personal data is shown only to those {@link TrainingAccess#seesPersonal} lets
 * see it, and the audit log records it masked for everybody (a СНИЛС by its check number only).
 */
@ApplicationScoped
public class LearnerService {
    static final String ENTITY = "training-learner";
    private static final String SELECT = """
            select l.id, l.version, l.surname, l.name, l.patronymic, l.email, l.phone, l.organization_id,
                   o.name as organization_name, l.volunteer, l.position, l.birth_date, l.snils, l.education_level,
                   l.diploma_surname, l.consent_at, l.consent_version
              from training_learner l left join registry_organization_view o on o.id = l.organization_id
            """;

    private final Sql db;
    private final AuditService audit;
    private final TrainingAccess access;

    LearnerService(Sql db, AuditService audit, TrainingAccess access) {
        this.db = db;
        this.audit = audit;
        this.access = access;
    }

    /** Staff only: learners whose name or e-mail contains {@code q}, by surname. */
    @Transactional
    public PageResponse<LearnerResponse> list(TrainingCaller caller, String q, PageQuery page) {
        String where = " where (cast(? as text) is null or l.surname ilike ? or l.name ilike ? or l.email ilike ?)";
        String like = q == null || q.isBlank() ? null : Sql.contains(q);
        long total = db.count("select count(*) from training_learner l" + where, like, like, like, like);
        List<LearnerResponse> items = db.list(
                SELECT + where + " order by l.surname, l.name, l.id limit ? offset ?",
                rs -> read(rs, caller.admin()),
                like,
                like,
                like,
                like,
                page.size,
                page.offset());
        return new PageResponse<>(items, total, page.page, page.size);
    }

    @Transactional
    public LearnerResponse get(TrainingCaller caller, UUID id) {
        if (!db.exists("select 1 from training_learner where id = ?", id)) {
            throw TrainingProblems.learnerNotFound(id);
        }
        if (!access.sees(caller, id)) {
            throw TrainingProblems.forbidden();
        }
        return read(id, access.seesPersonal(caller, id));
    }

    LearnerResponse read(UUID id, boolean personal) {
        return db.one(SELECT + " where l.id = ?", rs -> read(rs, personal), id)
                .orElseThrow(() -> TrainingProblems.learnerNotFound(id));
    }

    @Transactional
    public LearnerResponse create(TrainingCaller caller, LearnerRequest request) {
        UUID id = insert(request, null);
        return read(id, access.seesPersonal(caller, id) || caller.staff() || caller.trainer());
    }

    /**
     * The learner matching the request by e-mail or СНИЛС, or a new one. A request whose e-mail and СНИЛС match two
     * different learners is refused (409), since it would merge two people.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID findOrCreate(LearnerRequest request, UUID userId) {
        Cleaned cleaned = clean(request);
        Optional<UUID> byEmail = db.one(
                "select id from training_learner where lower(email) = lower(?)",
                rs -> rs.getObject(1, UUID.class),
                cleaned.email());
        Optional<UUID> bySnils = cleaned.snils() == null
                ? Optional.empty()
                : db.one(
                        "select id from training_learner where snils = ?",
                        rs -> rs.getObject(1, UUID.class),
                        cleaned.snils());
        if (byEmail.isPresent() && bySnils.isPresent() && !byEmail.equals(bySnils)) {
            throw TrainingProblems.learnerTaken("snils");
        }
        Optional<UUID> existing = byEmail.or(() -> bySnils);
        if (existing.isPresent()) {
            if (userId != null) {
                db.update(
                        "update training_learner set user_id = ?, version = version + 1, updated_at = now()"
                                + " where id = ? and user_id is null",
                        userId,
                        existing.get());
            }
            return existing.get();
        }
        return insert(request, userId);
    }

    /** Creates a learner; an e-mail or СНИЛС already recorded is refused with 409 naming the field. */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID insert(LearnerRequest request, UUID userId) {
        return insert(request, userId, null);
    }

    /** {@link #insert(LearnerRequest, UUID)} with the day consent was given (null: now), e.g. from an import file. */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID insert(LearnerRequest request, UUID userId, OffsetDateTime consentAt) {
        Cleaned cleaned = clean(request);
        if (db.exists("select 1 from training_learner where lower(email) = lower(?)", cleaned.email())) {
            throw TrainingProblems.learnerTaken("email");
        }
        if (cleaned.snils() != null && db.exists("select 1 from training_learner where snils = ?", cleaned.snils())) {
            throw TrainingProblems.learnerTaken("snils");
        }
        UUID user = userId != null
                ? userId
                : db.one(
                                "select u.id from security_user_view u where lower(u.email) = lower(?)"
                                        + " and not exists (select 1 from training_learner l where l.user_id = u.id)",
                                rs -> rs.getObject(1, UUID.class),
                                cleaned.email())
                        .orElse(null);
        UUID id = UUID.randomUUID();
        db.update(
                "insert into training_learner (id, user_id, surname, name, patronymic, email, phone, organization_id,"
                        + " volunteer, position, birth_date, snils, education_level, diploma_surname, consent_at,"
                        + " consent_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, now()), ?)",
                id,
                user,
                request.surname().strip(),
                request.name().strip(),
                ProgrammeService.blankToNull(request.patronymic()),
                cleaned.email(),
                ProgrammeService.blankToNull(request.phone()),
                request.volunteer() ? null : request.organizationId(),
                request.volunteer(),
                ProgrammeService.blankToNull(request.position()),
                request.birthDate(),
                cleaned.snils(),
                request.educationLevel(),
                ProgrammeService.blankToNull(request.diplomaSurname()),
                consentAt,
                request.consentVersion().strip());
        audit.record(ENTITY, id, "create", null, masked(read(id, true)));
        return id;
    }

    /** Replaces the registry accounts a learner runs. Staff only. */
    @Transactional
    public LearnerResponse setAccounts(TrainingCaller caller, UUID id, List<UUID> accountIds) {
        // the learner locked first: one replacement at a time, so the next one's delete sees what this one inserts
        // and the links are one request's, never the union of several
        db.one("select id from training_learner where id = ? for no key update", rs -> rs.getObject(1), id);
        LearnerResponse before = read(id, false);
        if (!caller.staff() && !access.trainsLearner(caller, id)) {
            throw TrainingProblems.forbidden();
        }
        List<Violation> violations = new ArrayList<>();
        for (UUID account : new LinkedHashSet<>(accountIds)) {
            if (!db.exists("select 1 from registry_account_view where id = ?", account)) {
                violations.add(new Violation("accountIds", "{training.learner.unknown-account}"));
                break;
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        db.update("delete from training_learner_account where learner_id = ?", id);
        for (UUID account : new LinkedHashSet<>(accountIds)) {
            db.update("insert into training_learner_account (learner_id, account_id) values (?, ?)", id, account);
        }
        db.update("update training_learner set version = version + 1, updated_at = now() where id = ?", id);
        LearnerResponse after = read(id, false);
        audit.record(ENTITY, id, "accounts", masked(before), masked(after));
        return read(id, access.seesPersonal(caller, id));
    }

    /** What the audit log keeps of a learner: everything but the personal data, which is masked. */
    static Map<String, Object> masked(LearnerResponse learner) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("surname", learner.surname());
        view.put("name", learner.name());
        view.put("email", learner.email() == null ? null : "***");
        view.put(
                "organizationId",
                learner.organization() == null ? null : learner.organization().id());
        view.put("volunteer", learner.volunteer());
        view.put("position", learner.position());
        view.put(
                "accounts",
                learner.accounts().stream().map(LearnerResponse.AccountRef::id).toList());
        LearnerResponse.PersonalData personal = learner.personal();
        if (personal != null) {
            view.put("phone", personal.phone() == null ? null : "***");
            view.put("birthDate", personal.birthDate() == null ? null : "***");
            view.put(
                    "snils",
                    personal.snils() == null
                            ? null
                            : "***-***-*** " + personal.snils().substring(12));
            view.put("consentVersion", personal.consentVersion());
        }
        return view;
    }

    private record Cleaned(String email, String snils) {}

    private Cleaned clean(LearnerRequest request) {
        List<Violation> violations = new ArrayList<>();
        String snils = null;
        if (request.snils() != null && !request.snils().isBlank()) {
            Optional<String> valid = Snils.normalise(request.snils());
            if (valid.isEmpty()) {
                violations.add(new Violation("snils", "{training.learner.snils}"));
            } else {
                snils = valid.get();
            }
        }
        if (request.volunteer() && request.organizationId() != null) {
            violations.add(new Violation("organizationId", "{training.learner.volunteer-or-organization}"));
        }
        if (!request.volunteer() && request.organizationId() == null) {
            violations.add(new Violation("organizationId", "{training.learner.volunteer-or-organization}"));
        }
        if (request.organizationId() != null
                && !db.exists("select 1 from registry_organization_view where id = ?", request.organizationId())) {
            violations.add(new Violation("organizationId", "{training.learner.unknown-organization}"));
        }
        if (request.birthDate() != null && request.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
            violations.add(new Violation("birthDate", "{training.learner.birth-date}"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new Cleaned(request.email().strip(), snils);
    }

    private LearnerResponse read(ResultSet rs, boolean personal) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organization = rs.getObject("organization_id", UUID.class);
        List<LearnerResponse.AccountRef> accounts = db.list(
                "select a.id, a.display_name, a.url, a.platform from training_learner_account la"
                        + " join registry_account_view a on a.id = la.account_id where la.learner_id = ?"
                        + " order by a.display_name, a.id",
                r -> new LearnerResponse.AccountRef(
                        r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4)),
                id);
        String snils = rs.getString("snils");
        String level = rs.getString("education_level");
        return new LearnerResponse(
                id,
                rs.getLong("version"),
                rs.getString("surname"),
                rs.getString("name"),
                rs.getString("patronymic"),
                rs.getString("email"),
                organization == null
                        ? null
                        : new LearnerResponse.OrganizationRef(organization, rs.getString("organization_name")),
                rs.getBoolean("volunteer"),
                rs.getString("position"),
                accounts,
                personal
                        ? new LearnerResponse.PersonalData(
                                rs.getString("phone"),
                                rs.getObject("birth_date", LocalDate.class),
                                snils == null ? null : Snils.format(snils),
                                level == null ? null : EducationLevel.valueOf(level),
                                rs.getString("diploma_surname"),
                                rs.getObject("consent_at", OffsetDateTime.class),
                                rs.getString("consent_version"))
                        : null);
    }
}
