package ru.digitalbridge.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import ru.digitalbridge.notification.NotificationKind;
import ru.digitalbridge.notification.OrganizationAudience;

/**
 * The learners linked to an organisation who sign in (a learner record with a user) and are not its representatives
 * (those get the representatives' notices): told when an evaluation of the organisation's accounts is out for reply.
 * They cannot open the representative's page, so the notice links to their cabinet, which lists the accounts they run
 * with their published indexes and recommendations. No closing reminder: the reply is the representatives' to give.
 */
@ApplicationScoped
class LinkedLearners implements OrganizationAudience {
    @Override
    public String sql() {
        return "select l.user_id, l.organization_id from training_learner l"
                + " join security_user_view u on u.id = l.user_id"
                + " where u.active and l.organization_id is not null"
                + " and not ('REPRESENTATIVE' = any(u.roles) and u.organization_id is not distinct from l.organization_id)";
    }

    @Override
    public NotificationKind opened() {
        return NotificationKind.LEARNER_REPLY_WINDOW_OPENED;
    }

    @Override
    public NotificationKind closing() {
        return null;
    }

    @Override
    public String page(UUID evaluation) {
        return "/my/training";
    }
}
