package ru.digitalbridge.monitoring.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.methodology.CriteriaCatalog;
import ru.digitalbridge.monitoring.MonitoringEvents;
import ru.digitalbridge.monitoring.campaigns.CampaignResponse.CampaignCriteriaSet;
import ru.digitalbridge.monitoring.campaigns.CampaignResponse.CampaignExpert;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/**
 * Campaigns: create and change them while in PREPARATION (the scope is materialised into
 * {@code campaign_account}), choose their experts, and move them through their stages with every rule and side
 * effect of a transition. Reads are filtered by who asks: anyone sees PUBLISHED campaigns, experts also the ones
 * they take part in, coordinators and administrators all of them.
 */
@ApplicationScoped
public class CampaignService {
    static final String ENTITY = "campaign";

    private static final String COLUMNS = """
            select c.id, c.version, c.title, c.period, c.criteria_set_id, cs.name as criteria_set_name,
                   cs.edition, c.stage, c.scope_filter::text as scope_filter, c.evaluation_deadline,
                   c.review_deadline, c.double_share, c.reply_days, c.keep_municipalities, c.reply_opened_at,
                   c.reply_closes_at, c.published_at, c.created_at, c.updated_at,
                   (select count(*) from campaign_account ca where ca.campaign_id = c.id) as account_count
              from campaign c
              join criteria_set cs on cs.id = c.criteria_set_id
            """;

    /** Visible to the caller: published, or the caller is staff (param 1), or takes part as an expert (2). */
    private static final String VISIBLE = """
             (c.stage = 'PUBLISHED' or ?
              or exists (select 1 from campaign_expert ce where ce.campaign_id = c.id and ce.user_id = ?))
            """;

    private final Sql db;
    private final CriteriaCatalog catalog;
    private final AuditService audit;
    private final MonitoringEvents events;
    private final ObjectMapper json;
    private final CampaignScopes scopes;
    private final Event<CampaignPublished> published;

    CampaignService(
            Sql db,
            CriteriaCatalog catalog,
            AuditService audit,
            ObjectMapper json,
            CampaignScopes scopes,
            MonitoringEvents events,
            Event<CampaignPublished> published) {
        this.db = db;
        this.catalog = catalog;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.scopes = scopes;
        this.published = published;
    }

    // ---------------------------------------------------------------- reads

    public PageResponse<CampaignResponse> list(CampaignStage stage, String q, PageQuery page, CampaignCaller caller) {
        List<Object> params = new ArrayList<>(Arrays.asList(caller.staff(), expertParam(caller)));
        String where = " where" + VISIBLE;
        if (stage != null) {
            where += " and c.stage = ?";
            params.add(stage.name());
        }
        if (q != null && !q.isBlank()) {
            where += " and (c.title ilike ? or c.period ilike ?)";
            String like = Sql.contains(q);
            params.add(like);
            params.add(like);
        }
        long total = db.count("select count(*) from campaign c" + where, params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size);
        pageParams.add(page.offset());
        List<UUID> ids = db.list(
                "select c.id from campaign c" + where + " order by c.period desc, c.title, c.id limit ? offset ?",
                rs -> rs.getObject(1, UUID.class),
                pageParams.toArray());
        List<CampaignResponse> items =
                read(ids).stream().map(c -> visibleTo(c, caller)).toList();
        return new PageResponse<>(items, total, page.page, page.size);
    }

    /**
     * What the caller sees of a campaign's experts: staff (coordinators, administrators) see who they are; everyone
     * else sees none of them, so public answers never carry a person's name, e-mail or user id.
     */
    private static CampaignResponse visibleTo(CampaignResponse campaign, CampaignCaller caller) {
        if (caller.staff() || campaign.experts().isEmpty()) {
            return campaign;
        }
        return new CampaignResponse(
                campaign.id(),
                campaign.version(),
                campaign.title(),
                campaign.period(),
                campaign.criteriaSet(),
                campaign.stage(),
                campaign.scope(),
                campaign.evaluationDeadline(),
                campaign.reviewDeadline(),
                campaign.doubleShare(),
                campaign.replyDays(),
                campaign.keepMunicipalities(),
                campaign.replyOpenedAt(),
                campaign.replyClosesAt(),
                campaign.publishedAt(),
                campaign.accountCount(),
                List.of(),
                campaign.createdAt(),
                campaign.updatedAt());
    }

    public CampaignResponse get(UUID id, CampaignCaller caller) {
        boolean visible = db.count(
                        "select count(*) from campaign c where c.id = ? and" + VISIBLE,
                        id,
                        caller.staff(),
                        expertParam(caller))
                > 0;
        if (!visible) {
            throw CampaignProblems.campaignNotFound(id);
        }
        return visibleTo(read(id), caller);
    }

    /** The number of active accounts a scope selects, by platform and municipality. */
    public CampaignScopePreview preview(CampaignScope scope) {
        return scopes.preview(scope);
    }

    // ---------------------------------------------------------------- writes

    @Transactional
    public CampaignResponse create(CampaignRequest request, CampaignCaller caller) {
        Settings settings = validate(request);
        UUID id = UUID.randomUUID();
        db.update(
                """
                insert into campaign (id, title, period, criteria_set_id, scope_filter, evaluation_deadline,
                                      review_deadline, double_share, reply_days, keep_municipalities, created_by)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
                """,
                id,
                settings.title,
                settings.period,
                settings.criteriaSetId,
                scopes.filterJson(request.scope()),
                settings.evaluationDeadline,
                settings.reviewDeadline,
                settings.doubleShare,
                settings.replyDays,
                settings.keepMunicipalities,
                caller.userId() == null ? null : caller.userId().toString());
        scopes.materialise(id, request.scope(), false);
        CampaignResponse created = read(id);
        audit.record(ENTITY, id, "create", null, created);
        return created;
    }

    @Transactional
    public CampaignResponse update(UUID id, CampaignUpdateRequest request) {
        Locked campaign = lock(id, request.version());
        if (campaign.stage != CampaignStage.PREPARATION) {
            throw CampaignProblems.stage(campaign.stage);
        }
        Settings settings = validate(request);
        CampaignResponse before = read(id);
        db.update(
                """
                update campaign set title = ?, period = ?, criteria_set_id = ?, scope_filter = ?::jsonb,
                       evaluation_deadline = ?, review_deadline = ?, double_share = ?, reply_days = ?,
                       keep_municipalities = ?, version = version + 1, updated_at = now()
                 where id = ?
                """,
                settings.title,
                settings.period,
                settings.criteriaSetId,
                scopes.filterJson(request.scope()),
                settings.evaluationDeadline,
                settings.reviewDeadline,
                settings.doubleShare,
                settings.replyDays,
                settings.keepMunicipalities,
                id);
        scopes.materialise(id, request.scope(), true);
        CampaignResponse after = read(id);
        audit.record(ENTITY, id, "update", before, after);
        return after;
    }

    /** Deletes a campaign still in PREPARATION, with its scope, experts and (not started) evaluations. */
    @Transactional
    public void delete(UUID id, Long version) {
        Locked campaign = lock(id, version);
        if (campaign.stage != CampaignStage.PREPARATION) {
            throw CampaignProblems.stage(campaign.stage);
        }
        CampaignResponse before = read(id);
        db.update("delete from campaign where id = ?", id);
        audit.record(ENTITY, id, "delete", before, null);
    }

    /**
     * Replaces the campaign's experts. Every user must be active and hold the EXPERT role (422 naming
     * {@code experts[i].userId}); an expert who still holds evaluations in the campaign cannot be removed (409
     * {@code campaign-expert-busy}: reassign them first). PREPARATION or EVALUATION only.
     */
    @Transactional
    public CampaignResponse setExperts(UUID id, CampaignExpertsRequest request) {
        Locked campaign = lock(id, request.version());
        if (campaign.stage != CampaignStage.PREPARATION && campaign.stage != CampaignStage.EVALUATION) {
            throw CampaignProblems.stage(campaign.stage);
        }
        List<Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Set<UUID> municipalities = new HashSet<>();
        for (int i = 0; i < request.experts().size(); i++) {
            var entry = request.experts().get(i);
            if (!seen.add(entry.userId())) {
                violations.add(CampaignProblems.violation("experts[" + i + "].userId", "campaign.experts.duplicate"));
            }
            municipalities.addAll(entry.municipalities());
        }
        Set<UUID> known = scopes.knownMunicipalities(municipalities);
        for (int i = 0; i < request.experts().size(); i++) {
            var list = request.experts().get(i).municipalities();
            for (int j = 0; j < list.size(); j++) {
                if (!known.contains(list.get(j))) {
                    violations.add(CampaignProblems.violation(
                            "experts[" + i + "].municipalities[" + j + "]", "campaign.municipality.unknown"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Set<UUID> experts = new HashSet<>(db.list(
                "select id from security_user_view where id = any(?) and active and 'EXPERT' = any(roles)",
                rs -> rs.getObject(1, UUID.class),
                (Object) Sql.uuids(seen)));
        for (int i = 0; i < request.experts().size(); i++) {
            if (!experts.contains(request.experts().get(i).userId())) {
                violations.add(CampaignProblems.violation("experts[" + i + "].userId", "campaign.experts.not-expert"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(422, "campaign-not-expert", "campaign-not-expert", violations);
        }
        List<String> busy = db.list("""
                select u.full_name from security_user_view u
                 where u.id in (select e.expert_id from evaluation e where e.campaign_id = ?)
                   and not (u.id = any(?))
                 order by u.full_name
                """, rs -> rs.getString(1), id, Sql.uuids(seen));
        if (!busy.isEmpty()) {
            throw ProblemException.conflict("campaign-expert-busy", String.join(", ", busy))
                    .with("experts", busy);
        }
        CampaignResponse before = read(id);
        db.update("delete from campaign_expert where campaign_id = ?", id);
        List<Object[]> rows = new ArrayList<>();
        for (var entry : request.experts()) {
            rows.add(new Object[] {id, entry.userId(), Sql.uuids(new LinkedHashSet<>(entry.municipalities()))});
        }
        db.batch("insert into campaign_expert (campaign_id, user_id, municipalities) values (?, ?, ?)", rows);
        touch(id);
        CampaignResponse after = read(id);
        audit.record(ENTITY, id, "experts", before, after);
        return after;
    }

    /**
     * Moves the campaign one stage forward (anything else is 409 {@code campaign-illegal-transition}):
     *
     * <ul>
     *   <li>→ EVALUATION: at least one account in scope, and every one has a PRIMARY evaluation;
     *   <li>→ REVIEW: always;
     *   <li>→ REPLY: every PRIMARY evaluation APPROVED (409 {@code campaign-not-approved} with {@code remaining});
     *       their current index becomes the initial index and the right-of-reply window opens for replyDays;
     *   <li>→ FINAL: no OPEN objection (409 {@code campaign-objections-open} with {@code open}); a window still
     *       open is closed now; the current index of each PRIMARY evaluation becomes its final index;
     *   <li>→ PUBLISHED: PRIMARY evaluations become PUBLISHED with revision 1, a snapshot of their answers in
     *       {@code evaluation_revision} and a 'published' event; SECOND evaluations (they only serve the agreement
     *       report and are never published) still SUBMITTED are settled as APPROVED, so that no evaluation of a
     *       published campaign waits for review and its progress adds up.
     * </ul>
     */
    @Transactional
    public CampaignResponse transition(UUID id, CampaignTransitionRequest request, CampaignCaller caller) {
        Locked campaign = lock(id, request.version());
        if (request.to() != campaign.stage.next()) {
            throw ProblemException.conflict(
                            "campaign-illegal-transition",
                            "campaign.stage." + campaign.stage.name(),
                            "campaign.stage." + request.to().name())
                    .with("from", campaign.stage)
                    .with("to", request.to())
                    .with("allowed", campaign.stage.next() == null ? List.of() : List.of(campaign.stage.next()));
        }
        CampaignResponse before = read(id);
        switch (request.to()) {
            case EVALUATION -> toEvaluation(id);
            case REVIEW -> {}
            case REPLY -> toReply(id);
            case FINAL -> toFinal(id);
            case PUBLISHED -> toPublished(id, caller);
            case PREPARATION -> throw new IllegalStateException("no stage precedes preparation");
        }
        db.update(
                "update campaign set stage = ?, version = version + 1, updated_at = now() where id = ?",
                request.to(),
                id);
        CampaignResponse after = read(id);
        audit.record(ENTITY, id, "transition", before, after);
        if (request.to() == CampaignStage.PUBLISHED) {
            events.evaluations(EventTypes.EVALUATION_PUBLISHED, events.evaluationsOf(id, "PRIMARY"));
        }
        events.campaignStageChanged(id, campaign.stage.name(), request.to().name());
        return after;
    }

    private void toEvaluation(UUID id) {
        var counts =
                db.one("""
                        select count(*),
                               count(*) filter (where not exists (
                                   select 1 from evaluation e
                                    where e.campaign_id = ca.campaign_id and e.account_id = ca.account_id
                                      and e.role = 'PRIMARY'))
                          from campaign_account ca where ca.campaign_id = ?
                        """, rs -> new long[] {rs.getLong(1), rs.getLong(2)}, id).orElseThrow();
        if (counts[0] == 0 || counts[1] > 0) {
            throw ProblemException.conflict("campaign-unassigned", counts[1])
                    .with("accounts", counts[0])
                    .with("unassigned", counts[1]);
        }
    }

    private void toReply(UUID id) {
        long remaining = db.count(
                "select count(*) from evaluation where campaign_id = ? and role = 'PRIMARY' and status <> 'APPROVED'",
                id);
        if (remaining > 0) {
            throw ProblemException.conflict("campaign-not-approved", remaining).with("remaining", remaining);
        }
        db.update("""
                update evaluation set initial_index = index_value, version = version + 1, updated_at = now()
                 where campaign_id = ? and role = 'PRIMARY'
                """, id);
        db.update("""
                update campaign set reply_opened_at = now(), reply_closes_at = now() + make_interval(days => reply_days)
                 where id = ?
                """, id);
    }

    private void toFinal(UUID id) {
        long open = db.count("""
                select count(*) from objection o join evaluation e on e.id = o.evaluation_id
                 where e.campaign_id = ? and o.status = 'OPEN'
                """, id);
        if (open > 0) {
            throw ProblemException.conflict("campaign-objections-open", open).with("open", open);
        }
        db.update("""
                update evaluation set final_index = index_value, version = version + 1, updated_at = now()
                 where campaign_id = ? and role = 'PRIMARY'
                """, id);
        db.update("update campaign set reply_closes_at = least(reply_closes_at, now()) where id = ?", id);
    }

    /**
     * Publication, set-based. The revision snapshot is built in SQL from the stored answers in the criteria's
     * position order, one object per answer: criterionId, code, value, notApplicable, naReason, points,
     * maxPoints, evidenceUrl, evidenceNote, recommendation.
     */
    private void toPublished(UUID id, CampaignCaller caller) {
        String actorName = actorName(caller);
        db.update("""
                insert into evaluation_revision (evaluation_id, revision, created_at, author_id, author_name, reason,
                                                 index_value, answers)
                select e.id, 1, now(), ?, ?, null, e.index_value,
                       coalesce((select jsonb_agg(jsonb_build_object(
                                        'criterionId', a.criterion_id, 'code', cr.code, 'value', a.value,
                                        'notApplicable', a.not_applicable, 'naReason', a.na_reason,
                                        'points', a.points, 'maxPoints', a.max_points,
                                        'evidenceUrl', a.evidence_url, 'evidenceNote', a.evidence_note,
                                        'recommendation', a.recommendation) order by cr.position)
                                   from evaluation_answer a join criterion cr on cr.id = a.criterion_id
                                  where a.evaluation_id = e.id), '[]'::jsonb)
                  from evaluation e
                 where e.campaign_id = ? and e.role = 'PRIMARY'
                """, caller.userId(), actorName, id);
        db.update("""
                insert into evaluation_event (evaluation_id, at, actor_id, actor_name, action, index_before, index_after,
                                              detail)
                select e.id, now(), ?, ?, 'published', e.index_value, e.index_value, '{"revision":1}'::jsonb
                  from evaluation e
                 where e.campaign_id = ? and e.role = 'PRIMARY'
                 order by e.id
                """, caller.userId(), actorName, id);
        db.update("""
                update evaluation set status = 'PUBLISHED', published_at = now(), revision = 1, version = version + 1,
                       updated_at = now()
                 where campaign_id = ? and role = 'PRIMARY'
                """, id);
        db.update("""
                update evaluation set status = 'APPROVED', approved_at = now(), version = version + 1, updated_at = now()
                 where campaign_id = ? and role = 'SECOND' and status = 'SUBMITTED'
                """, id);
        db.update("update campaign set published_at = now() where id = ?", id);
        published.fire(new CampaignPublished(id));
    }

    // ---------------------------------------------------------------- helpers

    /** The campaign row locked for the rest of the transaction; 404 when missing, 409 when the version is stale. */
    Locked lock(UUID id, Long version) {
        Locked locked = db.one(
                        "select version, stage from campaign where id = ? for update",
                        rs -> new Locked(rs.getLong(1), CampaignStage.valueOf(rs.getString(2))),
                        id)
                .orElseThrow(() -> CampaignProblems.campaignNotFound(id));
        if (version != null && locked.version != version) {
            throw CampaignProblems.staleVersion();
        }
        return locked;
    }

    record Locked(long version, CampaignStage stage) {}

    private void touch(UUID id) {
        db.update("update campaign set version = version + 1, updated_at = now() where id = ?", id);
    }

    String actorName(CampaignCaller caller) {
        if (caller.userId() == null) {
            return null;
        }
        return db.one("select full_name from security_user_view where id = ?", rs -> rs.getString(1), caller.userId())
                .orElse(null);
    }

    private static UUID expertParam(CampaignCaller caller) {
        return caller.expert() ? caller.userId() : null;
    }

    private record Settings(
            String title,
            String period,
            UUID criteriaSetId,
            LocalDate evaluationDeadline,
            LocalDate reviewDeadline,
            BigDecimal doubleShare,
            int replyDays,
            boolean keepMunicipalities) {}

    /** Field rules bean validation cannot express (400), then the criteria set (422). */
    private Settings validate(CampaignFields request) {
        List<Violation> violations = new ArrayList<>();
        if (request.reviewDeadline().isBefore(request.evaluationDeadline())) {
            violations.add(CampaignProblems.violation("reviewDeadline", "campaign.review-deadline.before"));
        }
        scopes.check(request.scope(), violations, false);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (!catalog.status(request.criteriaSetId()).map("APPROVED"::equals).orElse(false)) {
            throw CampaignProblems.criteriaSetNotApproved();
        }
        return new Settings(
                request.title().strip(),
                request.period(),
                request.criteriaSetId(),
                request.evaluationDeadline(),
                request.reviewDeadline(),
                request.doubleShare() == null ? new BigDecimal("0.100") : request.doubleShare(),
                request.replyDays() == null ? 10 : request.replyDays(),
                request.keepMunicipalities() == null || request.keepMunicipalities());
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    private record StoredFilter(
            String q,
            List<UUID> municipalities,
            List<Sector> sectors,
            List<OrganizationKind> kinds,
            List<Platform> platforms) {}

    CampaignResponse read(UUID id) {
        return read(List.of(id)).stream().findFirst().orElseThrow(() -> CampaignProblems.campaignNotFound(id));
    }

    /** Full responses for the campaigns, in the order given; three statements whatever the number. */
    private List<CampaignResponse> read(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = Sql.uuids(ids);
        Map<UUID, List<CampaignExpert>> experts = new HashMap<>();
        db.list(
                """
                select ce.campaign_id, ce.user_id, u.full_name, u.email, ce.municipalities
                  from campaign_expert ce join security_user_view u on u.id = ce.user_id
                 where ce.campaign_id = any(?)
                 order by u.full_name, u.id
                """,
                rs -> experts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new CampaignExpert(
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getString(4),
                                uuidList(rs.getArray(5)))),
                (Object) array);
        Map<UUID, List<UUID>> listed = new HashMap<>();
        db.list(
                "select campaign_id, account_id from campaign_account where campaign_id = any(?) and listed"
                        + " order by account_id",
                rs -> listed.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)),
                (Object) array);
        Map<UUID, CampaignResponse> byId = new HashMap<>();
        db.list(
                COLUMNS + " where c.id = any(?)",
                rs -> {
                    UUID campaign = rs.getObject("id", UUID.class);
                    byId.put(
                            campaign,
                            response(
                                    rs,
                                    experts.getOrDefault(campaign, List.of()),
                                    listed.getOrDefault(campaign, List.of())));
                    return null;
                },
                (Object) array);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private CampaignResponse response(ResultSet rs, List<CampaignExpert> experts, List<UUID> listed)
            throws SQLException {
        StoredFilter filter;
        try {
            filter = json.readValue(rs.getString("scope_filter"), StoredFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed scope filter", e);
        }
        return new CampaignResponse(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                rs.getString("title"),
                rs.getString("period"),
                new CampaignCriteriaSet(
                        rs.getObject("criteria_set_id", UUID.class),
                        rs.getString("criteria_set_name"),
                        rs.getInt("edition")),
                CampaignStage.valueOf(rs.getString("stage")),
                new CampaignScope(
                        filter.q(),
                        filter.municipalities(),
                        filter.sectors(),
                        filter.kinds(),
                        filter.platforms(),
                        listed),
                rs.getObject("evaluation_deadline", LocalDate.class),
                rs.getObject("review_deadline", LocalDate.class),
                rs.getBigDecimal("double_share"),
                rs.getInt("reply_days"),
                rs.getBoolean("keep_municipalities"),
                rs.getObject("reply_opened_at", OffsetDateTime.class),
                rs.getObject("reply_closes_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getLong("account_count"),
                experts,
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    static List<UUID> uuidList(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    /** Active users with the EXPERT role, ordered by name. */
    public List<ExpertCandidate> expertCandidates() {
        return db.list(
                "select id, full_name, email from security_user_view where active and 'EXPERT' = any (roles)"
                        + " order by full_name, id",
                rs -> new ExpertCandidate(
                        rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getString("email")));
    }
}
