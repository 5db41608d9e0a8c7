package ru.digitalbridge.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.time.AppClock;
import ru.digitalbridge.monitoring.evaluations.PrivateEvaluations;
import ru.digitalbridge.training.ActivityRequests.AssignmentRequest;
import ru.digitalbridge.training.ActivityRequests.AttendanceRequest;
import ru.digitalbridge.training.ActivityRequests.GradeRequest;
import ru.digitalbridge.training.ActivityRequests.SubmissionRequest;
import ru.digitalbridge.training.ActivityResponses.AssignmentResponse;
import ru.digitalbridge.training.ActivityResponses.CheckInCodeResponse;
import ru.digitalbridge.training.ActivityResponses.CheckInResponse;
import ru.digitalbridge.training.ActivityResponses.SubmissionResponse;
import ru.digitalbridge.training.ActivityResponses.TestAttemptResponse;
import ru.digitalbridge.training.ActivityResponses.TestQuestion;

/**
 * Learning activity: attendance (bulk marks by a trainer, self check-in with a short-lived code), assignments with
 * submissions and pass/fail grading, and final-test attempts. Every change that can move completion re-evaluates it
 * in the same transaction ({@link Completions#evaluate}).
 */
@ApplicationScoped
public class ActivityService {
    /** How long a check-in code is valid after the trainer shows it. */
    static final Duration CHECKIN_VALIDITY = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TypeReference<List<ProgrammeRequest.Module>> MODULES = new TypeReference<>() {};
    private static final TypeReference<List<Drawn>> DRAWN = new TypeReference<>() {};
    private static final String SUBMISSION = "select id, assignment_id, enrolment_id, attempt, body, links,"
            + " submitted_at, submitted_at > (select due_at from training_assignment g where g.id = assignment_id),"
            + " grade, comment, graded_at,"
            + " (select a.id from training_self_assessment a where a.submission_id = training_submission.id)"
            + " from training_submission";
    private static final String ASSIGNMENT = "select g.id, g.cohort_id, g.title, g.description, g.due_at, g.required,"
            + " t.assignment_id is not null, t.criteria_set_id from training_assignment g"
            + " left join training_self_assessment_task t on t.assignment_id = g.id";

    /** A question drawn into an attempt, with its answer (stored, never shown). */
    record Drawn(String module, String text, boolean multiple, List<String> options, List<Integer> correct) {}

    private final Sql db;
    private final AuditService audit;
    private final TrainingAccess access;
    private final Completions completions;
    private final AppClock clock;
    private final ObjectMapper json;
    private final PrivateEvaluations privateEvaluations;

    ActivityService(
            Sql db,
            AuditService audit,
            TrainingAccess access,
            Completions completions,
            AppClock clock,
            ObjectMapper json,
            PrivateEvaluations privateEvaluations) {
        this.privateEvaluations = privateEvaluations;
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.completions = completions;
        this.clock = clock;
        this.json = json;
    }

    // ---- attendance

    /** Sets marks for one session; every enrolment must be an ENROLLED one of the session's cohort (else 400). */
    @Transactional
    public List<RosterEntry.Mark> mark(TrainingCaller caller, UUID sessionId, AttendanceRequest request) {
        UUID cohortId = cohortOfSession(sessionId);
        access.requireRuns(caller, cohortId);
        Map<UUID, AttendanceStatus> marks = new LinkedHashMap<>();
        request.marks().forEach(m -> marks.put(m.enrolmentId(), m.status()));
        for (UUID enrolment : marks.keySet()) {
            if (!db.exists(
                    "select 1 from training_enrolment where id = ? and cohort_id = ? and status = 'ENROLLED'",
                    enrolment,
                    cohortId)) {
                throw ProblemException.invalidField("marks", "training.attendance.not-enrolled");
            }
        }
        OffsetDateTime now = now();
        // written in the enrolments' id order (the database's, as a cohort's re-evaluation takes them), whatever the
        // request's: two requests marking the same learners lock their rows in one order instead of deadlocking
        List<Map.Entry<UUID, AttendanceStatus>> ordered = new ArrayList<>(marks.entrySet());
        ordered.sort(Comparator.comparing(mark -> mark.getKey().toString()));
        for (Map.Entry<UUID, AttendanceStatus> mark : ordered) {
            db.update(
                    "insert into training_attendance (session_id, enrolment_id, status, marked_at) values (?, ?, ?, ?)"
                            + " on conflict (session_id, enrolment_id) do update set status = excluded.status,"
                            + " marked_at = excluded.marked_at, self_checkin = false",
                    sessionId,
                    mark.getKey(),
                    mark.getValue(),
                    now);
            completions.evaluate(mark.getKey());
        }
        audit.record("training-session", sessionId, "attendance", null, Map.of("marks", marks));
        return marks.entrySet().stream()
                .map(m -> new RosterEntry.Mark(sessionId, m.getValue()))
                .toList();
    }

    /** A fresh six-digit code for self check-in, valid {@link #CHECKIN_VALIDITY}; replaces the previous one. */
    @Transactional
    public CheckInCodeResponse checkInCode(TrainingCaller caller, UUID sessionId) {
        UUID cohortId = cohortOfSession(sessionId);
        access.requireRuns(caller, cohortId);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        OffsetDateTime expires = now().plus(CHECKIN_VALIDITY);
        db.update(
                "update training_session set checkin_code = ?, checkin_expires_at = ? where id = ?",
                code,
                expires,
                sessionId);
        return new CheckInCodeResponse(sessionId, code, expires);
    }

    /** A learner checks in with the code shown at a session of a cohort they are enrolled in (422 otherwise). */
    @Transactional
    public CheckInResponse checkIn(TrainingCaller caller, String code) {
        UUID learner = access.learnerOf(caller).orElseThrow(TrainingProblems::notALearner);
        record Match(UUID sessionId, String topic, UUID enrolmentId) {}
        // the session held like cohortOfSession's: a deletion racing the check-in leaves no code to match (422)
        Match match = db.one(
                        "select s.id, s.topic, e.id from training_session s join training_enrolment e"
                                + " on e.cohort_id = s.cohort_id and e.learner_id = ? and e.status = 'ENROLLED'"
                                + " where s.checkin_code = ? and s.checkin_expires_at > ? order by s.starts_at desc"
                                + " limit 1 for key share of s",
                        rs -> new Match(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)),
                        learner,
                        code,
                        now())
                .orElseThrow(TrainingProblems::checkinCodeInvalid);
        db.update(
                "insert into training_attendance (session_id, enrolment_id, status, marked_at, self_checkin)"
                        + " values (?, ?, 'PRESENT', ?, true) on conflict (session_id, enrolment_id) do update"
                        + " set status = 'PRESENT', marked_at = excluded.marked_at, self_checkin = true",
                match.sessionId(),
                match.enrolmentId(),
                now());
        audit.record(
                "training-session", match.sessionId(), "check-in", null, Map.of("enrolmentId", match.enrolmentId()));
        completions.evaluate(match.enrolmentId());
        return new CheckInResponse(match.sessionId(), match.topic(), AttendanceStatus.PRESENT);
    }

    // ---- assignments

    @Transactional
    public AssignmentResponse addAssignment(TrainingCaller caller, UUID cohortId, AssignmentRequest request) {
        access.requireRuns(caller, cohortId);
        UUID criteriaSet = null;
        if (request.isSelfAssessment()) {
            criteriaSet = (request.criteriaSetId() == null
                            ? privateEvaluations.current()
                            : privateEvaluations.approved(request.criteriaSetId()))
                    .map(PrivateEvaluations.Methodology::id)
                    .orElseThrow(() -> ProblemException.invalidField(
                            "criteriaSetId", "training.self-assessment.methodology-not-approved"));
        } else if (request.criteriaSetId() != null) {
            throw ProblemException.invalidField("criteriaSetId", "training.self-assessment.methodology-without-kind");
        }
        UUID id = UUID.randomUUID();
        db.update(
                "insert into training_assignment (id, cohort_id, title, description, due_at, required)"
                        + " values (?, ?, ?, ?, ?, ?)",
                id,
                cohortId,
                request.title().strip(),
                ProgrammeService.blankToNull(request.description()),
                request.dueAt(),
                request.required());
        if (criteriaSet != null) {
            db.update(
                    "insert into training_self_assessment_task (assignment_id, criteria_set_id) values (?, ?)",
                    id,
                    criteriaSet);
        }
        AssignmentResponse created = assignment(id);
        audit.record("training-assignment", id, "create", null, created);
        if (request.required()) {
            completions.reevaluateCohort(cohortId);
        }
        return created;
    }

    /** The assignments of a cohort; for its staff and trainers, and for its enrolled learners. */
    @Transactional
    public List<AssignmentResponse> assignments(TrainingCaller caller, UUID cohortId) {
        if (!db.exists("select 1 from training_cohort where id = ?", cohortId)) {
            throw TrainingProblems.cohortNotFound(cohortId);
        }
        if (!caller.staff()
                && !access.trains(caller, cohortId)
                && enrolmentOf(caller, cohortId).isEmpty()) {
            throw TrainingProblems.forbidden();
        }
        return assignmentsOf(cohortId);
    }

    List<AssignmentResponse> assignmentsOf(UUID cohortId) {
        return db.list(
                ASSIGNMENT + " where g.cohort_id = ? order by g.due_at, g.id", ActivityService::assignment, cohortId);
    }

    /** Every submission to an assignment, latest attempt first per learner. Staff and the cohort's trainers. */
    @Transactional
    public List<SubmissionResponse> submissions(TrainingCaller caller, UUID assignmentId) {
        AssignmentResponse assignment = assignment(assignmentId);
        access.requireRuns(caller, assignment.cohortId());
        return db.list(
                SUBMISSION + " where assignment_id = ? order by enrolment_id, attempt desc",
                ActivityService::submission,
                assignmentId);
    }

    /** A learner submits; again only after a FAIL (409 while one is pending or after a PASS). */
    @Transactional
    public SubmissionResponse submit(TrainingCaller caller, UUID assignmentId, SubmissionRequest request) {
        AssignmentResponse assignment = assignment(assignmentId);
        if (assignment.selfAssessment()) {
            throw TrainingProblems.selfAssessmentOnly();
        }
        return submitAs(caller, assignment, request.text(), request.links()).submission();
    }

    /** A submission just written, with the enrolment it belongs to. */
    record Submitted(SubmissionResponse submission, UUID enrolmentId) {}

    /**
     * Writes the caller's next submission to an assignment (403 when not enrolled, 409 while the latest one is
     * pending or passed). {@code before} runs after the checks and before the submission row, in the same
     * transaction; completion is re-evaluated after it.
     */
    Submitted submitAs(TrainingCaller caller, AssignmentResponse assignment, String text, List<String> links) {
        return submitAs(caller, assignment, text, links, (enrolment, submission) -> {});
    }

    /** What a special assignment writes with its submission. */
    interface WithSubmission {
        void write(UUID enrolmentId, UUID submissionId);
    }

    Submitted submitAs(
            TrainingCaller caller,
            AssignmentResponse assignment,
            String text,
            List<String> links,
            WithSubmission with) {
        UUID assignmentId = assignment.id();
        UUID enrolment = enrolmentOf(caller, assignment.cohortId()).orElseThrow(TrainingProblems::forbidden);
        db.one("select id from training_enrolment where id = ? for update", rs -> rs.getObject(1), enrolment);
        Optional<SubmissionResponse> latest = latest(assignmentId, enrolment);
        if (latest.isPresent() && latest.get().grade() != SubmissionGrade.FAIL) {
            throw TrainingProblems.wrongState();
        }
        UUID id = UUID.randomUUID();
        db.update(
                "insert into training_submission (id, assignment_id, enrolment_id, attempt, body, links, submitted_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                id,
                assignmentId,
                enrolment,
                latest.map(s -> s.attempt() + 1).orElse(1),
                text.strip(),
                links.stream().map(String::strip).toArray(String[]::new),
                now());
        with.write(enrolment, id);
        SubmissionResponse created = submission(id);
        audit.record("training-submission", id, "submit", null, Map.of("attempt", created.attempt()));
        completions.evaluate(enrolment);
        return new Submitted(created, enrolment);
    }

    /** A trainer grades the latest submission (a later regrade allowed); completion is re-evaluated. */
    @Transactional
    public SubmissionResponse grade(TrainingCaller caller, UUID submissionId, GradeRequest request) {
        SubmissionResponse before = submission(submissionId);
        access.requireRuns(caller, assignment(before.assignmentId()).cohortId());
        if (latest(before.assignmentId(), before.enrolmentId())
                .map(s -> s.attempt() != before.attempt())
                .orElse(true)) {
            throw TrainingProblems.wrongState();
        }
        db.update(
                "update training_submission set grade = ?, comment = ?, graded_at = ?, graded_by = ? where id = ?",
                request.grade(),
                ProgrammeService.blankToNull(request.comment()),
                now(),
                caller.userId(),
                submissionId);
        SubmissionResponse after = submission(submissionId);
        audit.record("training-submission", submissionId, "grade", before, after);
        completions.evaluate(before.enrolmentId());
        return after;
    }

    // ---- final test

    /** Starts an attempt (or answers the unfinished one): questions drawn at random from each module's bank. */
    @Transactional
    public TestAttemptResponse startTest(TrainingCaller caller, UUID enrolmentId) {
        requireOwnEnrolment(caller, enrolmentId);
        db.one("select id from training_enrolment where id = ? for update", rs -> rs.getObject(1), enrolmentId);
        Optional<UUID> open = db.one(
                "select id from training_test_attempt where enrolment_id = ? and finished_at is null",
                rs -> rs.getObject(1, UUID.class),
                enrolmentId);
        if (open.isPresent()) {
            return attempt(open.get());
        }
        record Settings(int attempts, int perModule, String modules, boolean passed) {}
        Settings settings = db.one(
                        "select c.test_attempts, c.test_questions, p.modules::text,"
                                + " exists (select 1 from training_test_attempt t where t.enrolment_id = e.id and t.passed)"
                                + " from training_enrolment e join training_cohort c on c.id = e.cohort_id"
                                + " join training_programme p on p.id = c.programme_id where e.id = ?",
                        rs -> new Settings(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4)),
                        enrolmentId)
                .orElseThrow();
        if (settings.passed()) {
            throw TrainingProblems.wrongState();
        }
        long used = db.count("select count(*) from training_test_attempt where enrolment_id = ?", enrolmentId);
        if (used >= settings.attempts()) {
            throw TrainingProblems.attemptsExhausted(settings.attempts());
        }
        List<Drawn> drawn = new ArrayList<>();
        for (ProgrammeRequest.Module module : read(settings.modules(), MODULES)) {
            List<ProgrammeRequest.Question> bank =
                    new ArrayList<>(module.questions() == null ? List.of() : module.questions());
            Collections.shuffle(bank, RANDOM);
            bank.stream()
                    .limit(settings.perModule())
                    .forEach(q ->
                            drawn.add(new Drawn(module.title(), q.text(), q.multiple(), q.options(), q.correct())));
        }
        if (drawn.isEmpty()) {
            throw ProblemException.conflict("training-no-questions");
        }
        UUID id = UUID.randomUUID();
        db.update(
                "insert into training_test_attempt (id, enrolment_id, attempt, questions, started_at)"
                        + " values (?, ?, ?, ?::jsonb, ?)",
                id,
                enrolmentId,
                (int) used + 1,
                write(drawn),
                now());
        return attempt(id);
    }

    /** Scores an unfinished attempt: a question counts when exactly its right options are chosen. */
    @Transactional
    public TestAttemptResponse answer(
            TrainingCaller caller, UUID attemptId, ActivityRequests.TestAnswersRequest request) {
        record Row(UUID enrolmentId, String questions, boolean finished, int passPercent) {}
        Row row = db.one(
                        "select t.enrolment_id, t.questions::text, t.finished_at is not null, c.test_pass_percent"
                                + " from training_test_attempt t join training_enrolment e on e.id = t.enrolment_id"
                                + " join training_cohort c on c.id = e.cohort_id where t.id = ? for update of t",
                        rs -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3), rs.getInt(4)),
                        attemptId)
                .orElseThrow(() -> TrainingProblems.attemptNotFound(attemptId));
        requireOwnEnrolment(caller, row.enrolmentId());
        if (row.finished()) {
            throw TrainingProblems.wrongState();
        }
        List<Drawn> questions = read(row.questions(), DRAWN);
        if (request.answers().size() != questions.size()) {
            throw ProblemException.invalidField("answers", "training.test.answer-count", questions.size());
        }
        List<Violation> violations = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < questions.size(); i++) {
            Drawn question = questions.get(i);
            List<Integer> chosen = request.answers().get(i);
            if (chosen.stream().anyMatch(c -> c < 0 || c >= question.options().size())
                    || (!question.multiple() && chosen.size() > 1)) {
                violations.add(new Violation("answers[" + i + "]", "{training.test.answer-option}"));
                continue;
            }
            if (new HashSet<>(chosen).equals(new HashSet<>(question.correct()))) {
                right++;
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        int score = right * 100 / questions.size();
        boolean passed = score >= row.passPercent();
        db.update(
                "update training_test_attempt set answers = ?::jsonb, finished_at = ?, score_percent = ?, passed = ?"
                        + " where id = ?",
                write(request.answers()),
                now(),
                score,
                passed,
                attemptId);
        audit.record(
                "training-test-attempt", attemptId, "finish", null, Map.of("scorePercent", score, "passed", passed));
        completions.evaluate(row.enrolmentId());
        return attempt(attemptId);
    }

    TestAttemptResponse attempt(UUID id) {
        return db.one(
                        "select t.id, t.enrolment_id, t.attempt, c.test_attempts, c.test_pass_percent, t.questions::text,"
                                + " t.started_at, t.finished_at, t.score_percent, t.passed from training_test_attempt t"
                                + " join training_enrolment e on e.id = t.enrolment_id"
                                + " join training_cohort c on c.id = e.cohort_id where t.id = ?",
                        rs -> {
                            List<Drawn> drawn = read(rs.getString(6), DRAWN);
                            List<TestQuestion> questions = new ArrayList<>();
                            for (int i = 0; i < drawn.size(); i++) {
                                Drawn d = drawn.get(i);
                                questions.add(new TestQuestion(i + 1, d.module(), d.text(), d.multiple(), d.options()));
                            }
                            return new TestAttemptResponse(
                                    rs.getObject(1, UUID.class),
                                    rs.getObject(2, UUID.class),
                                    rs.getInt(3),
                                    rs.getInt(4),
                                    rs.getInt(5),
                                    questions,
                                    rs.getObject(7, OffsetDateTime.class),
                                    rs.getObject(8, OffsetDateTime.class),
                                    (Integer) rs.getObject(9),
                                    (Boolean) rs.getObject(10));
                        },
                        id)
                .orElseThrow(() -> TrainingProblems.attemptNotFound(id));
    }

    // ---- helpers

    private void requireOwnEnrolment(TrainingCaller caller, UUID enrolmentId) {
        UUID learner = db.one(
                        "select learner_id from training_enrolment where id = ?",
                        rs -> rs.getObject(1, UUID.class),
                        enrolmentId)
                .orElseThrow(() -> TrainingProblems.enrolmentNotFound(enrolmentId));
        if (!access.learnerOf(caller).map(learner::equals).orElse(false)) {
            throw TrainingProblems.forbidden();
        }
        if (!db.exists("select 1 from training_enrolment where id = ? and status = 'ENROLLED'", enrolmentId)) {
            throw TrainingProblems.enrolmentNotActive();
        }
    }

    /** The caller's ENROLLED enrolment in a cohort, if any. */
    Optional<UUID> enrolmentOf(TrainingCaller caller, UUID cohortId) {
        return access.learnerOf(caller)
                .flatMap(learner -> db.one(
                        "select id from training_enrolment where cohort_id = ? and learner_id = ? and status = 'ENROLLED'",
                        rs -> rs.getObject(1, UUID.class),
                        cohortId,
                        learner));
    }

    /**
     * The cohort of a session, the session held (key share) to the end of the transaction: a deletion committed while
     * we wait reads as 404, and none can commit between this check and the attendance written after it.
     */
    private UUID cohortOfSession(UUID sessionId) {
        return db.one(
                        "select cohort_id from training_session where id = ? for key share",
                        rs -> rs.getObject(1, UUID.class),
                        sessionId)
                .orElseThrow(() -> TrainingProblems.sessionNotFound(sessionId));
    }

    AssignmentResponse assignment(UUID id) {
        return db.one(ASSIGNMENT + " where g.id = ?", ActivityService::assignment, id)
                .orElseThrow(() -> TrainingProblems.assignmentNotFound(id));
    }

    private Optional<SubmissionResponse> latest(UUID assignmentId, UUID enrolmentId) {
        return db.one(
                SUBMISSION + " where assignment_id = ? and enrolment_id = ? order by attempt desc limit 1",
                ActivityService::submission,
                assignmentId,
                enrolmentId);
    }

    SubmissionResponse submission(UUID id) {
        return db.one(SUBMISSION + " where id = ?", ActivityService::submission, id)
                .orElseThrow(() -> TrainingProblems.submissionNotFound(id));
    }

    List<SubmissionResponse> submissionsOf(UUID enrolmentId) {
        return db.list(
                SUBMISSION + " where enrolment_id = ? order by assignment_id, attempt desc",
                ActivityService::submission,
                enrolmentId);
    }

    private static AssignmentResponse assignment(ResultSet rs) throws SQLException {
        return new AssignmentResponse(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class),
                rs.getBoolean(6),
                rs.getBoolean(7),
                rs.getObject(8, UUID.class));
    }

    private static SubmissionResponse submission(ResultSet rs) throws SQLException {
        Array links = rs.getArray(6);
        String grade = rs.getString(9);
        return new SubmissionResponse(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getInt(4),
                rs.getString(5),
                links == null ? List.of() : List.of((String[]) links.getArray()),
                rs.getObject(7, OffsetDateTime.class),
                rs.getBoolean(8),
                grade == null ? null : SubmissionGrade.valueOf(grade),
                rs.getString(10),
                rs.getObject(11, OffsetDateTime.class),
                rs.getObject(12, UUID.class));
    }

    private OffsetDateTime now() {
        return clock.now().atOffset(ZoneOffset.UTC);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write test JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read test JSON", e);
        }
    }
}
