package ru.digitalbridge.monitoring.objections;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationAccountRef;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.ObjectionCriterion;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.ObjectionResponse;
import ru.digitalbridge.registry.NamedRef;
import ru.digitalbridge.registry.Platform;

/** Plain-SQL reads and writes of objections (the right of reply); joins the caller's transaction. */
@ApplicationScoped
class ObjectionStore {

    private static final String OBJECTION = """
            select ob.id, ob.version, ob.evaluation_id, a.id as account_id, a.display_name, a.platform,
                   o.id as organization_id, o.name as organization_name, cr.id as criterion_id, cr.code, cr.title,
                   ob.comment, ob.evidence_url, ob.status, ob.resolution_reason, ob.previous_value, ob.new_value,
                   u.full_name as author_name, ob.created_at, ob.resolved_at, e.expert_id, ob.author_id
              from objection ob
              join evaluation e on e.id = ob.evaluation_id
              join registry_account_view a on a.id = e.account_id
              join registry_organization_view o on o.id = ob.organization_id
              join criterion cr on cr.id = ob.criterion_id
              join security_user_view u on u.id = ob.author_id
            """;

    record Page<T>(List<T> items, long total) {}

    private final Sql db;

    ObjectionStore(Sql db) {
        this.db = db;
    }

    private <T> List<T> query(String sql, Sql.RowReader<T> mapper, Object... params) {
        return db.list(sql, mapper, params);
    }

    private int update(String sql, Object... params) {
        return db.update(sql, params);
    }

    /** An objection row with the expert of its evaluation and its author (for access decisions). */
    record ObjectionRow(ObjectionResponse view, UUID expertId, UUID authorId) {}

    Optional<ObjectionRow> objection(UUID id, boolean lock) {
        return query(OBJECTION + " where ob.id = ?" + (lock ? " for update of ob" : ""), ObjectionStore::objection, id)
                .stream()
                .findFirst();
    }

    List<ObjectionRow> objectionsOf(UUID evaluationId) {
        return query(
                OBJECTION + " where ob.evaluation_id = ? order by ob.created_at, ob.id",
                ObjectionStore::objection,
                evaluationId);
    }

    /** Filters of the objection list: who may see what, and the query's own filters; null = any. */
    record ObjectionFilter(boolean all, UUID expertId, UUID organizationId, ObjectionStatus status, UUID campaign) {}

    Page<ObjectionRow> objections(ObjectionFilter filter, long offset, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!filter.all()) {
            List<String> scopes = new ArrayList<>();
            if (filter.expertId() != null) {
                scopes.add("e.expert_id = ?");
                params.add(filter.expertId());
            }
            if (filter.organizationId() != null) {
                scopes.add("ob.organization_id = ?");
                params.add(filter.organizationId());
            }
            where.append(scopes.isEmpty() ? " and false" : " and (" + String.join(" or ", scopes) + ")");
        }
        if (filter.status() != null) {
            where.append(" and ob.status = ?");
            params.add(filter.status().name());
        }
        if (filter.campaign() != null) {
            where.append(" and e.campaign_id = ?");
            params.add(filter.campaign());
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        pageParams.add(offset);
        List<ObjectionRow> items = query(
                OBJECTION + where + " order by ob.created_at desc, ob.id limit ? offset ?",
                ObjectionStore::objection,
                pageParams.toArray());
        long total = query(
                        "select count(*) from objection ob join evaluation e on e.id = ob.evaluation_id" + where,
                        rs -> rs.getLong(1),
                        params.toArray())
                .get(0);
        return new Page<>(items, total);
    }

    /**
     * The campaign's stage under a share lock held to the end of the transaction: a stage change (which locks the row
     * for update and then counts the open objections) waits for this filing to commit, and a filing waits for a stage
     * change in progress and then reads the stage it left.
     */
    String campaignStageForFiling(UUID campaignId) {
        return db.one("select stage from campaign where id = ? for share", rs -> rs.getString(1), campaignId)
                .orElseThrow();
    }

    /**
     * Files an objection unless one is already open on the criterion of the evaluation (a partial unique index
     * decides, also between concurrent requests); returns the id of that open objection then, else empty.
     */
    Optional<UUID> insertObjection(
            UUID id,
            UUID evaluationId,
            UUID criterionId,
            UUID organizationId,
            UUID authorId,
            String comment,
            String evidenceUrl) {
        int inserted = update(
                "insert into objection (id, evaluation_id, criterion_id, organization_id, author_id, comment, "
                        + "evidence_url) values (?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (evaluation_id, criterion_id) where status = 'OPEN' do nothing",
                id,
                evaluationId,
                criterionId,
                organizationId,
                authorId,
                comment,
                evidenceUrl);
        if (inserted == 1) {
            return Optional.empty();
        }
        return query(
                        "select id from objection where evaluation_id = ? and criterion_id = ? and status = 'OPEN'",
                        rs -> rs.getObject(1, UUID.class),
                        evaluationId,
                        criterionId)
                .stream()
                .findFirst();
    }

    void resolveObjection(
            UUID id,
            ObjectionStatus status,
            String reason,
            BigDecimal previousValue,
            BigDecimal newValue,
            UUID resolvedBy) {
        update(
                "update objection set status = ?, resolution_reason = ?, previous_value = ?, new_value = ?, "
                        + "resolved_by = ?, resolved_at = now(), version = version + 1 where id = ?",
                status.name(),
                reason,
                previousValue,
                newValue,
                resolvedBy,
                id);
    }

    private static ObjectionRow objection(ResultSet rs) throws SQLException {
        ObjectionResponse view = new ObjectionResponse(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                rs.getObject("evaluation_id", UUID.class),
                new EvaluationAccountRef(
                        rs.getObject("account_id", UUID.class),
                        rs.getString("display_name"),
                        Platform.valueOf(rs.getString("platform"))),
                new NamedRef(rs.getObject("organization_id", UUID.class), rs.getString("organization_name")),
                new ObjectionCriterion(
                        rs.getObject("criterion_id", UUID.class), rs.getString("code"), rs.getString("title")),
                rs.getString("comment"),
                rs.getString("evidence_url"),
                ObjectionStatus.valueOf(rs.getString("status")),
                rs.getString("resolution_reason"),
                rs.getBigDecimal("previous_value"),
                rs.getBigDecimal("new_value"),
                rs.getString("author_name"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("resolved_at", OffsetDateTime.class));
        return new ObjectionRow(view, rs.getObject("expert_id", UUID.class), rs.getObject("author_id", UUID.class));
    }
}
