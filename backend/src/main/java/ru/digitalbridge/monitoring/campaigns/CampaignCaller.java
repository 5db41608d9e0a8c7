package ru.digitalbridge.monitoring.campaigns;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as the campaign rules need it: the signed-in user's id (null for anonymous callers and API
 * clients), whether they are staff (COORDINATOR or ADMIN) and whether they are an EXPERT.
 */
record CampaignCaller(UUID userId, boolean staff, boolean expert) {

    static final CampaignCaller ANONYMOUS = new CampaignCaller(null, false, false);

    static CampaignCaller of(SecurityIdentity identity) {
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
        return new CampaignCaller(
                user, identity.hasRole("COORDINATOR") || identity.hasRole("ADMIN"), identity.hasRole("EXPERT"));
    }
}
