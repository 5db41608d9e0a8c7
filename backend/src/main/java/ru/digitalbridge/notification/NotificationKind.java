package ru.digitalbridge.notification;

/**
 * What a message is about. Security notices tell a person that something happened to their own account; they cannot
 * be switched off. The texts are {@code notification.<KIND>.*} in the {@code mail} bundles.
 */
public enum NotificationKind {
    /** To representatives (and people linked to the organisation): the right-of-reply window opened. */
    REPLY_WINDOW_OPENED(false),
    /** To the same people, two days before the window closes. */
    REPLY_WINDOW_CLOSING(false),
    /**
     * To a learner linked to the organisation (who is not its representative): the evaluation of an account of the
     * organisation is out for reply; the representatives answer it. Links to the learner's cabinet.
     */
    LEARNER_REPLY_WINDOW_OPENED(false),
    /** To an expert: accounts of a campaign were assigned to them. */
    EXPERT_ASSIGNED(false),
    /** To an expert: the coordinator returned an evaluation for rework. */
    EVALUATION_RETURNED(false),
    /** To an expert with unfinished evaluations, two days before the campaign's evaluation deadline. */
    EXPERT_DEADLINE(false),
    /** To coordinators: every evaluation of a campaign's stage is in. */
    STAGE_COMPLETE(false),
    /** To coordinators: an organisation objected to an evaluation. */
    OBJECTION_FILED(false),
    /**
     * To administrators: a webhook endpoint was disabled by the platform (the receiver answered 410 Gone, or too many
     * attempts in a row failed), so a regional system no longer receives events until someone enables it again.
     */
    WEBHOOK_DISABLED(false),
    /** To a user: their password was set by an administrator or changed by themselves. */
    PASSWORD_CHANGED(true),
    /** To a user: their account was deactivated. */
    ACCOUNT_DEACTIVATED(true),
    /**
     * To a learner (by the e-mail on the certificate, whether or not they hold an account): a certificate was issued.
     * A notice about the person's own document, not a subscription: it cannot be switched off.
     */
    CERTIFICATE_ISSUED(true);

    private final boolean security;

    NotificationKind(boolean security) {
        this.security = security;
    }

    /** Whether this is a security notice, sent whatever the recipient switched off. */
    public boolean security() {
        return security;
    }
}
