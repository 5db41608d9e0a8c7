package ru.digitalbridge.monitoring.evaluations;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who may see an evaluation ("Who is who" of the plan):
 *
 * <ul>
 *   <li>coordinators and administrators: every evaluation ({@link Audience#STAFF});
 *   <li>the assigned expert: their own evaluation ({@link Audience#EXPERT}); any other unpublished evaluation,
 *       including the other half of a blind pair, is someone else's → 403;
 *   <li>a learner or representative linked to the account's organization: its PRIMARY evaluations once the
 *       campaign is in REPLY, FINAL or PUBLISHED ({@link Audience#ORGANIZATION});
 *   <li>everyone, anonymous included: PUBLISHED evaluations ({@link Audience#PUBLIC}).
 * </ul>
 *
 * An unpublished evaluation is 404 for anonymous callers (they may not learn it exists) and 403 for signed-in
 * callers who may not see it.
 */
@ApplicationScoped
public class EvaluationAccess {
    public enum Audience {
        STAFF,
        EXPERT,
        ORGANIZATION,
        PUBLIC;

        /** Sees the expert's name, actor names and internal review comments. */
        boolean internal() {
            return this == STAFF || this == EXPERT;
        }
    }

    private final Instance<SecurityIdentity> identity;
    private final EvaluationStore store;

    EvaluationAccess(Instance<SecurityIdentity> identity, EvaluationStore store) {
        this.identity = identity;
        this.store = store;
    }

    public EvaluationCaller caller() {
        SecurityIdentity current = identity.get();
        if (current == null || current.isAnonymous()) {
            return EvaluationCaller.ANONYMOUS;
        }
        Set<String> roles = Set.copyOf(current.getRoles());
        if (current.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            UUID userId = UUID.fromString(token.getSubject());
            var user = store.user(userId);
            return new EvaluationCaller(
                    userId,
                    user.map(EvaluationStore.UserInfo::fullName).orElse(token.getName()),
                    roles,
                    user.map(EvaluationStore.UserInfo::organizationId).orElse(null));
        }
        return new EvaluationCaller(null, current.getPrincipal().getName(), roles, null);
    }

    /**
     * The caller as the token states it, without reading the user: for the expert's own writes, which need only
     * the user's id (an event's actor name is read from the user in the writing statement).
     */
    EvaluationCaller tokenCaller() {
        SecurityIdentity current = identity.get();
        if (current == null || current.isAnonymous()) {
            return EvaluationCaller.ANONYMOUS;
        }
        Set<String> roles = Set.copyOf(current.getRoles());
        if (current.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return new EvaluationCaller(UUID.fromString(token.getSubject()), token.getName(), roles, null);
        }
        return new EvaluationCaller(null, current.getPrincipal().getName(), roles, null);
    }

    /** How {@code caller} may read {@code row}; throws 404 or 403 when not at all. */
    public Audience read(EvaluationRow row, EvaluationCaller caller) {
        if (caller.staff()) {
            return Audience.STAFF;
        }
        if (caller.is(row.expertId())) {
            return Audience.EXPERT;
        }
        if (row.role() == EvaluationRole.PRIMARY
                && caller.speaksFor(row.organizationId())
                && EvaluationRow.ORGANIZATION_STAGES.contains(row.stage())) {
            return Audience.ORGANIZATION;
        }
        if (row.status() == EvaluationStatus.PUBLISHED) {
            return Audience.PUBLIC;
        }
        if (caller.anonymous()) {
            throw EvaluationProblems.evaluationNotFound(row.id());
        }
        throw EvaluationProblems.forbidden();
    }
}
