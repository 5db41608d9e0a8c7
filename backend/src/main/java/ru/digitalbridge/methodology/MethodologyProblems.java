package ru.digitalbridge.methodology;

import java.math.BigDecimal;
import java.util.UUID;
import ru.digitalbridge.common.error.ProblemException;

/** The methodology's problems, built on the common {@link ProblemException}. */
final class MethodologyProblems {

    private MethodologyProblems() {}

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("methodology.criteria-set", id);
    }

    static ProblemException staleVersion() {
        return ProblemException.conflict("stale-version");
    }

    /** 409: an approved or retired set cannot be edited or deleted. */
    static ProblemException immutable(CriteriaSetStore.Head set) {
        return ProblemException.conflict("criteria-set-immutable", set.name(), set.edition(), statusKey(set.status()))
                .with("recordStatus", set.status());
    }

    /** 409: the action needs the set in another status (approve a draft, retire an approved set, version a final one). */
    static ProblemException wrongStatus(CriteriaSetStore.Head set, CriteriaSetStatus needed) {
        return ProblemException.conflict("criteria-set-status", statusKey(set.status()), statusKey(needed))
                .with("recordStatus", set.status());
    }

    /** 422: approval needs at least one criterion and weights summing to exactly 100. */
    static ProblemException weights(BigDecimal totalWeight, int criteria) {
        return ProblemException.unprocessable("criteria-set-weights", totalWeight.toPlainString(), criteria)
                .with("totalWeight", totalWeight)
                .with("criteriaCount", criteria);
    }

    /** 409: the family already has a draft edition; edit that one. */
    static ProblemException draftExists(UUID draftId) {
        return ProblemException.conflict("criteria-set-draft-exists", draftId).with("draftId", draftId);
    }

    /** 400: a status filter that is no status. */
    static ProblemException badStatusFilter() {
        return ProblemException.invalidField("status", "methodology.status.filter");
    }

    private static String statusKey(CriteriaSetStatus status) {
        return "methodology.status." + status.name();
    }
}
