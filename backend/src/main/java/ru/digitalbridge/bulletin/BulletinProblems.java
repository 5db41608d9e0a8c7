package ru.digitalbridge.bulletin;

import java.util.UUID;
import ru.digitalbridge.common.error.ProblemException;

/** The problems the bulletin rules raise; titles and details are in the message bundles under the same keys. */
final class BulletinProblems {
    private BulletinProblems() {}

    static ProblemException issueNotFound(UUID id) {
        return ProblemException.notFound("entity.bulletin-issue", id);
    }

    static ProblemException seriesNotFound(String slug) {
        return ProblemException.notFound("entity.bulletin-series", slug);
    }

    static ProblemException sectionNotFound() {
        return ProblemException.notFound("entity.bulletin-section", null);
    }

    static ProblemException staleVersion() {
        return ProblemException.conflict("stale-version");
    }

    /** 403: signed in as staff, but not an editor (or not the reviewer) of this issue. */
    static ProblemException forbidden() {
        return new ProblemException(403, "bulletin-forbidden");
    }

    /** 409: the issue is not in the state the action needs (names the state it is in). */
    static ProblemException wrongStatus(IssueStatus status) {
        return ProblemException.conflict("bulletin-wrong-status").with("issueStatus", status);
    }

    /** 409: a published revision never changes; a correction adds the next revision. */
    static ProblemException immutable() {
        return ProblemException.conflict("bulletin-revision-immutable");
    }

    /** 409: submitting for review needs a named reviewer. */
    static ProblemException noReviewer() {
        return ProblemException.conflict("bulletin-no-reviewer");
    }
}
