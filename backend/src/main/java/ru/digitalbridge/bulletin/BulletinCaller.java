package ru.digitalbridge.bulletin;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as the bulletin rules need it: the signed-in user's id (null for anonymous callers and API keys),
 * whether they are staff (COORDINATOR or ADMIN) and whether an administrator.
 */
record BulletinCaller(UUID userId, boolean staff, boolean admin) {
    static final BulletinCaller ANONYMOUS = new BulletinCaller(null, false, false);

    static BulletinCaller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        UUID user = null;
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            try {
                user = UUID.fromString(token.getSubject());
            } catch (IllegalArgumentException notAUser) {
                user = null;
            }
        }
        boolean admin = identity.hasRole("ADMIN");
        return new BulletinCaller(user, admin || identity.hasRole("COORDINATOR"), admin);
    }

    /** A machine key with a staff role: edits like an editor, never reviews or publishes (that takes a person). */
    boolean machine() {
        return staff && userId == null;
    }
}
