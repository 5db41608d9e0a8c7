package ru.digitalbridge.monitoring.evaluations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.methodology.CriterionGroup;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationAccountRef;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationCampaignRef;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationEventView;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationRevisionResponse;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationRevisionSummary;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationSummary;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.ObjectionCriterion;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.ObjectionResponse;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.RevisionAnswer;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.TimelineAnswer;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.TimelineCriteriaSet;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.TimelineEntry;
import ru.digitalbridge.monitoring.objections.ObjectionStatus;
import ru.digitalbridge.registry.NamedRef;
import ru.digitalbridge.registry.Platform;

/**
 * Plain-SQL reads and writes of evaluations, their answers, citizen questions, objections, events and
 * revisions. Joins the caller's transaction when there is one (writes always run in one).
 */
@ApplicationScoped
public class EvaluationStore {
    private static final TypeReference<List<RevisionAnswer>> SNAPSHOT = new TypeReference<>() {};

    private static final String EVALUATION = """
            select e.id, e.version, e.campaign_id, c.title, c.period, c.stage, c.criteria_set_id, c.reply_closes_at,
                   e.account_id, a.display_name, a.url, a.platform, o.id as organization_id, o.name as organization_name,
                   o.sector, o.kind, m.id as municipality_id, m.name as municipality_name, e.expert_id,
                   u.full_name as expert_name, e.role, e.status, e.index_value, e.initial_index, e.final_index,
                   e.revision, e.review_comment, e.reconciled, e.started_at, e.submitted_at, e.approved_at,
                   e.published_at, e.updated_at
              from evaluation e
              join campaign c on c.id = e.campaign_id
              join account a on a.id = e.account_id
              join organization o on o.id = a.organization_id
              join municipality m on m.id = a.municipality_id
              join app_user u on u.id = e.expert_id
            """;

    private static final String SUMMARY = """
            select e.id, c.id as campaign_id, c.title, c.period, a.id as account_id, a.display_name, a.platform,
                   o.id as organization_id, o.name as organization_name, e.role, e.status, e.index_value,
                   e.initial_index, e.final_index, e.revision, e.published_at
              from evaluation e
              join campaign c on c.id = e.campaign_id
              join account a on a.id = e.account_id
              join organization o on o.id = a.organization_id
            """;

    private static final String OBJECTION = """
            select ob.id, ob.version, ob.evaluation_id, a.id as account_id, a.display_name, a.platform,
                   o.id as organization_id, o.name as organization_name, cr.id as criterion_id, cr.code, cr.title,
                   ob.comment, ob.evidence_url, ob.status, ob.resolution_reason, ob.previous_value, ob.new_value,
                   u.full_name as author_name, ob.created_at, ob.resolved_at, e.expert_id, ob.author_id
              from objection ob
              join evaluation e on e.id = ob.evaluation_id
              join account a on a.id = e.account_id
              join organization o on o.id = ob.organization_id
              join criterion cr on cr.id = ob.criterion_id
              join app_user u on u.id = ob.author_id
            """;

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    EvaluationStore(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    // ---- evaluations

    Optional<EvaluationRow> evaluation(UUID id, boolean lock) {
        String sql = EVALUATION + " where e.id = ?" + (lock ? " for update of e" : "");
        return query(sql, EvaluationStore::evaluationRow, id).stream().findFirst();
    }

    /** The other evaluation of the same account in the same campaign (PRIMARY for a SECOND and vice versa). */
    Optional<EvaluationRow> counterpart(EvaluationRow row) {
        EvaluationRole other = row.role() == EvaluationRole.PRIMARY ? EvaluationRole.SECOND : EvaluationRole.PRIMARY;
        return query(
                        EVALUATION + " where e.campaign_id = ? and e.account_id = ? and e.role = ?",
                        EvaluationStore::evaluationRow,
                        row.campaignId(),
                        row.accountId(),
                        other.name())
                .stream()
                .findFirst();
    }

    /** A stored answer: what the expert entered plus the stored points. */
    record StoredAnswer(EvaluationScorer.Input input, BigDecimal points, boolean notApplicable) {}

    Map<UUID, StoredAnswer> answers(UUID evaluationId) {
        Map<UUID, StoredAnswer> answers = new HashMap<>();
        for (Object[] row : query(
                "select criterion_id, value, not_applicable, na_reason, points, evidence_url, evidence_note, "
                        + "recommendation from evaluation_answer where evaluation_id = ?",
                rs -> new Object[] {
                    rs.getObject(1, UUID.class),
                    new StoredAnswer(
                            new EvaluationScorer.Input(
                                    rs.getBigDecimal(2),
                                    rs.getBoolean(3) && rs.getString(4) != null,
                                    rs.getString(4),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8)),
                            rs.getBigDecimal(5),
                            rs.getBoolean(3))
                },
                evaluationId)) {
            answers.put((UUID) row[0], (StoredAnswer) row[1]);
        }
        return answers;
    }

    /** Texts of criteria the catalogue does not carry: guidance and unit. */
    record CriterionTexts(String guidance, String unit) {}

    Map<UUID, CriterionTexts> criterionTexts(UUID criteriaSetId) {
        Map<UUID, CriterionTexts> texts = new HashMap<>();
        for (Object[] row : query(
                "select id, guidance, unit from criterion where criteria_set_id = ?",
                rs -> new Object[] {rs.getObject(1, UUID.class), new CriterionTexts(rs.getString(2), rs.getString(3))},
                criteriaSetId)) {
            texts.put((UUID) row[0], (CriterionTexts) row[1]);
        }
        return texts;
    }

    /** Writes every criterion's answer as scored (insert or replace). */
    void saveAnswers(UUID evaluationId, List<EvaluationScorer.Scored> answers) {
        String sql = """
                insert into evaluation_answer (evaluation_id, criterion_id, value, not_applicable, na_reason, points,
                                               max_points, evidence_url, evidence_note, recommendation)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (evaluation_id, criterion_id) do update
                   set value = excluded.value, not_applicable = excluded.not_applicable,
                       na_reason = excluded.na_reason, points = excluded.points, max_points = excluded.max_points,
                       evidence_url = excluded.evidence_url, evidence_note = excluded.evidence_note,
                       recommendation = excluded.recommendation
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (EvaluationScorer.Scored answer : answers) {
                bind(
                        statement,
                        evaluationId,
                        answer.criterion().id(),
                        answer.value(),
                        answer.notApplicable(),
                        answer.naReason(),
                        answer.points(),
                        answer.criterion().maxPoints(),
                        answer.evidenceUrl(),
                        answer.evidenceNote(),
                        answer.recommendation());
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the answers of evaluation " + evaluationId, e);
        }
    }

    /** Stores the index and marks the evaluation started; bumps the version when {@code bump}. */
    void saveIndex(UUID id, BigDecimal index, boolean bump) {
        update(
                "update evaluation set index_value = ?, started_at = coalesce(started_at, now()), updated_at = now()"
                        + (bump ? ", version = version + 1" : "")
                        + " where id = ?",
                index,
                id);
    }

    void setStatus(UUID id, EvaluationStatus status, String reviewComment, boolean keepComment) {
        String timestamp = switch (status) {
            case SUBMITTED -> ", submitted_at = now()";
            case APPROVED -> ", approved_at = now()";
            default -> "";
        };
        if (keepComment) {
            update(
                    "update evaluation set status = ?, version = version + 1, updated_at = now()" + timestamp
                            + " where id = ?",
                    status.name(),
                    id);
        } else {
            update(
                    "update evaluation set status = ?, review_comment = ?, version = version + 1, updated_at = now()"
                            + timestamp + " where id = ?",
                    status.name(),
                    reviewComment,
                    id);
        }
    }

    void markReconciled(UUID primary, UUID second) {
        update(
                "update evaluation set reconciled = true, version = version + 1, updated_at = now() where id in (?, ?)",
                primary,
                second);
    }

    void setRevision(UUID id, int revision) {
        update("update evaluation set revision = ? where id = ?", revision, id);
    }

    // ---- events and revisions

    public void event(
            UUID evaluationId,
            EvaluationCaller actor,
            String action,
            String reason,
            BigDecimal before,
            BigDecimal after,
            Map<String, Object> detail) {
        update(
                "insert into evaluation_event (evaluation_id, actor_id, actor_name, action, reason, index_before, "
                        + "index_after, detail) values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))",
                evaluationId,
                actor.userId(),
                actor.name(),
                action,
                reason,
                before,
                after,
                write(detail == null ? Map.of() : detail));
    }

    List<EvaluationEventView> events(UUID evaluationId) {
        return query(
                "select at, action, actor_name, reason, index_before, index_after from evaluation_event "
                        + "where evaluation_id = ? order by at, id",
                rs -> new EvaluationEventView(
                        rs.getObject(1, OffsetDateTime.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6)),
                evaluationId);
    }

    List<EvaluationRevisionSummary> revisions(UUID evaluationId) {
        return query(
                "select revision, created_at, author_name, reason, index_value from evaluation_revision "
                        + "where evaluation_id = ? order by revision",
                rs -> new EvaluationRevisionSummary(
                        rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5)),
                evaluationId);
    }

    Optional<EvaluationRevisionResponse> revision(UUID evaluationId, int revision) {
        return query(
                        "select revision, created_at, author_name, reason, index_value, answers::text "
                                + "from evaluation_revision where evaluation_id = ? and revision = ?",
                        rs -> new EvaluationRevisionResponse(
                                rs.getInt(1),
                                rs.getObject(2, OffsetDateTime.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBigDecimal(5),
                                read(rs.getString(6))),
                        evaluationId,
                        revision)
                .stream()
                .findFirst();
    }

    int latestRevision(UUID evaluationId) {
        return query(
                        "select coalesce(max(revision), 0) from evaluation_revision where evaluation_id = ?",
                        rs -> rs.getInt(1),
                        evaluationId)
                .get(0);
    }

    void insertRevision(
            UUID evaluationId,
            int revision,
            EvaluationCaller author,
            String reason,
            BigDecimal index,
            List<RevisionAnswer> answers) {
        update(
                "insert into evaluation_revision (evaluation_id, revision, author_id, author_name, reason, index_value, "
                        + "answers) values (?, ?, ?, ?, ?, ?, cast(? as jsonb))",
                evaluationId,
                revision,
                author.userId(),
                author.name(),
                reason,
                index,
                write(answers));
    }

    // ---- lists

    /** Filters of the evaluation list; null = any. */
    record ListFilter(
            UUID account, UUID campaign, UUID organization, EvaluationStatus status, boolean publishedPrimaryOnly) {}

    public record Page<T>(List<T> items, long total) {}

    Page<EvaluationSummary> summaries(ListFilter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.account() != null) {
            where.append(" and e.account_id = ?");
            params.add(filter.account());
        }
        if (filter.campaign() != null) {
            where.append(" and e.campaign_id = ?");
            params.add(filter.campaign());
        }
        if (filter.organization() != null) {
            where.append(" and a.organization_id = ?");
            params.add(filter.organization());
        }
        if (filter.status() != null) {
            where.append(" and e.status = ?");
            params.add(filter.status().name());
        }
        if (filter.publishedPrimaryOnly()) {
            where.append(" and e.status = 'PUBLISHED' and e.role = 'PRIMARY'");
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        pageParams.add(offset);
        List<EvaluationSummary> items = query(
                SUMMARY + where + " order by c.period desc, a.display_name, e.role, e.id limit ? offset ?",
                EvaluationStore::summary,
                pageParams.toArray());
        long total = query(
                        "select count(*) from evaluation e join account a on a.id = e.account_id" + where,
                        rs -> rs.getLong(1),
                        params.toArray())
                .get(0);
        return new Page<>(items, total);
    }

    /** PRIMARY evaluations of an organization's accounts whose campaign is in REPLY, FINAL or PUBLISHED. */
    List<EvaluationSummary> ofOrganization(UUID organizationId) {
        return query(
                SUMMARY + " where a.organization_id = ? and e.role = 'PRIMARY'"
                        + " and c.stage in ('REPLY', 'FINAL', 'PUBLISHED')"
                        + " order by c.period desc, a.display_name, e.id",
                EvaluationStore::summary,
                organizationId);
    }

    boolean accountExists(UUID accountId) {
        return !query("select 1 from account where id = ?", rs -> 1, accountId).isEmpty();
    }

    List<TimelineEntry> timeline(UUID accountId) {
        record Head(
                UUID id,
                EvaluationCampaignRef campaign,
                TimelineCriteriaSet set,
                BigDecimal index,
                BigDecimal initialIndex,
                BigDecimal finalIndex,
                int revision,
                OffsetDateTime publishedAt) {}
        List<Head> heads = query(
                """
                select e.id, c.id, c.title, c.period, s.id, s.name, s.edition, e.index_value, e.initial_index,
                       e.final_index, e.revision, e.published_at
                  from evaluation e
                  join campaign c on c.id = e.campaign_id
                  join criteria_set s on s.id = c.criteria_set_id
                 where e.account_id = ? and e.role = 'PRIMARY' and e.status = 'PUBLISHED'
                 order by c.period, e.published_at, e.id
                """,
                rs -> new Head(
                        rs.getObject(1, UUID.class),
                        new EvaluationCampaignRef(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)),
                        new TimelineCriteriaSet(rs.getObject(5, UUID.class), rs.getString(6), rs.getInt(7)),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        rs.getBigDecimal(10),
                        rs.getInt(11),
                        rs.getObject(12, OffsetDateTime.class)),
                accountId);
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TimelineAnswer>> answers = new LinkedHashMap<>();
        heads.forEach(head -> answers.put(head.id(), new ArrayList<>()));
        String placeholders = String.join(", ", java.util.Collections.nCopies(heads.size(), "?"));
        query(
                "select ea.evaluation_id, cr.code, cr.title, cr.group_code, ea.points, ea.max_points, "
                        + "ea.not_applicable, ea.recommendation from evaluation_answer ea "
                        + "join criterion cr on cr.id = ea.criterion_id where ea.evaluation_id in (" + placeholders
                        + ") order by cr.position",
                rs -> answers.get(rs.getObject(1, UUID.class))
                        .add(new TimelineAnswer(
                                rs.getString(2),
                                rs.getString(3),
                                CriterionGroup.valueOf(rs.getString(4)),
                                rs.getBigDecimal(5),
                                rs.getBigDecimal(6),
                                rs.getBoolean(7),
                                rs.getString(8))),
                heads.stream().map(Head::id).toArray());
        return heads.stream()
                .map(head -> new TimelineEntry(
                        head.id(),
                        head.campaign(),
                        head.set(),
                        head.index(),
                        head.initialIndex(),
                        head.finalIndex(),
                        head.revision(),
                        head.publishedAt(),
                        List.copyOf(answers.get(head.id()))))
                .toList();
    }

    // ---- citizen questions

    public record QuestionRow(
            UUID id, String url, OffsetDateTime askedAt, OffsetDateTime answeredAt, Integer quality, String note) {}

    public List<QuestionRow> questions(UUID evaluationId) {
        return query(
                "select id, url, asked_at, answered_at, quality, note from citizen_question where evaluation_id = ? "
                        + "order by asked_at, id",
                rs -> new QuestionRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class),
                        (Integer) rs.getObject(5),
                        rs.getString(6)),
                evaluationId);
    }

    public void insertQuestion(UUID evaluationId, QuestionRow q) {
        update(
                "insert into citizen_question (id, evaluation_id, url, asked_at, answered_at, quality, note) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                q.id(),
                evaluationId,
                q.url(),
                q.askedAt(),
                q.answeredAt(),
                q.quality(),
                q.note());
    }

    public boolean updateQuestion(UUID evaluationId, QuestionRow q) {
        return update(
                        "update citizen_question set url = ?, asked_at = ?, answered_at = ?, quality = ?, note = ? "
                                + "where id = ? and evaluation_id = ?",
                        q.url(),
                        q.askedAt(),
                        q.answeredAt(),
                        q.quality(),
                        q.note(),
                        q.id(),
                        evaluationId)
                > 0;
    }

    public boolean deleteQuestion(UUID evaluationId, UUID questionId) {
        return update("delete from citizen_question where id = ? and evaluation_id = ?", questionId, evaluationId) > 0;
    }

    // ---- objections

    /** An objection row with the expert of its evaluation and its author (for access decisions). */
    public record ObjectionRow(ObjectionResponse view, UUID expertId, UUID authorId) {}

    public Optional<ObjectionRow> objection(UUID id, boolean lock) {
        return query(OBJECTION + " where ob.id = ?" + (lock ? " for update of ob" : ""), EvaluationStore::objection, id)
                .stream()
                .findFirst();
    }

    public List<ObjectionRow> objectionsOf(UUID evaluationId) {
        return query(
                OBJECTION + " where ob.evaluation_id = ? order by ob.created_at, ob.id",
                EvaluationStore::objection,
                evaluationId);
    }

    /** Filters of the objection list: who may see what, and the query's own filters; null = any. */
    public record ObjectionFilter(
            boolean all, UUID expertId, UUID organizationId, ObjectionStatus status, UUID campaign) {}

    public Page<ObjectionRow> objections(ObjectionFilter filter, int offset, int limit) {
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
                EvaluationStore::objection,
                pageParams.toArray());
        long total = query(
                        "select count(*) from objection ob join evaluation e on e.id = ob.evaluation_id" + where,
                        rs -> rs.getLong(1),
                        params.toArray())
                .get(0);
        return new Page<>(items, total);
    }

    /**
     * Files an objection unless one is already open on the criterion of the evaluation (a partial unique index
     * decides, also between concurrent requests); returns the id of that open objection then, else empty.
     */
    public Optional<UUID> insertObjection(
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

    public void resolveObjection(
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

    // ---- callers

    /** The name and organization of a user, if the user exists. */
    record UserInfo(String fullName, UUID organizationId) {}

    Optional<UserInfo> user(UUID id) {
        return query(
                        "select full_name, organization_id from app_user where id = ? and active",
                        rs -> new UserInfo(rs.getString(1), rs.getObject(2, UUID.class)),
                        id)
                .stream()
                .findFirst();
    }

    // ---- plumbing

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Evaluation query failed", e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Evaluation update failed", e);
        }
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object param = params[i];
            if (param == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (param instanceof OffsetDateTime time) {
                statement.setObject(i + 1, time);
            } else {
                statement.setObject(i + 1, param);
            }
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    private List<RevisionAnswer> read(String text) {
        try {
            return json.readValue(text, SNAPSHOT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Malformed revision snapshot", e);
        }
    }

    private static EvaluationRow evaluationRow(ResultSet rs) throws SQLException {
        return new EvaluationRow(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                rs.getObject("campaign_id", UUID.class),
                rs.getString("title"),
                rs.getString("period"),
                rs.getString("stage"),
                rs.getObject("criteria_set_id", UUID.class),
                rs.getObject("reply_closes_at", OffsetDateTime.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("display_name"),
                rs.getString("url"),
                rs.getString("platform"),
                rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"),
                rs.getString("sector"),
                rs.getString("kind"),
                rs.getObject("municipality_id", UUID.class),
                rs.getString("municipality_name"),
                rs.getObject("expert_id", UUID.class),
                rs.getString("expert_name"),
                EvaluationRole.valueOf(rs.getString("role")),
                EvaluationStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("index_value"),
                rs.getBigDecimal("initial_index"),
                rs.getBigDecimal("final_index"),
                rs.getInt("revision"),
                rs.getString("review_comment"),
                rs.getBoolean("reconciled"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("approved_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static EvaluationSummary summary(ResultSet rs) throws SQLException {
        return new EvaluationSummary(
                rs.getObject("id", UUID.class),
                new EvaluationCampaignRef(
                        rs.getObject("campaign_id", UUID.class), rs.getString("title"), rs.getString("period")),
                new EvaluationAccountRef(
                        rs.getObject("account_id", UUID.class),
                        rs.getString("display_name"),
                        Platform.valueOf(rs.getString("platform"))),
                new NamedRef(rs.getObject("organization_id", UUID.class), rs.getString("organization_name")),
                EvaluationRole.valueOf(rs.getString("role")),
                EvaluationStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("index_value"),
                rs.getBigDecimal("initial_index"),
                rs.getBigDecimal("final_index"),
                rs.getInt("revision"),
                rs.getObject("published_at", OffsetDateTime.class));
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
