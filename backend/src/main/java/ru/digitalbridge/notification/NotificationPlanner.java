package ru.digitalbridge.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.Sql;

/**
 * Finds, on the scheduler, who should be told of what, and queues each occasion once. An occasion has a key (kind,
 * subject, recipient, and the deadline for reminders); the {@code notification} table holds each key once, so two
 * instances planning at the same moment, or one planning every minute, never queue a message twice. One instance plans
 * at a time (a transaction-scoped advisory lock); the others skip that round.
 *
 * <p>It reads the monitoring tables it is told about (campaign, evaluation and its events, objection) and the
 * registry's and security's published views; it changes none of them.
 */
@ApplicationScoped
public class NotificationPlanner {
    private static final Logger LOG = Logger.getLogger(NotificationPlanner.class);
    /** The advisory lock held while planning (any number unique in the application). */
    private static final long LOCK = 0x6d61696c_706c616eL;
    /** Occasions queued per rule and round; the rest follow in the next rounds. */
    private static final int PER_RULE = 500;

    private final Sql db;
    private final Notifications notifications;
    private final MailConfig config;
    private final Instance<OrganizationAudience> audiences;

    NotificationPlanner(
            Sql db, Notifications notifications, MailConfig config, Instance<OrganizationAudience> audiences) {
        this.db = db;
        this.notifications = notifications;
        this.config = config;
        this.audiences = audiences;
    }

    @Scheduled(
            identity = "notification-planner",
            every = "${bridge.mail.plan-every}",
            delayed = "${bridge.mail.plan-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        plan();
    }

    /** One round: every rule's new occasions queued; the number queued, or -1 when another instance is planning. */
    @Transactional
    public int plan() {
        boolean locked = db.one("select pg_try_advisory_xact_lock(?)", rs -> rs.getBoolean(1), LOCK)
                .orElse(false);
        if (!locked) {
            return -1;
        }
        List<Occasion> occasions = new ArrayList<>();
        occasions.addAll(replyWindow(false));
        occasions.addAll(replyWindow(true));
        occasions.addAll(expertsAssigned());
        occasions.addAll(evaluationsReturned());
        occasions.addAll(expertDeadlines());
        occasions.addAll(stagesComplete());
        occasions.addAll(objectionsFiled());
        int queued = 0;
        for (Occasion occasion : occasions) {
            if (notifications.queue(occasion)) {
                queued++;
            }
        }
        if (queued > 0) {
            LOG.infof("notification planner queued %d message(s)", queued);
        }
        return queued;
    }

    /**
     * Each {@link OrganizationAudience} (representatives, learners linked to the organisation) of the organisation of
     * each evaluation, with the audience's own notice and page.
     */
    private List<Occasion> replyWindow(boolean closing) {
        List<Occasion> occasions = new ArrayList<>();
        for (OrganizationAudience audience : audiences) {
            NotificationKind kind = closing ? audience.closing() : audience.opened();
            if (kind != null) {
                occasions.addAll(replyWindow(audience, kind, closing));
            }
        }
        return occasions;
    }

    private List<Occasion> replyWindow(OrganizationAudience audience, NotificationKind kind, boolean closing) {
        String when = closing
                ? " and c.reply_closes_at <= now() + cast(? as interval)"
                        + " and c.reply_opened_at < c.reply_closes_at - cast(? as interval)"
                : "";
        String sql = """
                select '%s:' || e.id || ':' || p.user_id, p.user_id, e.id, a.display_name, a.organization_name,
                       c.title, c.reply_closes_at
                  from campaign c
                  join evaluation e on e.campaign_id = c.id and e.role = 'PRIMARY'
                  join registry_account_view a on a.id = e.account_id
                  join (%s) p on p.organization_id = a.organization_id
                 where c.stage = 'REPLY' and c.reply_closes_at > now()%s
                """.formatted(kind.name(), audience.sql(), when);
        String remind = config.remindBefore().toString();
        Object[] params = closing ? new Object[] {remind, remind} : new Object[0];
        return db.list(
                fresh(sql),
                rs -> new Occasion(
                        kind,
                        uuid(rs, 2),
                        rs.getString(1),
                        audience.page(uuid(rs, 3)),
                        List.of(
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getObject(7, OffsetDateTime.class))),
                params);
    }

    /**
     * Each expert once per campaign, while it is under evaluation and they have open work given or changed within the
     * look-back (an assignment, a reassignment to them).
     */
    private List<Occasion> expertsAssigned() {
        String sql = """
                select 'EXPERT_ASSIGNED:' || c.id || ':' || e.expert_id, e.expert_id, c.title, count(*),
                       c.evaluation_deadline
                  from campaign c join evaluation e on e.campaign_id = c.id
                 where c.stage = 'EVALUATION' and e.status in ('DRAFT', 'RETURNED')
                   and e.updated_at > now() - cast(? as interval)
                 group by c.id, c.title, c.evaluation_deadline, e.expert_id
                """;
        return db.list(
                fresh(sql),
                rs -> new Occasion(
                        NotificationKind.EXPERT_ASSIGNED,
                        uuid(rs, 2),
                        rs.getString(1),
                        "/my/queue",
                        List.of(rs.getString(3), rs.getLong(4), deadline(rs.getObject(5, LocalDate.class)))),
                config.lookback().toString());
    }

    /** Each return of an evaluation to its expert, while it is still returned. */
    private List<Occasion> evaluationsReturned() {
        String sql = """
                select 'EVALUATION_RETURNED:' || ev.id, e.expert_id, e.id, a.display_name, c.title,
                       coalesce(ev.reason, '')
                  from evaluation_event ev
                  join evaluation e on e.id = ev.evaluation_id
                  join campaign c on c.id = e.campaign_id
                  join registry_account_view a on a.id = e.account_id
                 where ev.action = 'returned' and ev.at > now() - cast(? as interval) and e.status = 'RETURNED'
                """;
        return db.list(
                fresh(sql),
                rs -> new Occasion(
                        NotificationKind.EVALUATION_RETURNED,
                        uuid(rs, 2),
                        rs.getString(1),
                        "/evaluations/" + rs.getString(3) + "/edit",
                        List.of(rs.getString(4), rs.getString(5), rs.getString(6))),
                config.lookback().toString());
    }

    /** Experts with evaluations not yet submitted, once per campaign and deadline, shortly before it. */
    private List<Occasion> expertDeadlines() {
        String sql = """
                select 'EXPERT_DEADLINE:' || c.id || ':' || e.expert_id || ':' || c.evaluation_deadline, e.expert_id,
                       c.title, c.evaluation_deadline, count(*)
                  from campaign c join evaluation e on e.campaign_id = c.id
                 where c.stage = 'EVALUATION' and e.status in ('DRAFT', 'RETURNED')
                   and c.evaluation_deadline >= current_date
                   and c.evaluation_deadline <= cast(now() + cast(? as interval) as date)
                 group by c.id, c.title, c.evaluation_deadline, e.expert_id
                """;
        return db.list(
                fresh(sql),
                rs -> new Occasion(
                        NotificationKind.EXPERT_DEADLINE,
                        uuid(rs, 2),
                        rs.getString(1),
                        "/my/queue",
                        List.of(rs.getString(3), rs.getObject(4, LocalDate.class), rs.getLong(5))),
                config.remindBefore().toString());
    }

    /**
     * Coordinators, once per campaign and stage: under EVALUATION when no evaluation is left to submit, under REVIEW
     * when every primary evaluation is approved (what the reply stage requires); the last change to them within the
     * look-back.
     */
    private List<Occasion> stagesComplete() {
        String sql = """
                select 'STAGE_COMPLETE:' || c.id || ':' || c.stage || ':' || u.id, u.id, c.id, c.title, c.stage,
                       s.total
                  from campaign c
                  join lateral (
                      select count(*) as total,
                             count(*) filter (where e.status in ('DRAFT', 'RETURNED')) as unsubmitted,
                             count(*) filter (where e.role = 'PRIMARY' and e.status <> 'APPROVED') as unapproved,
                             max(e.updated_at) as last_change
                        from evaluation e where e.campaign_id = c.id) s on true
                  join security_user_view u on u.active and 'COORDINATOR' = any(u.roles)
                 where s.total > 0 and s.last_change > now() - cast(? as interval)
                   and ((c.stage = 'EVALUATION' and s.unsubmitted = 0) or (c.stage = 'REVIEW' and s.unapproved = 0))
                """;
        return db.list(
                fresh(sql),
                rs -> new Occasion(
                        NotificationKind.STAGE_COMPLETE,
                        uuid(rs, 2),
                        rs.getString(1),
                        "/campaigns/" + rs.getString(3),
                        List.of(rs.getString(4), new MailTexts.Key("stage." + rs.getString(5)), rs.getLong(6))),
                config.lookback().toString());
    }

    /** Coordinators, for each objection still open. */
    private List<Occasion> objectionsFiled() {
        String sql = """
                select 'OBJECTION_FILED:' || o.id || ':' || u.id, u.id, c.id, e.id, org.name, a.display_name, c.title,
                       o.comment
                  from objection o
                  join evaluation e on e.id = o.evaluation_id
                  join campaign c on c.id = e.campaign_id
                  join registry_account_view a on a.id = e.account_id
                  join registry_organization_view org on org.id = o.organization_id
                  join security_user_view u on u.active and 'COORDINATOR' = any(u.roles)
                 where o.status = 'OPEN' and o.created_at > now() - cast(? as interval)
                """;
        return db.list(
                fresh(sql),
                rs -> new Occasion(
                        NotificationKind.OBJECTION_FILED,
                        uuid(rs, 2),
                        rs.getString(1),
                        "/campaigns/" + rs.getString(3) + "/review?evaluation=" + rs.getString(4),
                        List.of(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))),
                config.lookback().toString());
    }

    /** The rule's rows whose key (the first column) has no message yet, at most {@link #PER_RULE}. */
    private static String fresh(String rule) {
        return "select * from (" + rule + ") r (dedup_key) where not exists"
                + " (select 1 from notification n where n.dedup_key = r.dedup_key) limit " + PER_RULE;
    }

    private static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Object deadline(LocalDate date) {
        return date == null ? new MailTexts.Key("deadline.none") : date;
    }
}
