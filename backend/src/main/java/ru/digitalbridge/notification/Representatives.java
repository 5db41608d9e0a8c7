package ru.digitalbridge.notification;

import jakarta.enterprise.context.ApplicationScoped;

/** The active users with the REPRESENTATIVE role, for the organisation each is linked to. */
@ApplicationScoped
class Representatives implements OrganizationAudience {
    @Override
    public String sql() {
        return "select id as user_id, organization_id from security_user_view"
                + " where active and organization_id is not null and 'REPRESENTATIVE' = any(roles)";
    }
}
