package ru.digitalbridge.monitoring.evaluations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.paging.ListCursor;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.common.paging.SyncQuery.Sync;
import ru.digitalbridge.methodology.CriteriaCatalog;
import ru.digitalbridge.methodology.CriterionDefinition;
import ru.digitalbridge.methodology.CriterionType;
import ru.digitalbridge.methodology.Level;
import ru.digitalbridge.monitoring.MonitoringEvents;
import ru.digitalbridge.monitoring.evaluations.EvaluationAccess.Audience;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationAnswerInput;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationAnswersRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationCorrectionRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationReconcileRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationReturnRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer.Input;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer.Result;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer.Scored;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationEventView;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationHistory;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationPair;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationRevisionResponse;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationSummary;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.RevisionAnswer;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.TimelineEntry;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.registry.NamedRef;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/**
 * Evaluations: reading (see {@link EvaluationAccess}), the expert's autosave and submission, the coordinator's
 * return, approval and reconciliation of blind pairs, the public history, published revisions and corrections.
 *
 * <p>Every change re-scores the whole evaluation ({@link EvaluationScorer}) and stores each criterion's points and
 * the index. The version guards what people type: autosave, workflow steps and corrections bump it and refuse a
 * stale one with 409; changes of the citizen-question sample recompute the DERIVED answers and the index under
 * the same row lock without bumping it, so an open form's next autosave is not refused because of them.
 *
 * <p>A published evaluation never changes in place except by a correction, which writes the next revision
 * (snapshot, reason, author) and a 'corrected' event; {@code finalIndex} keeps the value the campaign became
 * final with while {@code index} follows the newest revision.
 */
@ApplicationScoped
public class EvaluationService {
    static final String ENTITY = "evaluation";
    private static final BigDecimal VALUE_LIMIT = new BigDecimal("1000000000");

    private final EvaluationStore store;
    private final EvaluationScorer scorer;
    private final EvaluationAccess access;
    private final EvaluationProblems problems;
    private final AuditService audit;
    private final MonitoringEvents events;
    private final Event<EvaluationCorrected> corrected;

    EvaluationService(
            EvaluationStore store,
            EvaluationScorer scorer,
            EvaluationAccess access,
            EvaluationProblems problems,
            AuditService audit,
            MonitoringEvents events,
            Event<EvaluationCorrected> corrected) {
        this.store = store;
        this.scorer = scorer;
        this.access = access;
        this.problems = problems;
        this.audit = audit;
        this.events = events;
        this.corrected = corrected;
    }

    /** What the audit log keeps of an evaluation change. */
    record AuditState(EvaluationStatus status, BigDecimal index, int revision, List<String> criteria)
            implements AuditService.Fields {

        /** What the object mapper makes of this record (EvaluationAuditFieldsTest compares the two). */
        @Override
        public Map<String, Object> auditFields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("status", status == null ? null : status.name());
            fields.put("index", index);
            fields.put("revision", revision);
            fields.put("criteria", criteria);
            return fields;
        }
    }

    // ---- reading

    public EvaluationResponse get(UUID id) {
        EvaluationRow row = find(id, false);
        return view(row, access.read(row, access.caller()));
    }

    public EvaluationRow find(UUID id, boolean lock) {
        return store.evaluation(id, lock).orElseThrow(() -> EvaluationProblems.evaluationNotFound(id));
    }

    /** The evaluation, its methodology, stored answers and question sample, scored as they stand. */
    public record Loaded(
            EvaluationRow row,
            List<CriterionDefinition> criteria,
            Map<UUID, Input> inputs,
            Map<UUID, EvaluationStore.StoredAnswer> stored,
            AnswerTimes times) {

        public Result score() {
            return EvaluationScorer.score(criteria, row.subject(), inputs, times);
        }

        public CriterionDefinition criterion(UUID id) {
            for (CriterionDefinition c : criteria) {
                if (c.id().equals(id)) {
                    return c;
                }
            }
            return null;
        }
    }

    public Loaded load(EvaluationRow row) {
        List<CriterionDefinition> criteria = scorer.criteria(row.criteriaSetId());
        Map<UUID, EvaluationStore.StoredAnswer> stored = store.answers(row.id());
        Map<UUID, Input> inputs = new HashMap<>();
        stored.forEach((criterion, answer) -> inputs.put(criterion, answer.input()));
        List<AnswerTimes.Question> sample = store.questions(row.id()).stream()
                .map(q -> new AnswerTimes.Question(q.askedAt(), q.answeredAt()))
                .toList();
        return new Loaded(row, criteria, inputs, stored, AnswerTimes.of(sample));
    }

    /**
     * The evaluation locked for an expert's write, with its answers and question sample, in one statement; the
     * rules of an approved criteria set come from memory.
     */
    Loaded loadForWrite(UUID id) {
        EvaluationStore.ForWrite found =
                store.evaluationForWrite(id).orElseThrow(() -> EvaluationProblems.evaluationNotFound(id));
        Map<UUID, Input> inputs = new HashMap<>();
        found.answers().forEach((criterion, answer) -> inputs.put(criterion, answer.input()));
        return new Loaded(
                found.row(),
                scorer.criteria(found.row().criteriaSetId()),
                inputs,
                found.answers(),
                AnswerTimes.of(found.questions()));
    }

    EvaluationResponse view(EvaluationRow row, Audience level) {
        return view(load(row), level);
    }

    EvaluationResponse view(Loaded loaded, Audience level) {
        EvaluationRow row = loaded.row();
        Result result = loaded.score();
        Map<UUID, CriteriaCatalog.CriterionTexts> texts = scorer.texts(row.criteriaSetId());
        boolean frozen = row.status() == EvaluationStatus.PUBLISHED;
        List<AnswerResponse> answers = new ArrayList<>();
        for (Scored scored : result.answers()) {
            CriterionDefinition c = scored.criterion();
            EvaluationStore.StoredAnswer stored = loaded.stored().get(c.id());
            CriteriaCatalog.CriterionTexts text = texts.get(c.id());
            boolean fromStore = frozen && stored != null;
            answers.add(new AnswerResponse(
                    c.id(),
                    c.position(),
                    c.code(),
                    c.group(),
                    c.title(),
                    c.type(),
                    c.weight(),
                    c.maxPoints(),
                    scored.applicable(),
                    fromStore ? stored.notApplicable() : scored.notApplicable(),
                    fromStore ? stored.input().naReason() : scored.naReason(),
                    fromStore ? stored.input().value() : scored.value(),
                    fromStore ? stored.points() : scored.points(),
                    scored.evidenceUrl(),
                    scored.evidenceNote(),
                    fromStore ? stored.input().recommendation() : scored.recommendation(),
                    c.rule().levels(),
                    c.rule().thresholds(),
                    c.rule().direction(),
                    text == null ? null : text.unit(),
                    c.rule().metric(),
                    text == null ? "" : text.guidance(),
                    c.normative()));
        }
        return new EvaluationResponse(
                row.id(),
                row.version(),
                new EvaluationResponse.Campaign(
                        row.campaignId(),
                        row.campaignTitle(),
                        row.period(),
                        row.stage(),
                        row.criteriaSetId(),
                        row.replyClosesAt()),
                new EvaluationResponse.Account(
                        row.accountId(), row.displayName(), row.url(), Platform.valueOf(row.platform())),
                new EvaluationResponse.Organization(
                        row.organizationId(),
                        row.organizationName(),
                        row.organizationInn(),
                        Sector.valueOf(row.sector()),
                        OrganizationKind.valueOf(row.kind())),
                new NamedRef(row.municipalityId(), row.municipalityName()),
                level.internal() ? new EvaluationResponse.Expert(row.expertId(), row.expertName()) : null,
                row.role(),
                row.status(),
                row.index(),
                row.initialIndex(),
                row.finalIndex(),
                row.revision(),
                level.internal() ? row.reviewComment() : null,
                row.submittedAt(),
                row.approvedAt(),
                row.publishedAt(),
                row.updatedAt(),
                new EvaluationResponse.Completeness(result.applicable(), result.filled()),
                EvaluationAnswerTimes.from(loaded.times()),
                answers);
    }

    // ---- the expert's work

    /**
     * The expert's autosave: one locked read (evaluation, answers, question sample), one statement writing the changed
     * answers, the index and the version, and the audit entry; the response is built from what was written.
     */
    @Transactional
    public EvaluationResponse saveAnswers(UUID id, EvaluationAnswersRequest request) {
        EvaluationCaller caller = access.tokenCaller();
        Loaded loaded = loadForWrite(id);
        EvaluationRow row = loaded.row();
        requireExpert(row, caller);
        if (!row.status().editable() || !row.inWorkStage()) {
            throw EvaluationProblems.locked(row);
        }
        requireVersion(row, request.version());
        List<String> changed = apply(loaded, request.answers(), "answers");
        Result result = loaded.score();
        EvaluationStore.Written written = store.write(
                        new EvaluationStore.Write(id, row.version(), result.index(), null, caller, null, row.index()),
                        toWrite(loaded, result))
                .orElseThrow(EvaluationProblems::stale);
        audit.record(
                ENTITY,
                id,
                "answers",
                new AuditState(row.status(), row.index(), row.revision(), List.of()),
                new AuditState(row.status(), result.index(), row.revision(), changed));
        return written(loaded, result, written);
    }

    /** Submission: the same three statements as a save, and the 'submitted' event written with the update. */
    @Transactional
    public EvaluationResponse submit(UUID id, long version) {
        EvaluationCaller caller = access.tokenCaller();
        Loaded loaded = loadForWrite(id);
        EvaluationRow row = loaded.row();
        requireExpert(row, caller);
        if (!row.status().editable() || !row.inWorkStage()) {
            throw EvaluationProblems.illegalTransition(row, "submit");
        }
        requireVersion(row, version);
        Result result = loaded.score();
        List<Violation> missing = missing(result, true);
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "evaluation-incomplete", "evaluation-incomplete", missing, missing.size())
                    .with("missing", missing.size());
        }
        EvaluationStore.Written written = store.write(
                        new EvaluationStore.Write(
                                id,
                                row.version(),
                                result.index(),
                                EvaluationStatus.SUBMITTED,
                                caller,
                                "submitted",
                                row.index()),
                        toWrite(loaded, result))
                .orElseThrow(EvaluationProblems::stale);
        audit.record(
                ENTITY,
                id,
                "submit",
                state(row),
                new AuditState(EvaluationStatus.SUBMITTED, result.index(), row.revision(), List.of()));
        return written(loaded, result, written);
    }

    /**
     * The scored answers whose stored row would change (or that have none yet): an autosave of one criterion writes
     * one row, a submission of a saved evaluation none, instead of rewriting every criterion's row each time. The
     * stored rows were read under the evaluation's lock, which every writer of its answers takes first.
     */
    static List<Scored> toWrite(Loaded loaded, Result result) {
        List<Scored> changed = new ArrayList<>();
        for (Scored scored : result.answers()) {
            EvaluationStore.StoredAnswer stored =
                    loaded.stored().get(scored.criterion().id());
            if (stored == null || !stored.sameAs(scored)) {
                changed.add(scored);
            }
        }
        return changed;
    }

    /** The expert's view after a write, from the loaded state and the written columns (no re-read). */
    private EvaluationResponse written(Loaded loaded, Result result, EvaluationStore.Written written) {
        EvaluationRow after = loaded.row().after(written, result.index());
        // values as the numeric(12, 3) column returns them, so the response equals a fresh read
        Map<UUID, Input> stored = new HashMap<>();
        loaded.inputs()
                .forEach((criterion, input) -> stored.put(
                        criterion,
                        input.value() == null
                                ? input
                                : new Input(
                                        input.value().setScale(3, RoundingMode.HALF_UP),
                                        input.notApplicable(),
                                        input.naReason(),
                                        input.evidenceUrl(),
                                        input.evidenceNote(),
                                        input.recommendation())));
        return view(new Loaded(after, loaded.criteria(), stored, loaded.stored(), loaded.times()), Audience.EXPERT);
    }

    // ---- review

    @Transactional
    public EvaluationResponse returnToExpert(UUID id, EvaluationReturnRequest request) {
        EvaluationCaller caller = access.caller();
        EvaluationRow row = find(id, true);
        if (row.status() != EvaluationStatus.SUBMITTED || !row.inWorkStage()) {
            throw EvaluationProblems.illegalTransition(row, "return");
        }
        requireVersion(row, request.version());
        String comment = request.comment().strip();
        store.setStatus(id, EvaluationStatus.RETURNED, comment, false);
        store.event(id, caller, "returned", comment, row.index(), row.index(), null);
        audit.record(
                ENTITY,
                id,
                "return",
                state(row),
                new AuditState(EvaluationStatus.RETURNED, row.index(), row.revision(), List.of()));
        events.evaluation(EventTypes.EVALUATION_RETURNED, id);
        return reread(id, Audience.STAFF);
    }

    @Transactional
    public EvaluationResponse approve(UUID id, long version) {
        EvaluationCaller caller = access.caller();
        EvaluationRow row = find(id, true);
        if (row.status() != EvaluationStatus.SUBMITTED || !row.inWorkStage()) {
            throw EvaluationProblems.illegalTransition(row, "approve");
        }
        requireVersion(row, version);
        store.setStatus(id, EvaluationStatus.APPROVED, null, true);
        store.event(id, caller, "approved", null, row.index(), row.index(), null);
        audit.record(
                ENTITY,
                id,
                "approve",
                state(row),
                new AuditState(EvaluationStatus.APPROVED, row.index(), row.revision(), List.of()));
        events.evaluation(EventTypes.EVALUATION_APPROVED, id);
        return reread(id, Audience.STAFF);
    }

    /** The PRIMARY and SECOND of the account side by side; differences = criteria whose value or N/A differ. */
    public EvaluationPair pair(UUID id) {
        EvaluationRow row = find(id, false);
        EvaluationRow other = store.counterpart(row).orElse(null);
        EvaluationRow primary = row.role() == EvaluationRole.PRIMARY ? row : other;
        EvaluationRow second = row.role() == EvaluationRole.SECOND ? row : other;
        if (primary == null) {
            throw EvaluationProblems.evaluationNotFound(id);
        }
        EvaluationResponse primaryView = view(primary, Audience.STAFF);
        EvaluationResponse secondView = second == null ? null : view(second, Audience.STAFF);
        List<UUID> differences = new ArrayList<>();
        if (secondView != null) {
            Map<UUID, AnswerResponse> others = new HashMap<>();
            secondView.answers().forEach(a -> others.put(a.criterionId(), a));
            for (AnswerResponse a : primaryView.answers()) {
                AnswerResponse b = others.get(a.criterionId());
                if (b != null && (a.notApplicable() != b.notApplicable() || !sameNumber(a.value(), b.value()))) {
                    differences.add(a.criterionId());
                }
            }
        }
        return new EvaluationPair(primaryView, secondView, differences);
    }

    @Transactional
    public EvaluationResponse reconcile(UUID id, EvaluationReconcileRequest request) {
        EvaluationCaller caller = access.caller();
        EvaluationRow row = find(id, true);
        if (row.role() != EvaluationRole.PRIMARY || !row.inWorkStage()) {
            throw EvaluationProblems.illegalTransition(row, "reconcile");
        }
        EvaluationRow second = store.counterpart(row)
                .map(other -> find(other.id(), true))
                .orElseThrow(() -> ProblemException.conflict("evaluation-no-second"));
        Set<EvaluationStatus> ready = Set.of(EvaluationStatus.SUBMITTED, EvaluationStatus.APPROVED);
        if (!ready.contains(row.status()) || !ready.contains(second.status())) {
            throw ProblemException.conflict("evaluation-pair-not-submitted")
                    .with("primaryStatus", row.status())
                    .with("secondStatus", second.status());
        }
        requireVersion(row, request.version());
        Loaded loaded = load(row);
        List<EvaluationAnswerInput> inputs = request.answers().stream()
                .map(a -> new EvaluationAnswerInput(
                        a.criterionId(), a.value(), a.notApplicable(), a.naReason(), null, null, null))
                .toList();
        List<String> changed = applyValues(loaded, inputs);
        Result result = rescore(loaded, true);
        String comment = EvaluationScorer.blankToNull(request.comment());
        if (row.status() != EvaluationStatus.APPROVED) {
            store.setStatus(id, EvaluationStatus.APPROVED, null, true);
        }
        store.markReconciled(id, second.id());
        if (second.status() == EvaluationStatus.SUBMITTED) {
            // the pair is settled: the second evaluation leaves the review queue
            store.setStatus(second.id(), EvaluationStatus.APPROVED, null, true);
        }
        Map<String, Object> detail =
                Map.of("criteria", changed, "second", second.id().toString());
        store.event(id, caller, "reconciled", comment, row.index(), result.index(), detail);
        store.event(
                second.id(),
                caller,
                "reconciled",
                comment,
                second.index(),
                second.index(),
                Map.of("primary", id.toString()));
        audit.record(
                ENTITY,
                id,
                "reconcile",
                state(row),
                new AuditState(EvaluationStatus.APPROVED, result.index(), row.revision(), changed));
        events.evaluation(EventTypes.EVALUATION_APPROVED, id);
        return reread(id, Audience.STAFF);
    }

    // ---- history, revisions, corrections

    public EvaluationHistory history(UUID id) {
        EvaluationRow row = find(id, false);
        Audience level = access.read(row, access.caller());
        List<EvaluationEventView> events = store.events(id);
        if (!level.internal()) {
            events = events.stream().map(EvaluationService::publicEvent).toList();
        }
        return new EvaluationHistory(events, store.revisions(id));
    }

    /**
     * Outside staff and the expert, events keep their action, time and indexes; the actor's name is shown only
     * for corrections (their author is public) and the reasons of internal review steps (return, reconcile) are
     * left out.
     */
    private static EvaluationEventView publicEvent(EvaluationEventView event) {
        boolean correction = "corrected".equals(event.action());
        boolean internalReason = "returned".equals(event.action()) || "reconciled".equals(event.action());
        return new EvaluationEventView(
                event.at(),
                event.action(),
                correction ? event.actorName() : null,
                internalReason ? null : event.reason(),
                event.indexBefore(),
                event.indexAfter());
    }

    public EvaluationRevisionResponse revision(UUID id, int revision) {
        EvaluationRow row = find(id, false);
        access.read(row, access.caller());
        return store.revision(id, revision).orElseThrow(() -> EvaluationProblems.revisionNotFound(revision));
    }

    @Transactional
    public EvaluationResponse correct(UUID id, EvaluationCorrectionRequest request) {
        return correct(access.caller(), id, request);
    }

    /**
     * A correction by a given coordinator (the demo's correction after publication has no request); the rating
     * observes {@link EvaluationCorrected} and computes its next snapshot revision in this transaction.
     */
    @Transactional
    public EvaluationResponse correct(EvaluationCaller caller, UUID id, EvaluationCorrectionRequest request) {
        EvaluationRow row = find(id, true);
        if (row.status() != EvaluationStatus.PUBLISHED) {
            throw EvaluationProblems.illegalTransition(row, "correct");
        }
        if (request.version() != null) {
            requireVersion(row, request.version());
        }
        Loaded loaded = load(row);
        List<String> changed = apply(loaded, request.answers(), "answers");
        Result result = rescore(loaded, true);
        int revision = Math.max(store.latestRevision(id), row.revision()) + 1;
        String reason = request.reason().strip();
        store.insertRevision(id, revision, caller, reason, result.index(), snapshot(result));
        store.setRevision(id, revision);
        store.event(
                id,
                caller,
                "corrected",
                reason,
                row.index(),
                result.index(),
                Map.of("revision", revision, "criteria", changed));
        audit.record(
                ENTITY, id, "correct", state(row), new AuditState(row.status(), result.index(), revision, changed));
        events.evaluation(EventTypes.EVALUATION_CORRECTED, id);
        corrected.fire(new EvaluationCorrected(row.campaignId(), id, revision, reason, row.index(), result.index()));
        return reread(id, Audience.STAFF);
    }

    static List<RevisionAnswer> snapshot(Result result) {
        return result.answers().stream()
                .map(a -> new RevisionAnswer(
                        a.criterion().id(),
                        a.criterion().code(),
                        a.value(),
                        a.notApplicable(),
                        a.naReason(),
                        a.points(),
                        a.criterion().maxPoints(),
                        a.evidenceUrl(),
                        a.evidenceNote(),
                        a.recommendation()))
                .toList();
    }

    // ---- lists

    /**
     * A page of evaluations. In order of change ({@code sort=updatedAt}, or a cursor or {@code updatedSince} given)
     * {@code next} names the page after it by cursor when more rows follow.
     */
    public PageResponse<EvaluationSummary> list(
            String account,
            String campaign,
            String organization,
            String status,
            String sort,
            Sync sync,
            PageQuery page,
            Function<ListCursor, String> nextLink) {
        EvaluationCaller caller = access.caller();
        if (sort != null && !sort.isBlank() && !"updatedAt".equals(sort.strip()) && !"campaign".equals(sort.strip())) {
            throw ProblemException.invalid(List.of(problems.violation("sort", "invalid-value.field")));
        }
        boolean updateOrder = sync.updateOrder() || (sort != null && "updatedAt".equals(sort.strip()));
        EvaluationStore.ListFilter filter = new EvaluationStore.ListFilter(
                uuid(account, "account"),
                uuid(campaign, "campaign"),
                uuid(organization, "organization"),
                status(status),
                !caller.staff(),
                sync.updatedSince(),
                sync.after(),
                updateOrder);
        var result = store.summaries(filter, page.offset(), page.size);
        String next = null;
        if (updateOrder && result.more()) {
            EvaluationSummary last = result.items().get(result.items().size() - 1);
            next = nextLink.apply(ListCursor.after(last.updatedAt(), last.id()));
        }
        return new PageResponse<>(result.items(), result.total(), page.page, page.size, false, next);
    }

    public List<TimelineEntry> timeline(String account) {
        UUID id = uuid(account, "account");
        if (id == null) {
            throw ProblemException.invalid(List.of(problems.violation("account", "evaluation.account-required")));
        }
        if (!store.accountExists(id)) {
            throw ProblemException.notFound("entity.account", id);
        }
        return store.timeline(id);
    }

    public List<EvaluationSummary> myOrganization() {
        EvaluationCaller caller = access.caller();
        return caller.organizationId() == null ? List.of() : store.ofOrganization(caller.organizationId());
    }

    // ---- shared by the question and objection services

    /** Re-scores the loaded evaluation with its (changed) inputs and stores answers and index. */
    public Result rescore(Loaded loaded, boolean bumpVersion) {
        Result result = loaded.score();
        store.saveAnswers(loaded.row().id(), result.answers());
        store.saveIndex(loaded.row().id(), result.index(), bumpVersion);
        return result;
    }

    EvaluationResponse reread(UUID id, Audience level) {
        return view(find(id, false), level);
    }

    public void requireExpert(EvaluationRow row, EvaluationCaller caller) {
        if (!caller.is(row.expertId())) {
            throw EvaluationProblems.forbidden();
        }
    }

    static void requireVersion(EvaluationRow row, long version) {
        if (row.version() != version) {
            throw EvaluationProblems.stale();
        }
    }

    private static AuditState state(EvaluationRow row) {
        return new AuditState(row.status(), row.index(), row.revision(), List.of());
    }

    /**
     * Validates the requested answers (every problem at once, nothing written on any) and applies them to the
     * loaded inputs; returns the codes of the criteria listed.
     */
    List<String> apply(Loaded loaded, List<EvaluationAnswerInput> answers, String prefix) {
        Map<UUID, Input> changes = validate(loaded.criteria(), loaded.row().subject(), answers, prefix);
        loaded.inputs().putAll(changes);
        return changes.keySet().stream().map(c -> loaded.criterion(c).code()).toList();
    }

    /**
     * The expert's answer rules for any form of a methodology's criteria, the private one included: unknown and
     * repeated criteria, each value checked by {@link #check}, http(s) evidence links. Every problem at once; a 400
     * with all of them, or the inputs by criterion id in the order given.
     */
    public Map<UUID, Input> validate(
            List<CriterionDefinition> criteria,
            EvaluationScorer.Subject subject,
            List<EvaluationAnswerInput> answers,
            String prefix) {
        Map<UUID, CriterionDefinition> byId = new HashMap<>();
        criteria.forEach(c -> byId.put(c.id(), c));
        List<Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Map<UUID, Input> changes = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            EvaluationAnswerInput answer = answers.get(i);
            String field = prefix + "[" + i + "].";
            CriterionDefinition criterion = byId.get(answer.criterionId());
            if (criterion == null) {
                violations.add(problems.violation(field + "criterionId", "evaluation.unknown-criterion"));
                continue;
            }
            if (!seen.add(criterion.id())) {
                violations.add(
                        problems.violation(field + "criterionId", "evaluation.duplicate-criterion", criterion.code()));
                continue;
            }
            check(subject, criterion, field, answer.value(), answer.na(), answer.naReason(), violations);
            if (answer.evidenceUrl() != null
                    && !answer.evidenceUrl().isBlank()
                    && !EvaluationProblems.httpUrl(answer.evidenceUrl())) {
                violations.add(problems.violation(field + "evidenceUrl", "evaluation.evidence-url", criterion.code()));
            }
            changes.put(
                    criterion.id(),
                    new Input(
                            answer.na() || criterion.type() == CriterionType.DERIVED ? null : answer.value(),
                            answer.na(),
                            answer.na() ? EvaluationScorer.blankToNull(answer.naReason()) : null,
                            EvaluationScorer.blankToNull(answer.evidenceUrl()),
                            EvaluationScorer.blankToNull(answer.evidenceNote()),
                            EvaluationScorer.blankToNull(answer.recommendation())));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return changes;
    }

    /**
     * What a submission still lacks, as the expert's submission reports it: every applicable criterion needs a
     * value or a reasoned N/A ({@code answers.<code>}), and, when {@code recommendations}, a criterion below its
     * maximum needs a recommendation.
     */
    public List<Violation> missing(Result result, boolean recommendations) {
        List<Violation> missing = new ArrayList<>();
        for (Scored scored : result.answers()) {
            String code = scored.criterion().code();
            if (scored.required() && !scored.filled()) {
                missing.add(problems.violation("answers." + code, "evaluation.answer-missing", code));
            }
            if (recommendations && scored.belowMaximum() && scored.recommendation() == null) {
                missing.add(problems.violation(
                        "answers." + code + ".recommendation", "evaluation.recommendation-missing", code));
            }
        }
        return missing;
    }

    /** Like {@link #apply} for value, N/A and reason only; evidence and recommendation stay as stored. */
    private List<String> applyValues(Loaded loaded, List<EvaluationAnswerInput> answers) {
        Map<UUID, Input> before = new HashMap<>(loaded.inputs());
        List<String> codes = apply(loaded, answers, "answers");
        for (EvaluationAnswerInput answer : answers) {
            Input old = before.getOrDefault(answer.criterionId(), Input.EMPTY);
            Input now = loaded.inputs().get(answer.criterionId());
            loaded.inputs()
                    .put(
                            answer.criterionId(),
                            new Input(
                                    now.value(),
                                    now.notApplicable(),
                                    now.naReason(),
                                    old.evidenceUrl(),
                                    old.evidenceNote(),
                                    old.recommendation()));
        }
        return codes;
    }

    /**
     * Checks one criterion's value and N/A: a value or N/A for a criterion that does not apply to the account, a
     * value or N/A for a DERIVED criterion, N/A without a reason, and a value the criterion's type does not allow
     * (BOOLEAN 0/1, SCALE one of its level values, NUMERIC a number ≥ 0 below 10⁹ with at most 3 decimals) are
     * refused, each naming the criterion's code.
     */
    public void check(
            EvaluationRow row,
            CriterionDefinition criterion,
            String field,
            BigDecimal value,
            boolean na,
            String naReason,
            List<Violation> violations) {
        check(row.subject(), criterion, field, value, na, naReason, violations);
    }

    /** {@link #check(EvaluationRow, CriterionDefinition, String, BigDecimal, boolean, String, List)} for a subject. */
    public void check(
            EvaluationScorer.Subject subject,
            CriterionDefinition criterion,
            String field,
            BigDecimal value,
            boolean na,
            String naReason,
            List<Violation> violations) {
        String code = criterion.code();
        boolean applies = criterion.rule().appliesTo(subject.platform(), subject.sector(), subject.kind());
        if (!applies && (value != null || na)) {
            violations.add(problems.violation(field + "value", "evaluation.value-not-applicable", code));
            return;
        }
        if (criterion.type() == CriterionType.DERIVED) {
            if (value != null) {
                violations.add(problems.violation(field + "value", "evaluation.value-derived", code));
            }
            if (na) {
                violations.add(problems.violation(field + "notApplicable", "evaluation.value-derived", code));
            }
            return;
        }
        if (na) {
            if (naReason == null || naReason.isBlank()) {
                violations.add(problems.violation(field + "naReason", "evaluation.na-reason-required", code));
            }
            return;
        }
        if (value == null) {
            return;
        }
        boolean wellFormed =
                value.stripTrailingZeros().scale() <= 3 && value.abs().compareTo(VALUE_LIMIT) < 0;
        if (wellFormed && criterion.rule().points(value).isPresent()) {
            return;
        }
        switch (criterion.type()) {
            case BOOLEAN -> violations.add(problems.violation(field + "value", "evaluation.value-boolean", code));
            case SCALE ->
                violations.add(problems.violation(
                        field + "value",
                        "evaluation.value-scale",
                        code,
                        String.join(
                                ", ",
                                criterion.rule().levels().stream()
                                        .map(Level::value)
                                        .map(String::valueOf)
                                        .toList())));
            default -> violations.add(problems.violation(field + "value", "evaluation.value-numeric", code));
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    public UUID uuid(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(problems.violation(field, "evaluation.invalid-id")));
        }
    }

    private EvaluationStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return EvaluationStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(problems.violation("status", "evaluation.invalid-status")));
        }
    }
}
