package ru.digitalbridge.bulletin.delivery;

import java.util.List;
import java.util.UUID;

/** The e-mail of one issue revision for one recipient: the public issue plus the personal sections of its orgs. */
interface IssueLetters {
    record Letter(String subject, String html, String text) {}

    record Links(String issueUrl, String unsubscribeUrl, String preferencesUrl) {}

    /** Empty when the revision is not published. */
    java.util.Optional<Letter> letter(
            UUID issueId, int revision, List<UUID> organizations, String language, Links links);
}
