package ru.digitalbridge.bulletin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.TestSendResponse;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;

/** A test message of the latest published revision to the calling editor, before the real delivery. */
@ApplicationScoped
class TestSends {
    private record Editor(String email, String language) {}

    private final Sql db;
    private final Deliveries deliveries;
    private final BulletinMessages messages;

    TestSends(Sql db, Deliveries deliveries, BulletinMessages messages) {
        this.db = db;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @Transactional
    TestSendResponse send(UUID issueId, UUID organization, UUID editor) {
        if (!db.exists("select 1 from bulletin_issue where id = ?", issueId)) {
            throw ProblemException.notFound("entity.bulletin-issue", issueId);
        }
        int revision = deliveries
                .latestRevision(issueId)
                .orElseThrow(() -> ProblemException.conflict("bulletin-not-published"));
        if (organization != null
                && !db.exists(
                        "select 1 from bulletin_personal_section where issue_id = ? and revision = ?"
                                + " and organization_id = ?",
                        issueId,
                        revision,
                        organization)) {
            throw ProblemException.invalidField("organization", "bulletin.delivery.no-section");
        }
        Editor to = db.one("""
                        select u.email, coalesce(s.language, 'ru') from security_user_view u
                          left join notification_setting s on s.user_id = u.id where u.id = ?
                        """, rs -> new Editor(rs.getString(1), rs.getString(2)), editor)
                .orElseThrow(() -> new ProblemException(403, "forbidden"));
        messages.test(
                issueId,
                revision,
                Addresses.normalise(to.email()),
                to.language(),
                organization == null ? List.of() : List.of(organization));
        return new TestSendResponse(revision, messages.smtp());
    }
}
