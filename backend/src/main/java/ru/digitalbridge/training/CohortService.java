package ru.digitalbridge.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

/** Cohorts of an approved programme edition: trainers, sessions, completion rule. */
@ApplicationScoped
public class CohortService {
    static final String ENTITY = "training-cohort";
    private static final String SELECT = """
            select c.id, c.version, c.title, c.starts_on, c.ends_on, c.capacity, c.auto_issue, c.attendance_percent,
                   c.require_assignments, c.require_final_test, c.test_pass_percent, c.test_attempts,
                   c.test_questions, c.updated_at, p.id as programme_id, p.title as programme_title, p.edition,
                   p.total_hours,
                   (select count(*) from training_enrolment e where e.cohort_id = c.id and e.status = 'ENROLLED')
                       as enrolled,
                   (select count(*) from training_enrolment e where e.cohort_id = c.id and e.status = 'APPLIED')
                       as applied
              from training_cohort c join training_programme p on p.id = c.programme_id
            """;

    private final Sql db;
    private final AuditService audit;
    private final TrainingAccess access;
    private final Completions completions;

    CohortService(Sql db, AuditService audit, TrainingAccess access, Completions completions) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.completions = completions;
    }

    /** Staff see every cohort; a trainer the cohorts they train. Newest first. */
    @Transactional
    public PageResponse<CohortResponse> list(TrainingCaller caller, PageQuery page) {
        String where = caller.staff()
                ? ""
                : " where exists (select 1 from training_cohort_trainer t where t.cohort_id = c.id and t.user_id = ?)";
        Object[] filter = caller.staff() ? new Object[0] : new Object[] {caller.userId()};
        long total = db.count("select count(*) from training_cohort c" + where, filter);
        List<Object> params = new ArrayList<>(List.of(filter));
        params.add(page.size);
        params.add(page.offset());
        List<CohortResponse> items = db.list(
                SELECT + where + " order by c.starts_on desc, c.id limit ? offset ?", this::read, params.toArray());
        return new PageResponse<>(items, total, page.page, page.size);
    }

    @Transactional
    public CohortResponse get(TrainingCaller caller, UUID id) {
        access.requireRuns(caller, id);
        return reread(id);
    }

    CohortResponse reread(UUID id) {
        return db.one(SELECT + " where c.id = ?", this::read, id)
                .orElseThrow(() -> TrainingProblems.cohortNotFound(id));
    }

    @Transactional
    public CohortResponse create(CohortRequest request) {
        check(request);
        UUID id = UUID.randomUUID();
        db.update(
                "insert into training_cohort (id, programme_id, title, starts_on, ends_on, capacity, auto_issue,"
                        + " attendance_percent, require_assignments, require_final_test, test_pass_percent,"
                        + " test_attempts, test_questions) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                request.programmeId(),
                request.title().strip(),
                request.startsOn(),
                request.endsOn(),
                request.capacity(),
                request.autoIssue(),
                request.completion().attendancePercent(),
                request.completion().requireAssignments(),
                request.completion().requireFinalTest(),
                request.finalTest().passPercent(),
                request.finalTest().attempts(),
                request.finalTest().questionsPerModule());
        setTrainers(id, request.trainerIds());
        CohortResponse created = reread(id);
        audit.record(ENTITY, id, "create", null, created);
        return created;
    }

    /** Replaces a cohort's settings; a changed completion rule is re-evaluated for every enrolled learner. */
    @Transactional
    public CohortResponse update(UUID id, CohortRequest request) {
        db.one("select id from training_cohort where id = ? for update", rs -> rs.getObject(1), id)
                .orElseThrow(() -> TrainingProblems.cohortNotFound(id));
        CohortResponse before = reread(id);
        if (request.version() == null) {
            throw ProblemException.invalidField("version", "training.required");
        }
        if (before.version() != request.version()) {
            throw TrainingProblems.staleVersion();
        }
        check(request);
        if (request.capacity() < before.enrolled()) {
            throw ProblemException.invalidField("capacity", "training.cohort.capacity-below-enrolled");
        }
        db.update(
                "update training_cohort set programme_id = ?, title = ?, starts_on = ?, ends_on = ?, capacity = ?,"
                        + " auto_issue = ?, attendance_percent = ?, require_assignments = ?, require_final_test = ?,"
                        + " test_pass_percent = ?, test_attempts = ?, test_questions = ?, version = version + 1,"
                        + " updated_at = now() where id = ?",
                request.programmeId(),
                request.title().strip(),
                request.startsOn(),
                request.endsOn(),
                request.capacity(),
                request.autoIssue(),
                request.completion().attendancePercent(),
                request.completion().requireAssignments(),
                request.completion().requireFinalTest(),
                request.finalTest().passPercent(),
                request.finalTest().attempts(),
                request.finalTest().questionsPerModule(),
                id);
        db.update("delete from training_cohort_trainer where cohort_id = ?", id);
        setTrainers(id, request.trainerIds());
        completions.reevaluateCohort(id);
        CohortResponse after = reread(id);
        audit.record(ENTITY, id, "update", before, after);
        return after;
    }

    @Transactional
    public SessionResponse addSession(TrainingCaller caller, UUID cohortId, SessionRequest request) {
        access.requireRuns(caller, cohortId);
        checkSession(request);
        String link = ProgrammeService.blankToNull(request.link());
        String address = ProgrammeService.blankToNull(request.address());
        UUID id = UUID.randomUUID();
        db.update(
                "insert into training_session (id, cohort_id, starts_at, ends_at, topic, mode, link, address)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                cohortId,
                request.startsAt(),
                request.endsAt(),
                request.topic().strip(),
                request.mode(),
                request.mode() == SessionMode.ONLINE ? link : null,
                request.mode() == SessionMode.IN_PERSON ? address : null);
        SessionResponse created = sessions(cohortId).stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
        audit.record("training-session", id, "create", null, created);
        completions.reevaluateCohort(cohortId);
        return created;
    }

    private static void checkSession(SessionRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (!request.endsAt().isAfter(request.startsAt())) {
            violations.add(new Violation("endsAt", "{training.session.ends-before-start}"));
        }
        String link = ProgrammeService.blankToNull(request.link());
        String address = ProgrammeService.blankToNull(request.address());
        if (request.mode() == SessionMode.ONLINE && (link == null || !link.matches("(?i)https?://\\S+"))) {
            violations.add(new Violation("link", "{training.session.link}"));
        }
        if (request.mode() == SessionMode.IN_PERSON && address == null) {
            violations.add(new Violation("address", "{training.session.address}"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    @Transactional
    public SessionResponse updateSession(TrainingCaller caller, UUID sessionId, SessionRequest request) {
        UUID cohortId = db.one(
                        "select cohort_id from training_session where id = ? for update",
                        rs -> rs.getObject(1, UUID.class),
                        sessionId)
                .orElseThrow(() -> TrainingProblems.sessionNotFound(sessionId));
        access.requireRuns(caller, cohortId);
        if (request.version() == null) {
            throw ProblemException.invalidField("version", "training.required");
        }
        checkSession(request);
        String link = ProgrammeService.blankToNull(request.link());
        String address = ProgrammeService.blankToNull(request.address());
        SessionResponse before = session(cohortId, sessionId);
        if (before.version() != request.version()) {
            throw TrainingProblems.staleVersion();
        }
        db.update(
                "update training_session set starts_at = ?, ends_at = ?, topic = ?, mode = ?, link = ?, address = ?,"
                        + " version = version + 1 where id = ?",
                request.startsAt(),
                request.endsAt(),
                request.topic().strip(),
                request.mode(),
                request.mode() == SessionMode.ONLINE ? link : null,
                request.mode() == SessionMode.IN_PERSON ? address : null,
                sessionId);
        SessionResponse after = session(cohortId, sessionId);
        audit.record("training-session", sessionId, "update", before, after);
        return after;
    }

    private SessionResponse session(UUID cohortId, UUID sessionId) {
        return sessions(cohortId).stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void deleteSession(TrainingCaller caller, UUID sessionId, Long version) {
        UUID cohortId = db.one(
                        "select cohort_id from training_session where id = ? for update",
                        rs -> rs.getObject(1, UUID.class),
                        sessionId)
                .orElseThrow(() -> TrainingProblems.sessionNotFound(sessionId));
        access.requireRuns(caller, cohortId);
        SessionResponse before = sessions(cohortId).stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .orElseThrow();
        if (version == null) {
            throw ProblemException.invalidField("version", "training.required");
        }
        if (before.version() != version) {
            throw TrainingProblems.staleVersion();
        }
        db.update("delete from training_session where id = ?", sessionId);
        audit.record("training-session", sessionId, "delete", before, null);
        completions.reevaluateCohort(cohortId);
    }

    List<SessionResponse> sessions(UUID cohortId) {
        return db.list(
                "select id, starts_at, ends_at, topic, mode, link, address, version from training_session"
                        + " where cohort_id = ? order by starts_at, id",
                rs -> new SessionResponse(
                        rs.getObject(1, UUID.class),
                        rs.getLong(8),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4),
                        SessionMode.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7)),
                cohortId);
    }

    private void setTrainers(UUID cohortId, List<UUID> trainerIds) {
        for (UUID trainer : new LinkedHashSet<>(trainerIds)) {
            db.update("insert into training_cohort_trainer (cohort_id, user_id) values (?, ?)", cohortId, trainer);
        }
    }

    private void check(CohortRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.endsOn().isBefore(request.startsOn())) {
            violations.add(new Violation("endsOn", "{training.cohort.ends-before-start}"));
        }
        for (UUID trainer : new LinkedHashSet<>(request.trainerIds())) {
            if (!db.exists(
                    "select 1 from security_user_view where id = ? and active and 'TRAINER' = any (roles)", trainer)) {
                violations.add(new Violation("trainerIds", "{training.cohort.not-a-trainer}"));
                break;
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        String status = db.one(
                        "select status from training_programme where id = ?",
                        rs -> rs.getString(1),
                        request.programmeId())
                .orElseThrow(() -> TrainingProblems.programmeNotFound(request.programmeId()));
        if (!ProgrammeStatus.APPROVED.name().equals(status)) {
            throw TrainingProblems.programmeNotApproved();
        }
    }

    private CohortResponse read(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<CohortResponse.TrainerRef> trainers = db.list(
                "select u.id, u.full_name from training_cohort_trainer t join security_user_view u on u.id = t.user_id"
                        + " where t.cohort_id = ? order by u.full_name, u.id",
                r -> new CohortResponse.TrainerRef(r.getObject(1, UUID.class), r.getString(2)),
                id);
        return new CohortResponse(
                id,
                rs.getLong("version"),
                new CohortResponse.ProgrammeRef(
                        rs.getObject("programme_id", UUID.class),
                        rs.getString("programme_title"),
                        rs.getInt("edition"),
                        rs.getInt("total_hours")),
                rs.getString("title"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getInt("capacity"),
                rs.getBoolean("auto_issue"),
                trainers,
                new CohortRequest.Completion(
                        (Integer) rs.getObject("attendance_percent"),
                        rs.getBoolean("require_assignments"),
                        rs.getBoolean("require_final_test")),
                new CohortRequest.FinalTest(
                        rs.getInt("test_pass_percent"), rs.getInt("test_attempts"), rs.getInt("test_questions")),
                sessions(id),
                rs.getInt("enrolled"),
                rs.getInt("applied"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
