package ru.digitalbridge.notification;

import java.util.UUID;

/**
 * People told about the evaluations of an organisation's accounts (the right-of-reply window opening and closing).
 * Each implementation, a CDI bean in the feature that knows the people, contributes one query, the notices its people
 * get and the page those notices link to (one its people can open); nothing here changes when a feature adds one.
 * {@link Representatives} are the users who speak for the organisation; the training feature adds the learners linked
 * to it.
 */
public interface OrganizationAudience {
    /**
     * A select of {@code (user_id uuid, organization_id uuid)} rows, one per person and organisation, reading only
     * published views (such as {@code security_user_view}) or the contributing feature's own tables.
     */
    String sql();

    /** The notice when the reply window opens; the texts get the account, organisation, campaign and closing time. */
    default NotificationKind opened() {
        return NotificationKind.REPLY_WINDOW_OPENED;
    }

    /** The reminder before the window closes, with the same texts' arguments; null when this audience gets none. */
    default NotificationKind closing() {
        return NotificationKind.REPLY_WINDOW_CLOSING;
    }

    /** The SPA page a notice about this evaluation links to: the representative's page of the evaluation. */
    default String page(UUID evaluation) {
        return "/my/organization/evaluations/" + evaluation;
    }
}
