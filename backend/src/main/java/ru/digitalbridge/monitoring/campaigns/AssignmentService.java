package ru.digitalbridge.monitoring.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.monitoring.MonitoringEvents;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.registry.NamedRef;
import ru.digitalbridge.registry.Platform;

/**
 * Assignments: an assignment is an evaluation row (account × campaign × role → expert). Automatic balancing
 * ({@link AssignmentBalancer}), manual reassignment, and the queues: an expert only ever sees their own rows;
 * coordinators and administrators see all and filter.
 */
@ApplicationScoped
public class AssignmentService {
    static final String ENTITY = "evaluation";

    /** Overdue: the evaluation deadline has passed and the evaluation is still with the expert. */
    static final String OVERDUE = "(c.evaluation_deadline < current_date and e.status in ('DRAFT', 'RETURNED'))";

    private static final String ROW_FROM = """
              from evaluation e
              join campaign c on c.id = e.campaign_id
              join registry_account_view a on a.id = e.account_id
              join registry_organization_view o on o.id = a.organization_id
              join registry_municipality_view m on m.id = a.municipality_id
              join security_user_view u on u.id = e.expert_id
            """;

    private static final String ROW_COLUMNS = """
            select e.id, e.version, e.role, e.status, e.index_value, e.started_at, e.review_comment, e.updated_at,
                   c.id as campaign_id, c.title, c.period, c.stage, c.evaluation_deadline,
                   a.id as account_id, a.display_name, a.url, a.platform,
                   o.id as organization_id, o.name as organization_name,
                   m.id as municipality_id, m.name as municipality_name,
                   u.id as expert_id, u.full_name,
            """ + OVERDUE + " as overdue";

    private final Sql db;
    private final CampaignService campaigns;
    private final AuditService audit;
    private final MonitoringEvents events;

    AssignmentService(Sql db, CampaignService campaigns, AuditService audit, MonitoringEvents events) {
        this.db = db;
        this.campaigns = campaigns;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Creates a PRIMARY evaluation for every account in scope that has none, then tops the blind doubles up to
     * ⌈doubleShare × accounts with a PRIMARY⌉. PREPARATION or EVALUATION only; needs an expert (two when doubles
     * are due), else 409 {@code campaign-no-experts}. Each new evaluation gets an 'assigned' event.
     */
    @Transactional
    public AssignmentSummary assign(UUID campaignId, CampaignCaller caller) {
        CampaignService.Locked campaign = campaigns.lock(campaignId, null);
        if (campaign.stage() != CampaignStage.PREPARATION && campaign.stage() != CampaignStage.EVALUATION) {
            throw CampaignProblems.stage(campaign.stage());
        }
        var settings = db.one(
                        "select double_share, keep_municipalities from campaign where id = ?",
                        rs -> Map.entry(rs.getBigDecimal(1), rs.getBoolean(2)),
                        campaignId)
                .orElseThrow();
        List<AssignmentBalancer.Expert> experts = db.list(
                "select user_id, municipalities from campaign_expert where campaign_id = ?",
                rs -> new AssignmentBalancer.Expert(
                        rs.getObject(1, UUID.class), Set.copyOf(CampaignService.uuidList(rs.getArray(2)))),
                campaignId);
        Map<UUID, Integer> load = new HashMap<>();
        db.list(
                "select expert_id, count(*) from evaluation where campaign_id = ? group by expert_id",
                rs -> load.put(rs.getObject(1, UUID.class), rs.getInt(2)),
                campaignId);
        // accounts in scope: municipality, PRIMARY expert (null = unassigned), whether a SECOND exists
        List<ScopedAccount> accounts = db.list(
                """
                select ca.account_id, a.municipality_id,
                       (select e.expert_id from evaluation e where e.campaign_id = ca.campaign_id
                           and e.account_id = ca.account_id and e.role = 'PRIMARY') as primary_expert,
                       exists (select 1 from evaluation e where e.campaign_id = ca.campaign_id
                           and e.account_id = ca.account_id and e.role = 'SECOND') as has_second
                  from campaign_account ca join registry_account_view a on a.id = ca.account_id
                 where ca.campaign_id = ?
                 order by ca.account_id
                """,
                rs -> new ScopedAccount(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getBoolean(4)),
                campaignId);
        int seconds = (int) accounts.stream().filter(ScopedAccount::hasSecond).count();
        int due = AssignmentBalancer.doubleTarget(settings.getKey(), accounts.size()) - seconds;
        if (experts.isEmpty() || (due > 0 && experts.size() < 2)) {
            throw ProblemException.conflict("campaign-no-experts", due > 0 ? 2 : 1)
                    .with("required", due > 0 ? 2 : 1)
                    .with("experts", experts.size());
        }
        AssignmentBalancer balancer = new AssignmentBalancer(experts, load, settings.getValue());
        List<Object[]> evaluations = new ArrayList<>();
        Map<UUID, UUID> primaryExpert = new HashMap<>();
        Map<UUID, UUID> municipalityOf = new HashMap<>();
        int assigned = 0;
        for (ScopedAccount account : accounts) {
            municipalityOf.put(account.id(), account.municipality());
            UUID expert = account.primaryExpert();
            if (expert == null) {
                expert = balancer.pick(account.municipality(), null);
                evaluations.add(new Object[] {UUID.randomUUID(), campaignId, account.id(), expert, "PRIMARY"});
                assigned++;
            }
            primaryExpert.put(account.id(), expert);
        }
        List<UUID> candidates = accounts.stream()
                .filter(a -> !a.hasSecond())
                .map(ScopedAccount::id)
                .toList();
        int doubles = 0;
        for (UUID account : AssignmentBalancer.sample(candidates, due, campaignId)) {
            UUID expert = balancer.pick(municipalityOf.get(account), primaryExpert.get(account));
            evaluations.add(new Object[] {UUID.randomUUID(), campaignId, account, expert, "SECOND"});
            doubles++;
        }
        db.batch(
                "insert into evaluation (id, campaign_id, account_id, expert_id, role) values (?, ?, ?, ?, ?)",
                evaluations);
        String actorName = campaigns.actorName(caller);
        List<Object[]> assignedEvents = new ArrayList<>();
        for (Object[] evaluation : evaluations) {
            assignedEvents.add(
                    new Object[] {evaluation[0], caller.userId(), actorName, "{\"role\":\"" + evaluation[4] + "\"}"});
        }
        db.batch(
                "insert into evaluation_event (evaluation_id, actor_id, actor_name, action, detail)"
                        + " values (?, ?, ?, 'assigned', ?::jsonb)",
                assignedEvents);
        AssignmentSummary summary = new AssignmentSummary(assigned, doubles, perExpert(campaignId));
        audit.record(CampaignService.ENTITY, campaignId, "assign", null, summary);
        events.evaluations(
                EventTypes.EVALUATION_ASSIGNED,
                evaluations.stream().map(evaluation -> (UUID) evaluation[0]).toList());
        return summary;
    }

    private record ScopedAccount(UUID id, UUID municipality, UUID primaryExpert, boolean hasSecond) {}

    private List<AssignmentSummary.ExpertLoad> perExpert(UUID campaignId) {
        return db.list(
                """
                select ce.user_id, u.full_name,
                       (select count(*) from evaluation e where e.campaign_id = ce.campaign_id
                           and e.expert_id = ce.user_id)
                  from campaign_expert ce join security_user_view u on u.id = ce.user_id
                 where ce.campaign_id = ?
                 order by u.full_name, u.id
                """,
                rs -> new AssignmentSummary.ExpertLoad(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)),
                campaignId);
    }

    /**
     * Gives an evaluation to another expert of the campaign. Only while it is DRAFT or RETURNED and the campaign
     * is not past REVIEW (409 {@code assignment-locked}); the expert must be one of the campaign's (422
     * {@code assignment-not-campaign-expert}) and must not hold the other evaluation of the same account (409
     * {@code assignment-same-expert}, which would break the blindness of a double). The work done so far stays
     * with the evaluation. Event 'reassigned' with the previous and new expert.
     */
    @Transactional
    public AssignmentRow reassign(UUID evaluationId, AssignmentRequest request, CampaignCaller caller) {
        // before anything is read: the campaign held against a change of its experts (which locks it for update),
        // then every evaluation of the account in it (a double's two sides) locked in one order, so two
        // reassignments of one pair run one after the other and the same-expert check below sees the other's expert
        db.list("""
                select o.id from evaluation e
                  join campaign c on c.id = e.campaign_id
                  join evaluation o on o.campaign_id = e.campaign_id and o.account_id = e.account_id
                 where e.id = ? order by o.id for share of c for update of o
                """, rs -> rs.getObject(1), evaluationId);
        var current = db.one(
                        """
                        select e.version, e.status, e.expert_id, e.campaign_id, e.account_id, c.stage
                          from evaluation e join campaign c on c.id = e.campaign_id
                         where e.id = ? for update of e
                        """,
                        rs -> new Current(
                                rs.getLong(1),
                                AssignmentStatus.valueOf(rs.getString(2)),
                                rs.getObject(3, UUID.class),
                                rs.getObject(4, UUID.class),
                                rs.getObject(5, UUID.class),
                                CampaignStage.valueOf(rs.getString(6))),
                        evaluationId)
                .orElseThrow(() -> CampaignProblems.evaluationNotFound(evaluationId));
        if (current.version() != request.version()) {
            throw CampaignProblems.staleVersion();
        }
        boolean editable = current.status() == AssignmentStatus.DRAFT || current.status() == AssignmentStatus.RETURNED;
        boolean open = current.stage().ordinal() <= CampaignStage.REVIEW.ordinal();
        if (!editable || !open) {
            throw ProblemException.conflict(
                            "assignment-locked",
                            "campaign.status." + current.status().name())
                    .with("recordStatus", current.status())
                    .with("stage", current.stage());
        }
        if (db.count(
                        "select count(*) from campaign_expert where campaign_id = ? and user_id = ?",
                        current.campaignId(),
                        request.expertId())
                == 0) {
            throw new ProblemException(
                    422,
                    "assignment-not-campaign-expert",
                    "assignment-not-campaign-expert",
                    List.of(CampaignProblems.violation("expertId", "campaign.assignment.not-campaign-expert")));
        }
        if (request.expertId().equals(current.expertId())) {
            return row(evaluationId);
        }
        if (db.count("""
                        select count(*) from evaluation
                         where campaign_id = ? and account_id = ? and id <> ? and expert_id = ?
                        """, current.campaignId(), current.accountId(), evaluationId, request.expertId()) > 0) {
            throw ProblemException.conflict("assignment-same-expert");
        }
        AssignmentRow before = row(evaluationId);
        db.update(
                "update evaluation set expert_id = ?, version = version + 1, updated_at = now() where id = ?",
                request.expertId(),
                evaluationId);
        db.update(
                """
                insert into evaluation_event (evaluation_id, actor_id, actor_name, action, index_before, index_after,
                                              detail)
                select id, ?, ?, 'reassigned', index_value, index_value,
                       jsonb_build_object('from', ?::text, 'to', ?::text)
                  from evaluation where id = ?
                """,
                caller.userId(),
                campaigns.actorName(caller),
                current.expertId().toString(),
                request.expertId().toString(),
                evaluationId);
        AssignmentRow after = row(evaluationId);
        audit.record(ENTITY, evaluationId, "reassign", before, after);
        events.evaluation(EventTypes.EVALUATION_ASSIGNED, evaluationId);
        return after;
    }

    private record Current(
            long version,
            AssignmentStatus status,
            UUID expertId,
            UUID campaignId,
            UUID accountId,
            CampaignStage stage) {}

    /**
     * The assignments list. An expert who is not staff sees only their own rows whatever the filters say; staff see
     * all, or their own with {@code mine=true}. With {@code mine=true} and neither a status nor a campaign filter,
     * only open work is listed (DRAFT, RETURNED, SUBMITTED or APPROVED in campaigns under evaluation or review). Order: overdue first, then by due date, organization name, account
     * name.
     */
    public PageResponse<AssignmentRow> list(AssignmentFilter filter, PageQuery page, CampaignCaller caller) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!caller.staff() || filter.mine()) {
            if (caller.userId() == null) {
                return new PageResponse<>(List.of(), 0, page.page, page.size);
            }
            where.append(" and e.expert_id = ?");
            params.add(caller.userId());
        } else if (filter.expert() != null) {
            where.append(" and e.expert_id = ?");
            params.add(filter.expert());
        }
        if (filter.campaign() != null) {
            where.append(" and e.campaign_id = ?");
            params.add(filter.campaign());
        }
        if (filter.municipality() != null) {
            where.append(" and a.municipality_id = ?");
            params.add(filter.municipality());
        }
        if (filter.status() != null) {
            where.append(" and e.status = ?");
            params.add(filter.status());
        } else if (filter.mine() && filter.campaign() == null) {
            // "my queue": the work still open, not the history of finished campaigns
            where.append(
                    " and e.status in ('DRAFT', 'RETURNED', 'SUBMITTED', 'APPROVED') and c.stage in ('EVALUATION', 'REVIEW')");
        }
        if (filter.role() != null) {
            where.append(" and e.role = ?");
            params.add(filter.role());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and " : " and not ").append(OVERDUE);
        }
        long total = db.count("select count(*)" + ROW_FROM + where, params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size);
        pageParams.add(page.offset());
        List<AssignmentRow> items = db.list(
                ROW_COLUMNS + ROW_FROM + where
                        + " order by overdue desc, c.evaluation_deadline nulls last, o.name, a.display_name, e.id"
                        + " limit ? offset ?",
                AssignmentService::row,
                pageParams.toArray());
        return new PageResponse<>(items, total, page.page, page.size);
    }

    AssignmentRow row(UUID evaluationId) {
        return db.one(ROW_COLUMNS + ROW_FROM + " where e.id = ?", AssignmentService::row, evaluationId)
                .orElseThrow(() -> CampaignProblems.evaluationNotFound(evaluationId));
    }

    private static AssignmentRow row(ResultSet rs) throws SQLException {
        BigDecimal index = rs.getBigDecimal("index_value");
        return new AssignmentRow(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                new AssignmentRow.AssignmentCampaign(
                        rs.getObject("campaign_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("period"),
                        CampaignStage.valueOf(rs.getString("stage"))),
                new AssignmentRow.AssignmentAccount(
                        rs.getObject("account_id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("url"),
                        Platform.valueOf(rs.getString("platform"))),
                new NamedRef(rs.getObject("organization_id", UUID.class), rs.getString("organization_name")),
                new NamedRef(rs.getObject("municipality_id", UUID.class), rs.getString("municipality_name")),
                new AssignmentRow.AssignmentExpert(rs.getObject("expert_id", UUID.class), rs.getString("full_name")),
                AssignmentRole.valueOf(rs.getString("role")),
                AssignmentStatus.valueOf(rs.getString("status")),
                index,
                rs.getObject("started_at", OffsetDateTime.class) != null,
                rs.getObject("evaluation_deadline", LocalDate.class),
                rs.getBoolean("overdue"),
                rs.getString("review_comment"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
