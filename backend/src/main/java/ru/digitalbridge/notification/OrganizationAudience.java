package ru.digitalbridge.notification;

/**
 * People told about the evaluations of an organisation's accounts (the right-of-reply window opening and closing).
 * Each implementation, a CDI bean in the feature that knows the people, contributes one query; the planner takes the
 * union. {@link Representatives} are the users who speak for the organisation; the training feature adds the learners
 * who run its accounts by adding a bean of its own, and nothing here changes.
 */
public interface OrganizationAudience {
    /**
     * A select of {@code (user_id uuid, organization_id uuid)} rows, one per person and organisation, reading only
     * published views (such as {@code security_user_view}) or the contributing feature's own tables.
     */
    String sql();
}
