package ru.digitalbridge.bulletin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;

/**
 * Who belongs to an organisation for the bulletin: the active users linked to it (its representatives and anyone who
 * chose it as their organisation) and the training's learners linked to it directly or through the accounts they
 * run. Only these people (and editors) read the organisation's personal sections; delivery sends them their section
 * with the public issue.
 */
@ApplicationScoped
public class BulletinAudience {
    /** One person of one organisation; a person may belong to several. */
    public record Member(UUID userId, UUID organizationId) {}

    static final String MEMBERS = "select id as user_id, organization_id from security_user_view"
            + " where active and organization_id is not null"
            + " union select v.user_id, v.organization_id from training_learner_organization_view v"
            + " join security_user_view u on u.id = v.user_id where u.active";

    private final Sql db;

    BulletinAudience(Sql db) {
        this.db = db;
    }

    /** The organisations a user belongs to (none for an unknown or inactive user). */
    public List<UUID> organizationsOf(UUID userId) {
        if (userId == null) {
            return List.of();
        }
        return db.list(
                "select distinct organization_id from (" + MEMBERS + ") m where m.user_id = ? order by 1",
                rs -> rs.getObject(1, UUID.class),
                userId);
    }

    /** Every member of the given organisations, by user. */
    public List<Member> members(List<UUID> organizations) {
        return db.list(
                "select distinct user_id, organization_id from (" + MEMBERS + ") m where m.organization_id = any(?)"
                        + " order by 1, 2",
                rs -> new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                (Object) Sql.uuids(organizations));
    }
}
