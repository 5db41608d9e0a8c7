package ru.digitalbridge.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.training.ActivityResponses.SubmissionResponse;
import ru.digitalbridge.training.CabinetResponse.CabinetEnrolment;

/** The learner's own view of their training and of the accounts they run. */
@ApplicationScoped
public class CabinetService {
    private final Sql db;
    private final TrainingAccess access;
    private final LearnerService learners;
    private final CohortService cohorts;
    private final ActivityService activity;
    private final Completions completions;

    CabinetService(
            Sql db,
            TrainingAccess access,
            LearnerService learners,
            CohortService cohorts,
            ActivityService activity,
            Completions completions) {
        this.db = db;
        this.access = access;
        this.learners = learners;
        this.cohorts = cohorts;
        this.activity = activity;
        this.completions = completions;
    }

    @Transactional
    public CabinetResponse cabinet(TrainingCaller caller) {
        UUID learnerId = access.learnerOf(caller).orElseThrow(TrainingProblems::notALearner);
        LearnerResponse learner = learners.read(learnerId, true);
        List<EnrolmentResponse> enrolments = db.list(
                "select e.id, e.version, e.cohort_id, e.learner_id, e.status, e.completed_on from training_enrolment e"
                        + " join training_cohort c on c.id = e.cohort_id where e.learner_id = ?"
                        + " order by c.starts_on desc, e.id",
                rs -> new EnrolmentResponse(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        EnrolmentStatus.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class)),
                learnerId);
        List<CabinetEnrolment> mine = enrolments.stream().map(this::enrolment).toList();
        List<CabinetResponse.MyAccount> accounts = learner.accounts().stream()
                .map(a -> new CabinetResponse.MyAccount(
                        a.id(), a.displayName(), a.url(), a.platform(), latest(a.id()), recommendations(a.id())))
                .toList();
        return new CabinetResponse(learner, mine, accounts);
    }

    private CabinetEnrolment enrolment(EnrolmentResponse e) {
        CohortResponse cohort = cohorts.reread(e.cohortId());
        Map<UUID, AttendanceStatus> marks = db
                .list(
                        "select session_id, status from training_attendance where enrolment_id = ?",
                        rs -> Map.entry(rs.getObject(1, UUID.class), AttendanceStatus.valueOf(rs.getString(2))),
                        e.id())
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<UUID, SubmissionResponse> latest = activity.submissionsOf(e.id()).stream()
                .collect(Collectors.toMap(SubmissionResponse::assignmentId, Function.identity(), (a, b) -> a));
        CabinetResponse.MyTest test = db.one(
                        "select count(t.finished_at), max(t.score_percent), coalesce(bool_or(t.passed), false),"
                                + " (select o.id from training_test_attempt o where o.enrolment_id = ?"
                                + " and o.finished_at is null limit 1)"
                                + " from training_test_attempt t where t.enrolment_id = ?",
                        rs -> new CabinetResponse.MyTest(
                                cohort.completion().requireFinalTest(),
                                rs.getInt(1),
                                cohort.finalTest().attempts(),
                                cohort.finalTest().passPercent(),
                                rs.getBoolean(3),
                                (Integer) rs.getObject(2),
                                rs.getObject(4, UUID.class)),
                        e.id(),
                        e.id())
                .orElseThrow();
        CompletionRule.Outcome outcome = completions.outcome(e.id());
        return new CabinetEnrolment(
                e.id(),
                e.status(),
                new CabinetResponse.CohortSummary(
                        cohort.id(),
                        cohort.title(),
                        cohort.startsOn(),
                        cohort.endsOn(),
                        cohort.programme().title(),
                        cohort.programme().totalHours()),
                cohort.sessions().stream()
                        .map(s -> new CabinetResponse.ScheduledSession(s, marks.get(s.id())))
                        .toList(),
                activity.assignmentsOf(e.cohortId()).stream()
                        .map(a -> new CabinetResponse.MyAssignment(a, latest.get(a.id())))
                        .toList(),
                test,
                new CompletionStatus(
                        e.completedOn() != null, e.completedOn(), outcome.attendedPercent(), outcome.missing()));
    }

    private CabinetResponse.LatestEvaluation latest(UUID accountId) {
        return db.one(
                        "select v.id, v.campaign_id, v.index_value, v.revised_at from monitoring_published_evaluation_view v"
                                + " where v.account_id = ? order by v.revised_at desc, v.id limit 1",
                        rs -> new CabinetResponse.LatestEvaluation(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getBigDecimal(3),
                                rs.getObject(4, OffsetDateTime.class)),
                        accountId)
                .orElse(null);
    }

    private List<CabinetResponse.Recommendation> recommendations(UUID accountId) {
        return db.list(
                """
                select x.a ->> 'code', x.a ->> 'title', x.a ->> 'recommendation'
                  from (select v.answers from monitoring_published_evaluation_view v where v.account_id = ?
                         order by v.revised_at desc, v.id limit 1) latest
                 cross join lateral jsonb_array_elements(latest.answers) with ordinality as x(a, n)
                 where coalesce(x.a ->> 'recommendation', '') <> ''
                 order by x.n
                """,
                rs -> new CabinetResponse.Recommendation(rs.getString(1), rs.getString(2), rs.getString(3)),
                accountId);
    }
}
