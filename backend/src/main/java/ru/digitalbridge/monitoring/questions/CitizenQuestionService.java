package ru.digitalbridge.monitoring.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.monitoring.evaluations.AnswerTimes;
import ru.digitalbridge.monitoring.evaluations.EvaluationAccess;
import ru.digitalbridge.monitoring.evaluations.EvaluationAnswerTimes;
import ru.digitalbridge.monitoring.evaluations.EvaluationProblems;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.CitizenQuestionRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRow;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer;
import ru.digitalbridge.monitoring.evaluations.EvaluationService;
import ru.digitalbridge.monitoring.evaluations.EvaluationStore;
import ru.digitalbridge.monitoring.evaluations.EvaluationStore.QuestionRow;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.CitizenQuestionList;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.CitizenQuestionResponse;

/**
 * The citizen-question sample of an evaluation: read by whoever may read the evaluation, written by the assigned
 * expert while the evaluation is editable (DRAFT or RETURNED, campaign EVALUATION or REVIEW). Every change
 * recomputes the answer-time figures, the DERIVED answers and the index (without bumping the evaluation's
 * version, see {@link EvaluationService}). Timestamps keep the offset they were given in; an answer before its
 * question is refused with 400 on {@code answeredAt}.
 */
@ApplicationScoped
public class CitizenQuestionService {
    static final String ENTITY = "citizen-question";
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final EvaluationService evaluations;
    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final EvaluationProblems problems;
    private final AuditService audit;

    CitizenQuestionService(
            EvaluationService evaluations,
            EvaluationStore store,
            EvaluationAccess access,
            EvaluationProblems problems,
            AuditService audit) {
        this.evaluations = evaluations;
        this.store = store;
        this.access = access;
        this.problems = problems;
        this.audit = audit;
    }

    public CitizenQuestionList list(UUID evaluationId) {
        EvaluationRow row = evaluations.find(evaluationId, false);
        access.read(row, access.caller());
        List<QuestionRow> rows = store.questions(evaluationId);
        AnswerTimes times = AnswerTimes.of(rows.stream()
                .map(q -> new AnswerTimes.Question(q.askedAt(), q.answeredAt()))
                .toList());
        return new CitizenQuestionList(
                rows.stream().map(CitizenQuestionService::view).toList(), EvaluationAnswerTimes.from(times));
    }

    @Transactional
    public CitizenQuestionResponse create(UUID evaluationId, CitizenQuestionRequest request) {
        editable(evaluationId);
        QuestionRow question = validate(UUID.randomUUID(), request);
        store.insertQuestion(evaluationId, question);
        rescore(evaluationId);
        CitizenQuestionResponse created = view(question);
        audit.record(ENTITY, question.id(), "create", null, created);
        return created;
    }

    @Transactional
    public CitizenQuestionResponse update(UUID evaluationId, UUID questionId, CitizenQuestionRequest request) {
        editable(evaluationId);
        QuestionRow before = existing(evaluationId, questionId);
        QuestionRow question = validate(questionId, request);
        store.updateQuestion(evaluationId, question);
        rescore(evaluationId);
        CitizenQuestionResponse updated = view(question);
        audit.record(ENTITY, questionId, "update", view(before), updated);
        return updated;
    }

    @Transactional
    public void delete(UUID evaluationId, UUID questionId) {
        editable(evaluationId);
        QuestionRow before = existing(evaluationId, questionId);
        store.deleteQuestion(evaluationId, questionId);
        rescore(evaluationId);
        audit.record(ENTITY, questionId, "delete", view(before), null);
    }

    private void editable(UUID evaluationId) {
        EvaluationRow row = evaluations.find(evaluationId, true);
        evaluations.requireExpert(row, access.caller());
        if (!row.status().editable() || !row.inWorkStage()) {
            throw EvaluationProblems.locked(row);
        }
    }

    private QuestionRow existing(UUID evaluationId, UUID questionId) {
        return store.questions(evaluationId).stream()
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .orElseThrow(() -> EvaluationProblems.questionNotFound(questionId));
    }

    private void rescore(UUID evaluationId) {
        EvaluationRow row = evaluations.find(evaluationId, false);
        evaluations.rescore(evaluations.load(row), false);
    }

    private QuestionRow validate(UUID id, CitizenQuestionRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (!EvaluationProblems.httpUrl(request.url())) {
            violations.add(problems.violation("url", "evaluation.question-url"));
        }
        if (request.answeredAt() != null && request.answeredAt().isBefore(request.askedAt())) {
            violations.add(problems.violation("answeredAt", "evaluation.answer-before-question"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new QuestionRow(
                id,
                request.url().strip(),
                request.askedAt(),
                request.answeredAt(),
                request.quality(),
                EvaluationScorer.blankToNull(request.note()));
    }

    static CitizenQuestionResponse view(QuestionRow q) {
        BigDecimal hours = q.answeredAt() == null
                ? null
                : BigDecimal.valueOf(
                                Duration.between(q.askedAt(), q.answeredAt()).getSeconds())
                        .divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
        return new CitizenQuestionResponse(q.id(), q.url(), q.askedAt(), q.answeredAt(), q.quality(), q.note(), hours);
    }
}
