package ru.digitalbridge.training;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as the training rules need it: the signed-in user's id (null for anonymous callers and API keys)
 * and the roles that matter here. Staff (ADMIN, COORDINATOR) run every cohort; a TRAINER runs the cohorts they are
 * named in; a LEARNER acts on their own learner record only.
 */
record TrainingCaller(UUID userId, boolean admin, boolean coordinator, boolean trainer, boolean learner) {

    static TrainingCaller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new TrainingCaller(null, false, false, false, false);
        }
        UUID user = null;
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            try {
                user = UUID.fromString(token.getSubject());
            } catch (IllegalArgumentException notAUser) {
                user = null;
            }
        }
        return new TrainingCaller(
                user,
                identity.hasRole("ADMIN"),
                identity.hasRole("COORDINATOR"),
                identity.hasRole("TRAINER"),
                identity.hasRole("LEARNER"));
    }

    boolean staff() {
        return admin || coordinator;
    }
}
