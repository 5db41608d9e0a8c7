package ru.digitalbridge.monitoring.evaluations;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the signed-in user's id and name (null for anonymous callers and API clients), roles and the
 * organization the user speaks for.
 */
public record EvaluationCaller(UUID userId, String name, Set<String> roles, UUID organizationId) {

    static final EvaluationCaller ANONYMOUS = new EvaluationCaller(null, null, Set.of(), null);

    boolean anonymous() {
        return roles.isEmpty() && userId == null;
    }

    public boolean staff() {
        return roles.contains("ADMIN") || roles.contains("COORDINATOR");
    }

    public boolean is(UUID user) {
        return userId != null && userId.equals(user);
    }

    /** A learner or representative linked to this organization. */
    public boolean speaksFor(UUID organization) {
        return organizationId != null
                && organizationId.equals(organization)
                && (roles.contains("LEARNER") || roles.contains("REPRESENTATIVE"));
    }
}
