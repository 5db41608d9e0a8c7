package ru.digitalbridge.monitoring.objections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.methodology.CriterionDefinition;
import ru.digitalbridge.methodology.CriterionType;
import ru.digitalbridge.monitoring.MonitoringEvents;
import ru.digitalbridge.monitoring.evaluations.EvaluationAccess;
import ru.digitalbridge.monitoring.evaluations.EvaluationAccess.Audience;
import ru.digitalbridge.monitoring.evaluations.EvaluationCaller;
import ru.digitalbridge.monitoring.evaluations.EvaluationProblems;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.ObjectionAcceptRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.ObjectionRejectRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.ObjectionRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRole;
import ru.digitalbridge.monitoring.evaluations.EvaluationRow;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer.Input;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer.Result;
import ru.digitalbridge.monitoring.evaluations.EvaluationService;
import ru.digitalbridge.monitoring.evaluations.EvaluationStore;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.ObjectionResponse;
import ru.digitalbridge.monitoring.objections.ObjectionStore.ObjectionRow;
import ru.digitalbridge.outbox.EventTypes;

/**
 * The right of reply. A learner or representative linked to the evaluated organization objects to one criterion
 * of a PRIMARY evaluation while the campaign is in REPLY and the window is open (409
 * {@code objection-window-closed} otherwise; 403 for anyone else, coordinators and experts included). The
 * evaluation's expert or a coordinator resolves it while the campaign is still in REPLY: accepting changes the
 * answer (validated like an autosave, and a non-DERIVED criterion needs a value or a reasoned N/A), recomputes
 * the index and records an 'objection-accepted' event with the index before and after; rejecting records the
 * reason. Authors' names are shown to staff, the expert and the organization, not to the public.
 */
@ApplicationScoped
public class ObjectionService {
    static final String ENTITY = "objection";

    private final EvaluationService evaluations;
    private final EvaluationStore store;
    private final ObjectionStore objections;
    private final EvaluationAccess access;
    private final EvaluationProblems problems;
    private final AuditService audit;
    private final MonitoringEvents events;

    ObjectionService(
            EvaluationService evaluations,
            EvaluationStore store,
            ObjectionStore objections,
            EvaluationAccess access,
            EvaluationProblems problems,
            AuditService audit,
            MonitoringEvents events) {
        this.evaluations = evaluations;
        this.store = store;
        this.objections = objections;
        this.access = access;
        this.problems = problems;
        this.audit = audit;
        this.events = events;
    }

    public List<ObjectionResponse> listFor(UUID evaluationId) {
        EvaluationRow row = evaluations.find(evaluationId, false);
        Audience audience = access.read(row, access.caller());
        boolean names = audience != Audience.PUBLIC;
        return objections.objectionsOf(evaluationId).stream()
                .map(o -> names ? o.view() : anonymised(o.view()))
                .toList();
    }

    public ObjectionResponse get(UUID id) {
        ObjectionRow objection =
                objections.objection(id, false).orElseThrow(() -> EvaluationProblems.objectionNotFound(id));
        Audience audience;
        try {
            EvaluationRow row = evaluations.find(objection.view().evaluationId(), false);
            audience = access.read(row, access.caller());
        } catch (ProblemException e) {
            // an objection the caller may not read is as absent as one that does not exist
            throw e.status() == 404 ? EvaluationProblems.objectionNotFound(id) : e;
        }
        return audience == Audience.PUBLIC ? anonymised(objection.view()) : objection.view();
    }

    public PageResponse<ObjectionResponse> list(String status, String campaign, PageQuery page) {
        EvaluationCaller caller = access.caller();
        boolean expert = caller.roles().contains("EXPERT") && caller.userId() != null;
        boolean organization = caller.organizationId() != null
                && (caller.roles().contains("LEARNER") || caller.roles().contains("REPRESENTATIVE"));
        if (!caller.staff() && !expert && !organization) {
            throw EvaluationProblems.forbidden();
        }
        var filter = new ObjectionStore.ObjectionFilter(
                caller.staff(),
                expert ? caller.userId() : null,
                organization ? caller.organizationId() : null,
                status(status),
                evaluations.uuid(campaign, "campaign"));
        var result = objections.objections(filter, page.offset(), page.size);
        return new PageResponse<>(
                result.items().stream().map(ObjectionRow::view).toList(), result.total(), page.page, page.size);
    }

    @Transactional
    public ObjectionResponse create(UUID evaluationId, ObjectionRequest request) {
        EvaluationCaller caller = access.caller();
        EvaluationRow row = evaluations.find(evaluationId, true);
        if (row.role() != EvaluationRole.PRIMARY || !caller.speaksFor(row.organizationId())) {
            throw EvaluationProblems.forbidden();
        }
        OffsetDateTime now = OffsetDateTime.now();
        // the stage read with the evaluation may be changing now: the locked read decides (a move to FINAL counts
        // the open objections after its lock, so it either sees this one or this one sees FINAL)
        String stage = objections.campaignStageForFiling(row.campaignId());
        if (!"REPLY".equals(stage) || row.replyClosesAt() == null || !now.isBefore(row.replyClosesAt())) {
            ProblemException closed = ProblemException.conflict("objection-window-closed");
            if (row.replyClosesAt() != null) {
                closed.with("replyClosesAt", row.replyClosesAt());
            }
            throw closed;
        }
        List<Violation> violations = new ArrayList<>();
        boolean known = evaluations.load(row).criteria().stream().anyMatch(c -> c.id().equals(request.criterionId()));
        if (!known) {
            violations.add(problems.violation("criterionId", "evaluation.unknown-criterion"));
        }
        String evidence = EvaluationScorer.blankToNull(request.evidenceUrl());
        if (evidence != null && !EvaluationProblems.httpUrl(evidence)) {
            violations.add(problems.violation("evidenceUrl", "evaluation.objection-url"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        UUID id = UUID.randomUUID();
        Optional<UUID> existing = objections.insertObjection(
                id,
                evaluationId,
                request.criterionId(),
                row.organizationId(),
                caller.userId(),
                request.comment().strip(),
                evidence);
        if (existing.isPresent()) {
            throw ProblemException.conflict("objection-already-open", existing.get())
                    .with("existingObjectionId", existing.get());
        }
        ObjectionResponse created = reread(id);
        audit.record(ENTITY, id, "create", null, created);
        events.objection(EventTypes.OBJECTION_FILED, id, evaluationId, ObjectionStatus.OPEN.name());
        return created;
    }

    @Transactional
    public ObjectionResponse accept(UUID id, ObjectionAcceptRequest request) {
        EvaluationCaller caller = access.caller();
        Resolution resolution = resolvable(id, caller, request.version());
        EvaluationRow row = resolution.evaluation();
        EvaluationService.Loaded loaded = evaluations.load(row);
        CriterionDefinition criterion =
                loaded.criterion(resolution.objection().view().criterion().id());
        boolean na = Boolean.TRUE.equals(request.notApplicable());
        List<Violation> violations = new ArrayList<>();
        evaluations.check(row, criterion, "", request.value(), na, request.naReason(), violations);
        if (violations.isEmpty() && criterion.type() != CriterionType.DERIVED && !na && request.value() == null) {
            violations.add(problems.violation("value", "evaluation.value-required", criterion.code()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Input old = loaded.inputs().getOrDefault(criterion.id(), Input.EMPTY);
        BigDecimal previous = loaded.score().answers().stream()
                .filter(a -> a.criterion().id().equals(criterion.id()))
                .findFirst()
                .map(EvaluationScorer.Scored::value)
                .orElse(null);
        if (criterion.type() != CriterionType.DERIVED) {
            loaded.inputs()
                    .put(
                            criterion.id(),
                            new Input(
                                    na ? null : request.value(),
                                    na,
                                    na ? EvaluationScorer.blankToNull(request.naReason()) : null,
                                    old.evidenceUrl(),
                                    old.evidenceNote(),
                                    old.recommendation()));
        }
        Result result = evaluations.rescore(loaded, true);
        BigDecimal now = criterion.type() == CriterionType.DERIVED ? previous : na ? null : request.value();
        String reason = request.reason().strip();
        objections.resolveObjection(id, ObjectionStatus.ACCEPTED, reason, previous, now, caller.userId());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("objectionId", id.toString());
        detail.put("criterion", criterion.code());
        store.event(row.id(), caller, "objection-accepted", reason, row.index(), result.index(), detail);
        ObjectionResponse after = reread(id);
        audit.record(ENTITY, id, "accept", resolution.objection().view(), after);
        events.objection(EventTypes.OBJECTION_RESOLVED, id, row.id(), ObjectionStatus.ACCEPTED.name());
        return after;
    }

    @Transactional
    public ObjectionResponse reject(UUID id, ObjectionRejectRequest request) {
        EvaluationCaller caller = access.caller();
        Resolution resolution = resolvable(id, caller, request.version());
        EvaluationRow row = resolution.evaluation();
        String reason = request.reason().strip();
        objections.resolveObjection(id, ObjectionStatus.REJECTED, reason, null, null, caller.userId());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("objectionId", id.toString());
        detail.put("criterion", resolution.objection().view().criterion().code());
        store.event(row.id(), caller, "objection-rejected", reason, row.index(), row.index(), detail);
        ObjectionResponse after = reread(id);
        audit.record(ENTITY, id, "reject", resolution.objection().view(), after);
        events.objection(EventTypes.OBJECTION_RESOLVED, id, row.id(), ObjectionStatus.REJECTED.name());
        return after;
    }

    private record Resolution(ObjectionRow objection, EvaluationRow evaluation) {}

    /** Locks the evaluation, then the objection, and checks caller, stage, status and version. */
    private Resolution resolvable(UUID id, EvaluationCaller caller, long version) {
        ObjectionRow unlocked =
                objections.objection(id, false).orElseThrow(() -> EvaluationProblems.objectionNotFound(id));
        EvaluationRow row = evaluations.find(unlocked.view().evaluationId(), true);
        ObjectionRow objection =
                objections.objection(id, true).orElseThrow(() -> EvaluationProblems.objectionNotFound(id));
        if (!caller.staff() && !caller.is(objection.expertId())) {
            throw EvaluationProblems.forbidden();
        }
        if (objection.view().status() != ObjectionStatus.OPEN) {
            throw ProblemException.conflict("objection-resolved")
                    .with("recordStatus", objection.view().status());
        }
        if (!"REPLY".equals(row.stage())) {
            throw ProblemException.conflict("objection-resolution-closed").with("stage", row.stage());
        }
        if (objection.view().version() != version) {
            throw EvaluationProblems.stale();
        }
        return new Resolution(objection, row);
    }

    private ObjectionResponse reread(UUID id) {
        return objections.objection(id, false).orElseThrow().view();
    }

    private static ObjectionResponse anonymised(ObjectionResponse o) {
        return new ObjectionResponse(
                o.id(),
                o.version(),
                o.evaluationId(),
                o.account(),
                o.organization(),
                o.criterion(),
                o.comment(),
                o.evidenceUrl(),
                o.status(),
                o.resolutionReason(),
                o.previousValue(),
                o.newValue(),
                null,
                o.createdAt(),
                o.resolvedAt());
    }

    private ObjectionStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ObjectionStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(problems.violation("status", "evaluation.invalid-status")));
        }
    }
}
