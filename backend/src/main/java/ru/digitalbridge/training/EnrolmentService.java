package ru.digitalbridge.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.outbox.Outbox;

/**
 * Enrolment one by one (staff or the cohort's trainer), self-application (a learner, approved or rejected by a
 * trainer), and the cohort board's roster. Capacity counts ENROLLED learners and is checked under a lock on the
 * cohort, so two approvals cannot overfill it.
 */
@ApplicationScoped
public class EnrolmentService {
    static final String ENTITY = "training-enrolment";
    static final String CREATED = EventTypes.TRAINING_ENROLMENT_CREATED;
    private static final Logger LOG = Logger.getLogger(EnrolmentService.class);

    private final Sql db;
    private final AuditService audit;
    private final TrainingAccess access;
    private final LearnerService learners;
    private final Completions completions;
    private final Outbox outbox;

    EnrolmentService(
            Sql db,
            AuditService audit,
            TrainingAccess access,
            LearnerService learners,
            Completions completions,
            Outbox outbox) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.learners = learners;
        this.completions = completions;
        this.outbox = outbox;
    }

    @Transactional
    public EnrolmentResponse enrol(TrainingCaller caller, UUID cohortId, EnrolRequest request) {
        access.requireRuns(caller, cohortId);
        if ((request.learnerId() == null) == (request.learner() == null)) {
            throw ProblemException.invalidField("learnerId", "training.enrolment.learner-or-data");
        }
        UUID learnerId;
        if (request.learnerId() != null) {
            if (!db.exists("select 1 from training_learner where id = ?", request.learnerId())) {
                throw ProblemException.invalidField("learnerId", "training.enrolment.unknown-learner");
            }
            learnerId = request.learnerId();
        } else {
            learnerId = learners.findOrCreate(request.learner(), null);
        }
        return create(cohortId, learnerId, EnrolmentStatus.ENROLLED);
    }

    /** A signed-in learner applies to a cohort; their learner record is created (or matched) from {@code data}. */
    @Transactional
    public EnrolmentResponse apply(TrainingCaller caller, UUID cohortId, LearnerRequest data) {
        if (!db.exists("select 1 from training_cohort where id = ?", cohortId)) {
            throw TrainingProblems.cohortNotFound(cohortId);
        }
        UUID learnerId = access.learnerOf(caller).orElseGet(() -> {
            if (data == null) {
                throw ProblemException.invalidField("surname", "training.required");
            }
            return learners.findOrCreate(data, caller.userId());
        });
        if (!access.learnerOf(caller).map(learnerId::equals).orElse(false)) {
            throw TrainingProblems.learnerTaken("email");
        }
        return create(cohortId, learnerId, EnrolmentStatus.APPLIED);
    }

    @Transactional
    public EnrolmentResponse decide(TrainingCaller caller, UUID enrolmentId, boolean approve) {
        EnrolmentResponse before = locked(enrolmentId);
        access.requireRuns(caller, before.cohortId());
        if (before.status() != EnrolmentStatus.APPLIED) {
            throw TrainingProblems.wrongState();
        }
        if (approve) {
            checkCapacity(before.cohortId());
        }
        EnrolmentStatus status = approve ? EnrolmentStatus.ENROLLED : EnrolmentStatus.REJECTED;
        db.update(
                "update training_enrolment set status = ?, version = version + 1, updated_at = now() where id = ?",
                status,
                enrolmentId);
        if (approve) {
            completions.evaluate(enrolmentId);
        }
        EnrolmentResponse after = find(enrolmentId);
        audit.record(ENTITY, enrolmentId, approve ? "approve" : "reject", before, after);
        return after;
    }

    @Transactional
    public EnrolmentResponse withdraw(TrainingCaller caller, UUID enrolmentId) {
        EnrolmentResponse before = locked(enrolmentId);
        access.requireRuns(caller, before.cohortId());
        if (before.status() == EnrolmentStatus.WITHDRAWN || before.status() == EnrolmentStatus.REJECTED) {
            throw TrainingProblems.wrongState();
        }
        db.update(
                "update training_enrolment set status = 'WITHDRAWN', version = version + 1, updated_at = now()"
                        + " where id = ?",
                enrolmentId);
        completions.evaluate(enrolmentId);
        EnrolmentResponse after = find(enrolmentId);
        audit.record(ENTITY, enrolmentId, "withdraw", before, after);
        return after;
    }

    /** The cohort board: every enrolment (applications too) with marks, grades, test and completion. */
    @Transactional
    public List<RosterEntry> roster(TrainingCaller caller, UUID cohortId) {
        access.requireRuns(caller, cohortId);
        boolean personal = caller.admin() || access.trains(caller, cohortId);
        List<EnrolmentResponse> enrolments = db.list(
                "select e.id, e.version, e.cohort_id, e.learner_id, e.status, e.completed_on from training_enrolment e"
                        + " join training_learner l on l.id = e.learner_id where e.cohort_id = ?"
                        + " order by l.surname, l.name, e.id",
                EnrolmentService::enrolment,
                cohortId);
        return enrolments.stream().map(e -> entry(e, personal)).toList();
    }

    RosterEntry entry(EnrolmentResponse e, boolean personal) {
        List<RosterEntry.Mark> marks = db.list(
                "select a.session_id, a.status from training_attendance a join training_session s on s.id = a.session_id"
                        + " where a.enrolment_id = ? order by s.starts_at, s.id",
                rs -> new RosterEntry.Mark(rs.getObject(1, UUID.class), AttendanceStatus.valueOf(rs.getString(2))),
                e.id());
        List<RosterEntry.Grade> grades = db.list(
                "select distinct on (s.assignment_id) s.assignment_id, s.id, s.attempt, s.grade"
                        + " from training_submission s where s.enrolment_id = ? order by s.assignment_id, s.attempt desc",
                rs -> new RosterEntry.Grade(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        rs.getString(4) == null ? null : SubmissionGrade.valueOf(rs.getString(4))),
                e.id());
        RosterEntry.TestSummary test = db.one(
                        "select count(finished_at), max(score_percent), coalesce(bool_or(passed), false)"
                                + " from training_test_attempt where enrolment_id = ?",
                        rs -> new RosterEntry.TestSummary(rs.getInt(1), (Integer) rs.getObject(2), rs.getBoolean(3)),
                        e.id())
                .orElseThrow();
        CompletionRule.Outcome outcome = completions.outcome(e.id());
        return new RosterEntry(
                e.id(),
                e.status(),
                e.completedOn(),
                learners.read(e.learnerId(), personal),
                marks,
                grades,
                test,
                new CompletionStatus(
                        e.completedOn() != null, e.completedOn(), outcome.attendedPercent(), outcome.missing()));
    }

    EnrolmentResponse create(UUID cohortId, UUID learnerId, EnrolmentStatus status) {
        db.one("select id from training_cohort where id = ? for update", rs -> rs.getObject(1), cohortId);
        if (db.exists("select 1 from training_enrolment where cohort_id = ? and learner_id = ?", cohortId, learnerId)) {
            throw TrainingProblems.alreadyEnrolled();
        }
        if (status == EnrolmentStatus.ENROLLED) {
            checkCapacity(cohortId);
        }
        UUID id = UUID.randomUUID();
        db.update(
                "insert into training_enrolment (id, cohort_id, learner_id, status) values (?, ?, ?, ?)",
                id,
                cohortId,
                learnerId,
                status);
        EnrolmentResponse created = find(id);
        audit.record(ENTITY, id, "create", null, created);
        outbox.publish(
                CREATED,
                ENTITY,
                id,
                Map.of(
                        "id",
                        id,
                        "cohortId",
                        cohortId,
                        "status",
                        status.name(),
                        "link",
                        "/api/v1/training/enrolments/" + id));
        LOG.infof("training enrolment %s in cohort %s created as %s", id, cohortId, status);
        if (status == EnrolmentStatus.ENROLLED) {
            completions.evaluate(id);
        }
        return find(id);
    }

    private void checkCapacity(UUID cohortId) {
        db.one("select id from training_cohort where id = ? for update", rs -> rs.getObject(1), cohortId);
        int capacity = (int) db.count("select capacity from training_cohort where id = ?", cohortId);
        long enrolled = db.count(
                "select count(*) from training_enrolment where cohort_id = ? and status = 'ENROLLED'", cohortId);
        if (enrolled >= capacity) {
            throw TrainingProblems.cohortFull(capacity);
        }
    }

    EnrolmentResponse find(UUID id) {
        return db.one(
                        "select id, version, cohort_id, learner_id, status, completed_on from training_enrolment"
                                + " where id = ?",
                        EnrolmentService::enrolment,
                        id)
                .orElseThrow(() -> TrainingProblems.enrolmentNotFound(id));
    }

    private EnrolmentResponse locked(UUID id) {
        db.one("select id from training_enrolment where id = ? for update", rs -> rs.getObject(1), id)
                .orElseThrow(() -> TrainingProblems.enrolmentNotFound(id));
        return find(id);
    }

    private static EnrolmentResponse enrolment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EnrolmentResponse(
                rs.getObject(1, UUID.class),
                rs.getLong(2),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                EnrolmentStatus.valueOf(rs.getString(5)),
                rs.getObject(6, LocalDate.class));
    }
}
