package ru.digitalbridge.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.monitoring.evaluations.AnswerResponse;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationAnswerInput;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer;
import ru.digitalbridge.monitoring.evaluations.PrivateEvaluations;
import ru.digitalbridge.training.ActivityResponses.AssignmentResponse;
import ru.digitalbridge.training.SelfAssessmentResponses.Agreement;
import ru.digitalbridge.training.SelfAssessmentResponses.ComparisonRow;
import ru.digitalbridge.training.SelfAssessmentResponses.ExpertEvaluation;
import ru.digitalbridge.training.SelfAssessmentResponses.MethodologyRef;
import ru.digitalbridge.training.SelfAssessmentResponses.SelfAssessmentForm;
import ru.digitalbridge.training.SelfAssessmentResponses.SelfAssessmentRequest;
import ru.digitalbridge.training.SelfAssessmentResponses.SelfAssessmentResponse;

/**
 * The built-in practical assignment: a learner evaluates an account they run against the assignment's approved
 * methodology with the evaluation form in a private mode ({@link PrivateEvaluations}: the experts' answer types,
 * validation and index). Submitting it is the assignment's submission, graded like any other, and completion is
 * re-evaluated as for any submission. A self-assessment is shown to the learner and the cohort's trainers only and
 * is never published: it lives in its own table, which no public view, rating, open-data file, change feed or
 * webhook reads.
 */
@ApplicationScoped
public class SelfAssessmentService {
    private final Sql db;
    private final TrainingAccess access;
    private final ActivityService activity;
    private final LearnerService learners;
    private final PrivateEvaluations forms;
    private final ObjectMapper json;

    SelfAssessmentService(
            Sql db,
            TrainingAccess access,
            ActivityService activity,
            LearnerService learners,
            PrivateEvaluations forms,
            ObjectMapper json) {
        this.db = db;
        this.access = access;
        this.activity = activity;
        this.learners = learners;
        this.forms = forms;
        this.json = json;
    }

    /** What is stored: the subject that decided applicability, frozen, and the answers as entered. */
    record Stored(EvaluationScorer.Subject subject, List<EvaluationAnswerInput> answers) {}

    /** The empty form for one of the caller's accounts. The caller must be enrolled in the assignment's cohort. */
    @Transactional
    public SelfAssessmentForm form(TrainingCaller caller, UUID assignmentId, UUID accountId) {
        AssignmentResponse assignment = selfAssessment(assignmentId);
        UUID learner = enrolledLearner(caller, assignment);
        LearnerResponse.AccountRef account = linkedAccount(learner, accountId);
        EvaluationScorer.Subject subject = forms.subject(account.id()).orElseThrow();
        PrivateEvaluations.Scored form = forms.form(assignment.criteriaSetId(), subject, List.of());
        return new SelfAssessmentForm(assignmentId, methodology(assignment.criteriaSetId()), account, form.answers());
    }

    /** Submits a self-assessment: the assignment's submission and the private answers, in one transaction. */
    @Transactional
    public SelfAssessmentResponse submit(TrainingCaller caller, UUID assignmentId, SelfAssessmentRequest request) {
        AssignmentResponse assignment = selfAssessment(assignmentId);
        UUID learner = enrolledLearner(caller, assignment);
        LearnerResponse.AccountRef account = linkedAccount(learner, request.accountId());
        EvaluationScorer.Subject subject = forms.subject(account.id()).orElseThrow();
        PrivateEvaluations.Scored scored = forms.submit(assignment.criteriaSetId(), subject, request.answers());
        UUID id = UUID.randomUUID();
        String stored = write(new Stored(subject, request.answers()));
        activity.submitAs(
                caller,
                assignment,
                "Самооценка аккаунта / Self-assessment of the account: " + account.url(),
                List.of(account.url()),
                (enrolment, submission) -> db.update(
                        "insert into training_self_assessment (id, submission_id, assignment_id, enrolment_id,"
                                + " account_id, criteria_set_id, answers, index_value) values (?, ?, ?, ?, ?, ?,"
                                + " ?::jsonb, ?)",
                        id,
                        submission,
                        assignmentId,
                        enrolment,
                        account.id(),
                        assignment.criteriaSetId(),
                        stored,
                        scored.index()));
        return read(id);
    }

    /** A self-assessment beside the experts' latest published evaluation: the learner and the cohort's trainers. */
    @Transactional
    public SelfAssessmentResponse get(TrainingCaller caller, UUID id) {
        record Owner(UUID learnerId, UUID cohortId) {}
        Owner owner = db.one(
                        "select e.learner_id, e.cohort_id from training_self_assessment a"
                                + " join training_enrolment e on e.id = a.enrolment_id where a.id = ?",
                        rs -> new Owner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                        id)
                .orElseThrow(() -> TrainingProblems.selfAssessmentNotFound(id));
        boolean own = access.learnerOf(caller).map(owner.learnerId()::equals).orElse(false);
        if (!own && !access.trains(caller, owner.cohortId())) {
            throw TrainingProblems.forbidden();
        }
        return read(id);
    }

    private SelfAssessmentResponse read(UUID id) {
        record Row(
                UUID assignmentId,
                UUID enrolmentId,
                UUID submissionId,
                UUID accountId,
                UUID criteriaSetId,
                String answers,
                String learnerName) {}
        Row row = db.one(
                        "select a.assignment_id, a.enrolment_id, a.submission_id, a.account_id, a.criteria_set_id,"
                                + " a.answers::text, concat_ws(' ', l.surname, l.name, l.patronymic)"
                                + " from training_self_assessment a join training_enrolment e on e.id = a.enrolment_id"
                                + " join training_learner l on l.id = e.learner_id where a.id = ?",
                        rs -> new Row(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class),
                                rs.getObject(4, UUID.class),
                                rs.getObject(5, UUID.class),
                                rs.getString(6),
                                rs.getString(7)),
                        id)
                .orElseThrow(() -> TrainingProblems.selfAssessmentNotFound(id));
        Stored stored = readStored(row.answers());
        PrivateEvaluations.Scored mine = forms.form(row.criteriaSetId(), stored.subject(), stored.answers());
        LearnerResponse.AccountRef account = db.one(
                        "select id, display_name, url, platform from registry_account_view where id = ?",
                        rs -> new LearnerResponse.AccountRef(
                                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)),
                        row.accountId())
                .orElseThrow();
        var published = forms.latestPublished(row.accountId());
        ExpertEvaluation experts = published
                .map(p -> new ExpertEvaluation(
                        p.evaluationId(),
                        p.campaignId(),
                        p.campaignTitle(),
                        p.period(),
                        p.criteriaSetId(),
                        p.criteriaSetId().equals(row.criteriaSetId()),
                        p.index(),
                        p.revisedAt()))
                .orElse(null);
        List<ComparisonRow> comparison = new ArrayList<>();
        for (AnswerResponse answer : mine.answers()) {
            PrivateEvaluations.PublishedAnswer theirs =
                    published.map(p -> p.answers().get(answer.code())).orElse(null);
            comparison.add(new ComparisonRow(
                    answer.code(),
                    answer.title(),
                    answer.weight(),
                    answer.maxPoints(),
                    answer.notApplicable(),
                    answer.value(),
                    answer.points(),
                    theirs != null,
                    theirs != null && theirs.notApplicable(),
                    theirs == null ? null : theirs.value(),
                    theirs == null ? null : theirs.points(),
                    theirs == null ? null : theirs.maxPoints(),
                    agreement(answer, theirs)));
        }
        BigDecimal difference = experts == null || experts.index() == null || mine.index() == null
                ? null
                : mine.index().subtract(experts.index());
        AssignmentResponse assignment = activity.assignment(row.assignmentId());
        return new SelfAssessmentResponse(
                id,
                row.assignmentId(),
                assignment.title(),
                row.enrolmentId(),
                row.learnerName(),
                account,
                methodology(row.criteriaSetId()),
                mine.index(),
                mine.applicable(),
                mine.filled(),
                mine.answers(),
                activity.submission(row.submissionId()),
                experts,
                difference,
                comparison);
    }

    /**
     * SAME when both left the criterion out or both earned the same share of its maximum; MINE_HIGHER or
     * MINE_LOWER by that share; NOT_COMPARABLE when only one side assessed it.
     */
    static Agreement agreement(AnswerResponse mine, PrivateEvaluations.PublishedAnswer theirs) {
        if (theirs == null) {
            return Agreement.NOT_COMPARABLE;
        }
        boolean mineOut = mine.notApplicable() || mine.points() == null;
        boolean theirsOut = theirs.notApplicable() || theirs.points() == null;
        if (mineOut || theirsOut) {
            return mineOut && theirsOut ? Agreement.SAME : Agreement.NOT_COMPARABLE;
        }
        int order = share(mine.points(), mine.maxPoints()).compareTo(share(theirs.points(), theirs.maxPoints()));
        return order == 0 ? Agreement.SAME : order > 0 ? Agreement.MINE_HIGHER : Agreement.MINE_LOWER;
    }

    private static BigDecimal share(BigDecimal points, BigDecimal max) {
        return max == null || max.signum() == 0 ? BigDecimal.ZERO : points.divide(max, 6, RoundingMode.HALF_UP);
    }

    private AssignmentResponse selfAssessment(UUID assignmentId) {
        AssignmentResponse assignment = activity.assignment(assignmentId);
        if (!assignment.selfAssessment()) {
            throw TrainingProblems.notSelfAssessment();
        }
        return assignment;
    }

    /** The caller's learner record when they are enrolled in the assignment's cohort (403 otherwise). */
    private UUID enrolledLearner(TrainingCaller caller, AssignmentResponse assignment) {
        activity.enrolmentOf(caller, assignment.cohortId()).orElseThrow(TrainingProblems::forbidden);
        return access.learnerOf(caller).orElseThrow(TrainingProblems::forbidden);
    }

    /** One of the accounts the learner runs (400 on {@code accountId} otherwise). */
    private LearnerResponse.AccountRef linkedAccount(UUID learnerId, UUID accountId) {
        return learners.read(learnerId, false).accounts().stream()
                .filter(a -> a.id().equals(accountId))
                .findFirst()
                .orElseThrow(() ->
                        ProblemException.invalidField("accountId", "training.self-assessment.account-not-linked"));
    }

    private MethodologyRef methodology(UUID criteriaSetId) {
        return forms.published(criteriaSetId)
                .map(m -> new MethodologyRef(m.id(), m.name(), m.edition()))
                .orElseThrow();
    }

    private String write(Stored stored) {
        try {
            return json.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a self-assessment", e);
        }
    }

    private Stored readStored(String text) {
        try {
            return json.readValue(text, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a self-assessment", e);
        }
    }
}
