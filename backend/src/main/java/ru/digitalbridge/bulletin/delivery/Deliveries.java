package ru.digitalbridge.bulletin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.Report;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.RevisionReport;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;

/**
 * Sending an issue revision: resolving its recipients and queueing one message per address (idempotent: a message per
 * issue, revision and address hash, so a repeated start, a retried fan-out or a second instance adds nothing), the
 * editor's test send, and the delivery report.
 *
 * <p>Recipients: confirmed subscribers of the issue's series, and the people of every organisation with a personal
 * section in the revision — active representatives, learners of the organisation (or running one of its accounts) and
 * users who chose it. One address gets one message, with the sections of all its organisations; people's language is
 * their notification language. Addresses that unsubscribed are left out.
 */
@ApplicationScoped
public class Deliveries {
    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    /** address → (language, organisations, subscriber), one row per normalised address; parameters: issue, rev, issue. */
    private static final String RECIPIENTS = """
            with sections as (
                select organization_id from bulletin_personal_section where issue_id = ? and revision = ?
            ), people as (
                select u.email, coalesce(ns.language, 'ru') as language, u.organization_id
                  from security_user_view u left join notification_setting ns on ns.user_id = u.id
                 where u.active and 'REPRESENTATIVE' = any(u.roles)
                   and u.organization_id in (select organization_id from sections)
                union all
                select l.email, coalesce(ns.language, 'ru'), l.organization_id
                  from training_learner l left join notification_setting ns on ns.user_id = l.user_id
                 where l.organization_id in (select organization_id from sections)
                union all
                select l.email, coalesce(ns.language, 'ru'), a.organization_id
                  from training_learner l
                  join training_learner_account la on la.learner_id = l.id
                  join account a on a.id = la.account_id
                  left join notification_setting ns on ns.user_id = l.user_id
                 where a.organization_id in (select organization_id from sections)
                union all
                select u.email, coalesce(ns.language, 'ru'), c.organization_id
                  from bulletin_organization_choice c
                  join security_user_view u on u.id = c.user_id
                  left join notification_setting ns on ns.user_id = u.id
                 where u.active and c.organization_id in (select organization_id from sections)
            ), everyone as (
                select lower(btrim(email)) as email, language, organization_id, null::uuid as subscriber_id, 1 as rank
                  from people
                union all
                select s.email, s.language, null, s.id, 2
                  from bulletin_subscriber s
                 where s.status = 'CONFIRMED'
                   and (select sr.slug from bulletin_issue i join bulletin_series sr on sr.id = i.series_id
                         where i.id = ?) = any(s.series)
            ), grouped as (
                select email, encode(sha256(convert_to(email, 'UTF8')), 'hex') as hash,
                       (array_agg(language order by rank))[1] as language,
                       coalesce(array_agg(distinct organization_id order by organization_id)
                                filter (where organization_id is not null), '{}') as organizations,
                       (array_agg(subscriber_id) filter (where subscriber_id is not null))[1] as subscriber_id
                  from everyone group by email
            )
            select g.email, g.hash, g.language, g.organizations, g.subscriber_id
              from grouped g
             where not exists (select 1 from bulletin_opt_out o where o.email_hash = g.hash)
            """;

    private final Sql db;
    private final BulletinMessages messages;

    Deliveries(Sql db, BulletinMessages messages) {
        this.db = db;
        this.messages = messages;
    }

    /** The latest published revision of an issue, if it was published. */
    Optional<Integer> latestRevision(UUID issueId) {
        return db.one("select revision from bulletin_issue where id = ? and revision > 0", rs -> rs.getInt(1), issueId);
    }

    /** An editor starts (or repeats, harmlessly) the delivery of a revision; how many messages were added now. */
    @Transactional
    public int start(UUID issueId, Integer revision, UUID editor) {
        if (!db.exists("select 1 from bulletin_issue where id = ?", issueId)) {
            throw ProblemException.notFound("entity.bulletin-issue", issueId);
        }
        int latest = latestRevision(issueId).orElseThrow(() -> ProblemException.conflict("bulletin-not-published"));
        int chosen = revision == null ? latest : revision;
        if (chosen > latest) {
            throw ProblemException.invalidField("revision", "bulletin.delivery.revision", latest);
        }
        return fanOut(issueId, chosen, editor);
    }

    /** Queues one message per recipient of a published revision, skipping those already queued. */
    @Transactional
    public int fanOut(UUID issueId, int revision, UUID startedBy) {
        if (!db.exists(
                "select 1 from bulletin_issue_revision where issue_id = ? and revision = ?", issueId, revision)) {
            LOG.warnf("bulletin issue %s revision %d is not published; nothing sent", issueId, revision);
            return 0;
        }
        // serialises concurrent starts of the same revision
        db.update("""
                insert into bulletin_delivery (issue_id, revision, recipients, started_by) values (?, ?, 0, ?)
                on conflict (issue_id, revision) do nothing
                """, issueId, revision, startedBy);
        db.one(
                "select 1 from bulletin_delivery where issue_id = ? and revision = ? for update",
                rs -> 1,
                issueId,
                revision);
        String status = messages.smtp() ? "PENDING" : "HELD";
        List<UUID> added = db.list(
                "with recipients as (" + RECIPIENTS + ")" + """
                        insert into bulletin_message (id, kind, issue_id, revision, address, address_hash, language,
                                                      subscriber_id, organization_ids, nonce, status)
                        select gen_random_uuid(), 'ISSUE', ?, ?, r.email, r.hash, r.language, r.subscriber_id,
                               r.organizations, replace(gen_random_uuid()::text, '-', ''), ?
                          from recipients r
                        on conflict (issue_id, revision, address_hash) where kind = 'ISSUE' do nothing
                        returning id
                        """,
                rs -> rs.getObject(1, UUID.class),
                issueId,
                revision,
                issueId,
                issueId,
                revision,
                status);
        messages.enqueue(added, "ISSUE");
        db.update("""
                update bulletin_delivery set recipients = (select count(*) from bulletin_message
                                                            where kind = 'ISSUE' and issue_id = ? and revision = ?)
                 where issue_id = ? and revision = ?
                """, issueId, revision, issueId, revision);
        LOG.infof("bulletin issue %s revision %d: %d messages queued", issueId, revision, added.size());
        return added.size();
    }

    /** The aggregate counts of every delivered revision of an issue. */
    @Transactional
    public Report report(UUID issueId) {
        if (!db.exists("select 1 from bulletin_issue where id = ?", issueId)) {
            throw ProblemException.notFound("entity.bulletin-issue", issueId);
        }
        List<RevisionReport> revisions = db.list(
                """
                select d.revision, d.started_at, count(m.id),
                       count(m.id) filter (where m.status = 'PENDING'),
                       count(m.id) filter (where m.status = 'SENT'),
                       count(m.id) filter (where m.status = 'FAILED'),
                       count(m.id) filter (where m.status = 'BOUNCED'),
                       count(m.id) filter (where m.unsubscribed),
                       count(m.id) filter (where m.status = 'CANCELLED'),
                       count(m.id) filter (where m.status = 'HELD')
                  from bulletin_delivery d
                  left join bulletin_message m on m.kind = 'ISSUE' and m.issue_id = d.issue_id
                                              and m.revision = d.revision
                 where d.issue_id = ?
                 group by d.revision, d.started_at order by d.revision
                """,
                rs -> new RevisionReport(
                        rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10)),
                issueId);
        return new Report(issueId, new ArrayList<>(revisions));
    }
}
