package ru.digitalbridge.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.time.AppClock;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.outbox.Outbox;

/**
 * Evaluates an enrolment against its cohort's completion rule after every change that can affect it (an attendance
 * mark, a grade, a test result, a session or rule change), in the transaction of that change. The day the rule is
 * first met is recorded on the enrolment, {@link CompletionMet} is fired and {@code training.completion.met} written
 * to the outbox; if a later change (a corrected mark) breaks it, the date is cleared and
 * {@code training.completion.lost} written. Only ENROLLED enrolments complete.
 */
@ApplicationScoped
class Completions {
    static final String MET = EventTypes.TRAINING_COMPLETION_MET;
    static final String LOST = EventTypes.TRAINING_COMPLETION_LOST;
    /** The region's time zone: the day a completion was met is the day in Saratov. */
    static final ZoneId ZONE = ZoneId.of("Europe/Saratov");

    private static final Logger LOG = Logger.getLogger(Completions.class);

    private record State(
            UUID cohortId,
            UUID learnerId,
            String status,
            LocalDate completedOn,
            Integer attendancePercent,
            boolean requireAssignments,
            boolean requireFinalTest,
            boolean autoIssue) {}

    private final Sql db;
    private final Event<CompletionMet> met;
    private final Outbox outbox;
    private final AuditService audit;
    private final AppClock clock;

    Completions(Sql db, Event<CompletionMet> met, Outbox outbox, AuditService audit, AppClock clock) {
        this.db = db;
        this.met = met;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rule's outcome for an enrolment as things stand, without recording anything. */
    CompletionRule.Outcome outcome(UUID enrolmentId) {
        State state = state(enrolmentId, false);
        return rule(state).evaluate(progress(enrolmentId, state.cohortId()));
    }

    /** Re-evaluates one enrolment and records a change of its completion; returns the outcome. */
    @Transactional(Transactional.TxType.MANDATORY)
    CompletionRule.Outcome evaluate(UUID enrolmentId) {
        State state = state(enrolmentId, true);
        CompletionRule.Outcome outcome = rule(state).evaluate(progress(enrolmentId, state.cohortId()));
        boolean active = "ENROLLED".equals(state.status());
        if (outcome.met() && active && state.completedOn() == null) {
            LocalDate today = LocalDate.ofInstant(clock.now(), ZONE);
            db.update(
                    "update training_enrolment set completed_on = ?, version = version + 1, updated_at = now()"
                            + " where id = ?",
                    today,
                    enrolmentId);
            audit.record("training-enrolment", enrolmentId, "completion-met", null, Map.of("completedOn", today));
            outbox.publish(MET, "training-enrolment", enrolmentId, payload(enrolmentId, state, today));
            LOG.infof(
                    "training enrolment %s (cohort %s) met its completion rule on %s",
                    enrolmentId, state.cohortId(), today);
            met.fire(new CompletionMet(enrolmentId, state.cohortId(), state.learnerId(), today, state.autoIssue()));
        } else if ((!outcome.met() || !active) && state.completedOn() != null) {
            db.update(
                    "update training_enrolment set completed_on = null, version = version + 1, updated_at = now()"
                            + " where id = ?",
                    enrolmentId);
            audit.record(
                    "training-enrolment",
                    enrolmentId,
                    "completion-lost",
                    Map.of("completedOn", state.completedOn()),
                    Map.of("missing", outcome.missing()));
            outbox.publish(LOST, "training-enrolment", enrolmentId, payload(enrolmentId, state, state.completedOn()));
            LOG.infof(
                    "training enrolment %s (cohort %s) no longer meets its completion rule",
                    enrolmentId, state.cohortId());
        }
        return outcome;
    }

    /** Re-evaluates every enrolment of a cohort (after a rule or session change). */
    @Transactional(Transactional.TxType.MANDATORY)
    void reevaluateCohort(UUID cohortId) {
        List<UUID> enrolments = db.list(
                "select id from training_enrolment where cohort_id = ? and (status = 'ENROLLED' or completed_on is not null)"
                        + " order by id",
                rs -> rs.getObject(1, UUID.class),
                cohortId);
        enrolments.forEach(this::evaluate);
    }

    private static Map<String, Object> payload(UUID enrolmentId, State state, LocalDate on) {
        return Map.of(
                "id",
                enrolmentId,
                "cohortId",
                state.cohortId(),
                "date",
                on.toString(),
                "link",
                "/api/v1/training/enrolments/" + enrolmentId);
    }

    private static CompletionRule rule(State state) {
        return new CompletionRule(state.attendancePercent(), state.requireAssignments(), state.requireFinalTest());
    }

    private State state(UUID enrolmentId, boolean lock) {
        return db.one(
                        "select e.cohort_id, e.learner_id, e.status, e.completed_on, c.attendance_percent,"
                                + " c.require_assignments, c.require_final_test, c.auto_issue"
                                + " from training_enrolment e join training_cohort c on c.id = e.cohort_id"
                                + " where e.id = ?"
                                + (lock ? " for update of e" : ""),
                        rs -> new State(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getObject(4, LocalDate.class),
                                (Integer) rs.getObject(5),
                                rs.getBoolean(6),
                                rs.getBoolean(7),
                                rs.getBoolean(8)),
                        enrolmentId)
                .orElseThrow(() -> TrainingProblems.enrolmentNotFound(enrolmentId));
    }

    private CompletionRule.Progress progress(UUID enrolmentId, UUID cohortId) {
        return db.one(
                        """
                        select (select count(*) from training_session s where s.cohort_id = ?),
                               (select count(*) from training_attendance a where a.enrolment_id = ? and a.status = 'PRESENT'),
                               (select count(*) from training_attendance a where a.enrolment_id = ? and a.status = 'EXCUSED'),
                               (select count(*) from training_assignment g where g.cohort_id = ? and g.required),
                               (select count(*) from training_assignment g where g.cohort_id = ? and g.required
                                  and (select s.grade from training_submission s
                                        where s.assignment_id = g.id and s.enrolment_id = ?
                                        order by s.attempt desc limit 1) = 'PASS'),
                               exists (select 1 from training_test_attempt t where t.enrolment_id = ? and t.passed)
                        """,
                        rs -> new CompletionRule.Progress(
                                rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(6)),
                        cohortId,
                        enrolmentId,
                        enrolmentId,
                        cohortId,
                        cohortId,
                        enrolmentId,
                        enrolmentId)
                .orElseThrow();
    }
}
