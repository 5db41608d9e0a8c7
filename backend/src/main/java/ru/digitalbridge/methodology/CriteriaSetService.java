package ru.digitalbridge.methodology;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.security.UserService;

/**
 * The life of a criteria set: a DRAFT is created, edited freely (optimistic locking on {@code version}) and
 * deleted; approval (≥ 1 criterion, weights summing to exactly 100) makes it immutable; an approved set can be
 * retired; a new version clones an approved or retired set into a draft of the next edition of its family. A
 * family has at most one draft at a time. Drafts are visible to coordinators and administrators only; to others
 * they do not exist (404). Every write is audited as entity {@code criteria-set}.
 */
@ApplicationScoped
public class CriteriaSetService {
    static final String ENTITY = "criteria-set";
    static final BigDecimal FULL_WEIGHT = BigDecimal.valueOf(100);
    private static final Set<CriteriaSetStatus> PUBLIC =
            EnumSet.of(CriteriaSetStatus.APPROVED, CriteriaSetStatus.RETIRED);

    private final CriteriaSetStore store;
    private final AuditService audit;
    private final UserService users;

    CriteriaSetService(CriteriaSetStore store, AuditService audit, UserService users) {
        this.store = store;
        this.audit = audit;
        this.users = users;
    }

    /**
     * Sets by name, newest edition first. {@code staff} (coordinators, administrators) see drafts too; others asking
     * for drafts get an empty page.
     */
    @Transactional
    public PageResponse<CriteriaSetSummary> list(String status, String q, boolean staff, PageQuery page) {
        Set<CriteriaSetStatus> statuses = staff ? EnumSet.allOf(CriteriaSetStatus.class) : EnumSet.copyOf(PUBLIC);
        if (status != null && !status.isBlank()) {
            CriteriaSetStatus wanted = parseStatus(status.strip());
            statuses.retainAll(Set.of(wanted));
        }
        if (statuses.isEmpty()) {
            return new PageResponse<>(List.of(), 0, page.page, page.size);
        }
        var result = store.summaries(statuses, q, page.offset(), page.size);
        return new PageResponse<>(result.items(), result.total(), page.page, page.size);
    }

    @Transactional
    public CriteriaSetResponse get(UUID id, boolean staff) {
        CriteriaSetResponse set = store.read(id).orElseThrow(() -> MethodologyProblems.notFound(id));
        if (!staff && !PUBLIC.contains(set.status())) {
            throw MethodologyProblems.notFound(id);
        }
        return set;
    }

    @Transactional
    public CriteriaSetResponse create(CriteriaSetRequest request) {
        List<CriterionData> criteria = CriterionRules.clean(request.criteria());
        UUID id = UUID.randomUUID();
        store.insertSet(id, UUID.randomUUID(), 1, request.name().strip(), description(request.description()), null);
        store.replaceCriteria(id, criteria);
        CriteriaSetResponse created = reread(id);
        audit.record(ENTITY, id, "create", null, created);
        return created;
    }

    @Transactional
    public CriteriaSetResponse update(UUID id, UpdateCriteriaSetRequest request) {
        CriteriaSetStore.Head head = editableDraft(id, request.version());
        List<CriterionData> criteria = CriterionRules.clean(request.criteria());
        String name = request.name().strip();
        String description = description(request.description());
        CriteriaSetResponse before = reread(id);
        List<CriterionData> current =
                store.criteria(id).stream().map(CriteriaSetStore.Stored::data).toList();
        if (before.name().equals(name) && before.description().equals(description) && current.equals(criteria)) {
            return before;
        }
        store.replaceCriteria(id, criteria);
        store.updateTexts(head.id(), name, description);
        CriteriaSetResponse after = reread(id);
        audit.record(ENTITY, id, "update", before, after);
        return after;
    }

    /** Deletes a draft; {@code version}, when given, must be current. */
    @Transactional
    public void delete(UUID id, Long version) {
        editableDraft(id, version);
        CriteriaSetResponse before = reread(id);
        store.delete(id);
        audit.record(ENTITY, id, "delete", before, null);
    }

    @Transactional
    public CriteriaSetResponse approve(UUID id, long version, Principal approver) {
        CriteriaSetStore.Head head = locked(id, version);
        if (head.status() != CriteriaSetStatus.DRAFT) {
            throw MethodologyProblems.wrongStatus(head, CriteriaSetStatus.DRAFT);
        }
        CriteriaSetResponse before = reread(id);
        if (before.criteriaCount() == 0 || before.totalWeight().compareTo(FULL_WEIGHT) != 0) {
            throw MethodologyProblems.weights(before.totalWeight(), before.criteriaCount());
        }
        store.approve(id, nameOf(approver));
        CriteriaSetResponse after = reread(id);
        audit.record(ENTITY, id, "approve", before, after);
        return after;
    }

    @Transactional
    public CriteriaSetResponse retire(UUID id, long version) {
        CriteriaSetStore.Head head = locked(id, version);
        if (head.status() != CriteriaSetStatus.APPROVED) {
            throw MethodologyProblems.wrongStatus(head, CriteriaSetStatus.APPROVED);
        }
        CriteriaSetResponse before = reread(id);
        store.retire(id);
        CriteriaSetResponse after = reread(id);
        audit.record(ENTITY, id, "retire", before, after);
        return after;
    }

    /**
     * Clones an approved or retired set into a new draft: same name, description and criteria (new ids), edition
     * one above the family's highest, {@code basedOnId} the source. Refused when the family already has a draft.
     */
    @Transactional
    public CriteriaSetResponse newVersion(UUID id) {
        CriteriaSetStore.Head head = store.lock(id).orElseThrow(() -> MethodologyProblems.notFound(id));
        if (head.status() == CriteriaSetStatus.DRAFT) {
            throw MethodologyProblems.wrongStatus(head, CriteriaSetStatus.APPROVED);
        }
        CriteriaSetStore.FamilyState family = store.lockFamily(head.familyId());
        if (family.draftId() != null) {
            throw MethodologyProblems.draftExists(family.draftId());
        }
        CriteriaSetResponse source = reread(id);
        UUID copy = UUID.randomUUID();
        store.insertSet(
                copy, head.familyId(), family.highestEdition() + 1, source.name(), source.description(), source.id());
        store.replaceCriteria(
                copy, source.criteria().stream().map(CriteriaSetStore::data).toList());
        CriteriaSetResponse created = reread(copy);
        audit.record(ENTITY, copy, "new-version", null, created);
        return created;
    }

    private CriteriaSetStore.Head editableDraft(UUID id, Long version) {
        CriteriaSetStore.Head head = store.lock(id).orElseThrow(() -> MethodologyProblems.notFound(id));
        if (head.status() != CriteriaSetStatus.DRAFT) {
            throw MethodologyProblems.immutable(head);
        }
        if (version != null && head.version() != version) {
            throw MethodologyProblems.staleVersion();
        }
        return head;
    }

    private CriteriaSetStore.Head locked(UUID id, long version) {
        CriteriaSetStore.Head head = store.lock(id).orElseThrow(() -> MethodologyProblems.notFound(id));
        if (head.version() != version) {
            throw MethodologyProblems.staleVersion();
        }
        return head;
    }

    private CriteriaSetResponse reread(UUID id) {
        return store.read(id).orElseThrow(() -> MethodologyProblems.notFound(id));
    }

    /** The approver's full name (a signed-in user) or the principal's name (an API client). */
    private String nameOf(Principal principal) {
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return users.get(UUID.fromString(token.getSubject())).fullName();
        }
        return principal == null ? null : principal.getName();
    }

    private static String description(String description) {
        return description == null ? "" : description.strip();
    }

    private static CriteriaSetStatus parseStatus(String status) {
        try {
            return CriteriaSetStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw MethodologyProblems.badStatusFilter();
        }
    }
}
