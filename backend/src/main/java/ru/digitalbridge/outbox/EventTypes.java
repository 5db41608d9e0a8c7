package ru.digitalbridge.outbox;

import java.util.List;

/** The domain events written to the outbox; the names are part of the webhook contract (docs/integrations.md). */
public final class EventTypes {
    public static final String ACCOUNT_CREATED = "account.created";
    public static final String ACCOUNT_UPDATED = "account.updated";
    public static final String ACCOUNT_ARCHIVED = "account.archived";
    public static final String ACCOUNT_RESTORED = "account.restored";
    public static final String ORGANIZATION_CREATED = "organization.created";
    public static final String ORGANIZATION_UPDATED = "organization.updated";
    public static final String ORGANIZATION_ARCHIVED = "organization.archived";
    public static final String ORGANIZATION_RESTORED = "organization.restored";
    public static final String EVALUATION_ASSIGNED = "evaluation.assigned";
    public static final String EVALUATION_RETURNED = "evaluation.returned";
    public static final String EVALUATION_APPROVED = "evaluation.approved";
    public static final String EVALUATION_PUBLISHED = "evaluation.published";
    public static final String EVALUATION_CORRECTED = "evaluation.corrected";
    public static final String CAMPAIGN_STAGE_CHANGED = "campaign.stage-changed";
    public static final String OBJECTION_FILED = "objection.filed";
    public static final String OBJECTION_RESOLVED = "objection.resolved";
    public static final String RATING_SNAPSHOT_PUBLISHED = "rating.snapshot-published";
    public static final String TRAINING_ENROLMENT_CREATED = "training.enrolment.created";
    public static final String TRAINING_COMPLETION_MET = "training.completion.met";
    public static final String TRAINING_COMPLETION_LOST = "training.completion.lost";
    /** A bulletin issue was published or corrected: {issueId, revision, series, number, link}. */
    public static final String BULLETIN_ISSUE_PUBLISHED = "bulletin.issue.published";
    /** Sent to one webhook endpoint by "send test event"; never fanned out. */
    public static final String WEBHOOK_TEST = "webhook.test";

    /** The types a subscriber may choose. */
    public static final List<String> ALL = List.of(
            ACCOUNT_CREATED,
            ACCOUNT_UPDATED,
            ACCOUNT_ARCHIVED,
            ACCOUNT_RESTORED,
            ORGANIZATION_CREATED,
            ORGANIZATION_UPDATED,
            ORGANIZATION_ARCHIVED,
            ORGANIZATION_RESTORED,
            EVALUATION_ASSIGNED,
            EVALUATION_RETURNED,
            EVALUATION_APPROVED,
            EVALUATION_PUBLISHED,
            EVALUATION_CORRECTED,
            CAMPAIGN_STAGE_CHANGED,
            OBJECTION_FILED,
            OBJECTION_RESOLVED,
            RATING_SNAPSHOT_PUBLISHED,
            TRAINING_ENROLMENT_CREATED,
            TRAINING_COMPLETION_MET,
            TRAINING_COMPLETION_LOST,
            BULLETIN_ISSUE_PUBLISHED);

    private EventTypes() {}
}
