package ru.digitalbridge.monitoring.evaluations;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.paging.ListCursor;
import ru.digitalbridge.methodology.CriterionGroup;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationAccountRef;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationCampaignRef;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationEventView;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationRevisionResponse;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationRevisionSummary;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationSubject;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationSummary;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.RevisionAnswer;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.TimelineAnswer;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.TimelineCriteriaSet;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.TimelineEntry;
import ru.digitalbridge.registry.NamedRef;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/**
 * Plain-SQL reads and writes of evaluations, their answers, citizen questions, objections, events and
 * revisions. Joins the caller's transaction when there is one (writes always run in one).
 */
@ApplicationScoped
public class EvaluationStore {
    private static final TypeReference<List<RevisionAnswer>> SNAPSHOT = new TypeReference<>() {};

    private static final String EVALUATION_COLUMNS = """
            select e.id, e.version, e.campaign_id, c.title, c.period, c.stage, c.criteria_set_id, c.reply_closes_at,
                   e.account_id, coalesce(r.account_name, a.display_name) as display_name,
                   coalesce(r.account_url, a.url) as url, coalesce(r.platform, a.platform) as platform,
                   coalesce(r.organization_id, o.id) as organization_id,
                   coalesce(r.organization_name, o.name) as organization_name,
                   case when r.evaluation_id is null then o.inn else r.organization_inn end as organization_inn,
                   coalesce(r.sector, o.sector) as sector, coalesce(r.organization_kind, o.kind) as kind,
                   coalesce(r.municipality_id, m.id) as municipality_id,
                   coalesce(r.municipality_name, m.name) as municipality_name, e.expert_id,
                   u.full_name as expert_name, e.role, e.status, e.index_value, e.initial_index, e.final_index,
                   e.revision, e.review_comment, e.reconciled, e.started_at, e.submitted_at, e.approved_at,
                   e.published_at, e.updated_at
            """;

    private static final String EVALUATION_JOINS = """
              from evaluation e
              join campaign c on c.id = e.campaign_id
              join registry_account_view a on a.id = e.account_id
              join registry_organization_view o on o.id = a.organization_id
              join registry_municipality_view m on m.id = a.municipality_id
              join security_user_view u on u.id = e.expert_id
              left join evaluation_revision r on r.evaluation_id = e.id and r.revision = e.revision
            """;

    /** The stored answers and the question sample of the evaluation as JSON (numbers as text, exact). */
    private static final String ANSWERS_AND_QUESTIONS = """
                 , (select json_agg(json_build_object('criterion', ea.criterion_id, 'value', ea.value::text,
                                    'na', ea.not_applicable, 'naReason', ea.na_reason, 'points', ea.points::text,
                                    'maxPoints', ea.max_points::text,
                                    'evidenceUrl', ea.evidence_url, 'evidenceNote', ea.evidence_note,
                                    'recommendation', ea.recommendation))
                      from evaluation_answer ea where ea.evaluation_id = e.id) as answers_json
                 , (select json_agg(json_build_object('askedAt', q.asked_at, 'answeredAt', q.answered_at)
                                    order by q.asked_at, q.id)
                      from citizen_question q where q.evaluation_id = e.id) as questions_json
            """;

    private static final String EVALUATION = EVALUATION_COLUMNS + EVALUATION_JOINS;

    private static final String SUMMARY = """
            select e.id, c.id as campaign_id, c.title, c.period, a.id as account_id,
                   coalesce(r.account_name, a.display_name) as display_name, coalesce(r.platform, a.platform) as platform,
                   coalesce(r.organization_id, o.id) as organization_id,
                   coalesce(r.organization_name, o.name) as organization_name, e.role, e.status, e.index_value,
                   e.initial_index, e.final_index, e.revision, e.published_at, e.updated_at
              from evaluation e
              join campaign c on c.id = e.campaign_id
              join registry_account_view a on a.id = e.account_id
              join registry_organization_view o on o.id = a.organization_id
              left join evaluation_revision r on r.evaluation_id = e.id and r.revision = e.revision
            """;

    private final Sql db;
    private final ObjectMapper json;

    EvaluationStore(Sql db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    // ---- evaluations

    Optional<EvaluationRow> evaluation(UUID id, boolean lock) {
        String sql = EVALUATION + " where e.id = ?" + (lock ? " for update of e" : "");
        return query(sql, EvaluationStore::evaluationRow, id).stream().findFirst();
    }

    /**
     * An evaluation locked for a write, with its stored answers and question sample, read in one statement. The lock
     * is {@code for no key update}: the save and the submission change no key of the row, so rows referring to the
     * evaluation (answers, events, questions, objections written by other sessions) need not wait for this one.
     */
    record ForWrite(EvaluationRow row, Map<UUID, StoredAnswer> answers, List<AnswerTimes.Question> questions) {}

    Optional<ForWrite> evaluationForWrite(UUID id) {
        return query(
                        EVALUATION_COLUMNS + ANSWERS_AND_QUESTIONS + EVALUATION_JOINS
                                + " where e.id = ? for no key update of e",
                        rs -> new ForWrite(
                                evaluationRow(rs),
                                storedAnswers(rs.getString("answers_json")),
                                questionTimes(rs.getString("questions_json"))),
                        id)
                .stream()
                .findFirst();
    }

    /**
     * The stored answers from the {@code json_agg} text of {@link #ANSWERS_AND_QUESTIONS}, read token by token (no
     * tree): a missing or null field is null, numbers come as text.
     */
    private Map<UUID, StoredAnswer> storedAnswers(String text) {
        Map<UUID, StoredAnswer> answers = new HashMap<>();
        if (text == null) {
            return answers;
        }
        try (JsonParser p = json.getFactory().createParser(text)) {
            array(p);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String criterion = null;
                String value = null;
                boolean na = false;
                String naReason = null;
                String points = null;
                String maxPoints = null;
                String evidenceUrl = null;
                String evidenceNote = null;
                String recommendation = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken token = p.nextToken();
                    switch (field) {
                        case "criterion" -> criterion = text(p, token);
                        case "value" -> value = text(p, token);
                        case "na" -> na = token == JsonToken.VALUE_TRUE;
                        case "naReason" -> naReason = text(p, token);
                        case "points" -> points = text(p, token);
                        case "maxPoints" -> maxPoints = text(p, token);
                        case "evidenceUrl" -> evidenceUrl = text(p, token);
                        case "evidenceNote" -> evidenceNote = text(p, token);
                        case "recommendation" -> recommendation = text(p, token);
                        default -> p.skipChildren();
                    }
                }
                answers.put(
                        UUID.fromString(criterion),
                        new StoredAnswer(
                                new EvaluationScorer.Input(
                                        decimal(value),
                                        na && naReason != null,
                                        naReason,
                                        evidenceUrl,
                                        evidenceNote,
                                        recommendation),
                                decimal(points),
                                na,
                                decimal(maxPoints)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Malformed answers of an evaluation", e);
        }
        return answers;
    }

    /** The question sample from the {@code json_agg} text of {@link #ANSWERS_AND_QUESTIONS}, read token by token. */
    private List<AnswerTimes.Question> questionTimes(String text) {
        List<AnswerTimes.Question> questions = new ArrayList<>();
        if (text == null) {
            return questions;
        }
        try (JsonParser p = json.getFactory().createParser(text)) {
            array(p);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String asked = null;
                String answered = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken token = p.nextToken();
                    switch (field) {
                        case "askedAt" -> asked = text(p, token);
                        case "answeredAt" -> answered = text(p, token);
                        default -> p.skipChildren();
                    }
                }
                questions.add(new AnswerTimes.Question(
                        OffsetDateTime.parse(asked), answered == null ? null : OffsetDateTime.parse(answered)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Malformed question sample of an evaluation", e);
        }
        return questions;
    }

    private static void array(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new JsonParseException(p, "an array expected");
        }
    }

    /** A scalar's text as {@code JsonNode.asText} gives it; null for JSON null. */
    private static String text(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isStructStart()) {
            p.skipChildren();
            return "";
        }
        return p.getText();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
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

    /** A stored answer: what the expert entered plus the stored points (and maximum, when read for a write). */
    record StoredAnswer(EvaluationScorer.Input input, BigDecimal points, boolean notApplicable, BigDecimal maxPoints) {

        /**
         * Whether writing {@code scored} would store exactly this row again (every column the upsert writes equal;
         * numbers compared by value). An unknown maximum counts as different, so the row is written.
         */
        boolean sameAs(EvaluationScorer.Scored scored) {
            return maxPoints != null
                    && sameNumber(maxPoints, scored.criterion().maxPoints())
                    && notApplicable == scored.notApplicable()
                    && sameNumber(input.value(), scored.value())
                    && sameNumber(points, scored.points())
                    && Objects.equals(input.naReason(), scored.naReason())
                    && Objects.equals(input.evidenceUrl(), scored.evidenceUrl())
                    && Objects.equals(input.evidenceNote(), scored.evidenceNote())
                    && Objects.equals(input.recommendation(), scored.recommendation());
        }

        private static boolean sameNumber(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

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
                            rs.getBoolean(3),
                            null)
                },
                evaluationId)) {
            answers.put((UUID) row[0], (StoredAnswer) row[1]);
        }
        return answers;
    }

    private static final String UPSERT_ANSWERS = """
            insert into evaluation_answer (evaluation_id, criterion_id, value, not_applicable, na_reason, points,
                                           max_points, evidence_url, evidence_note, recommendation)
            select ?, t.criterion_id, t.value, t.not_applicable, t.na_reason, t.points, t.max_points, t.evidence_url,
                   t.evidence_note, t.recommendation
              from unnest(cast(? as uuid[]), cast(? as numeric[]), cast(? as boolean[]), cast(? as text[]),
                          cast(? as numeric[]), cast(? as numeric[]), cast(? as text[]), cast(? as text[]),
                          cast(? as text[]))
                   as t(criterion_id, value, not_applicable, na_reason, points, max_points, evidence_url,
                        evidence_note, recommendation)
            on conflict (evaluation_id, criterion_id) do update
               set value = excluded.value, not_applicable = excluded.not_applicable,
                   na_reason = excluded.na_reason, points = excluded.points, max_points = excluded.max_points,
                   evidence_url = excluded.evidence_url, evidence_note = excluded.evidence_note,
                   recommendation = excluded.recommendation
            """;

    /** Writes every criterion's answer as scored (insert or replace), in one statement. */
    void saveAnswers(UUID evaluationId, List<EvaluationScorer.Scored> answers) {
        db.update(UPSERT_ANSWERS, answerParameters(evaluationId, answers).toArray());
    }

    /** The evaluation id and the nine answer arrays, in the order of {@link #UPSERT_ANSWERS}'s parameters. */
    private static List<Object> answerParameters(UUID evaluationId, List<EvaluationScorer.Scored> answers) {
        int n = answers.size();
        String[][] columns = new String[9][n];
        for (int i = 0; i < n; i++) {
            EvaluationScorer.Scored a = answers.get(i);
            columns[0][i] = a.criterion().id().toString();
            columns[1][i] = a.value() == null ? null : a.value().toPlainString();
            columns[2][i] = String.valueOf(a.notApplicable());
            columns[3][i] = a.naReason();
            columns[4][i] = a.points() == null ? null : a.points().toPlainString();
            columns[5][i] = a.criterion().maxPoints() == null
                    ? null
                    : a.criterion().maxPoints().toPlainString();
            columns[6][i] = a.evidenceUrl();
            columns[7][i] = a.evidenceNote();
            columns[8][i] = a.recommendation();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(evaluationId);
        parameters.addAll(List.of((Object[]) columns));
        return parameters;
    }

    /** What one write of an evaluation changes besides its answers. */
    record Write(
            UUID id,
            long version,
            BigDecimal index,
            EvaluationStatus status,
            EvaluationCaller actor,
            String action,
            BigDecimal indexBefore) {}

    /** The evaluation's columns after a write. */
    record Written(
            long version,
            EvaluationStatus status,
            OffsetDateTime startedAt,
            OffsetDateTime submittedAt,
            OffsetDateTime updatedAt) {}

    /**
     * One statement for an expert's save or submission: upserts every answer, stores the index, bumps the
     * version (only if it is still {@code version}: empty otherwise), moves to {@code status} when given and
     * writes the event when an action is given (the actor's name is read from the user in the same statement).
     */
    Optional<Written> write(Write w, List<EvaluationScorer.Scored> answers) {
        String timestamp = w.status() == EvaluationStatus.SUBMITTED ? ", submitted_at = now()" : "";
        String sql = "with answers as (" + UPSERT_ANSWERS + " returning 1), updated as ("
                + "update evaluation set index_value = ?, started_at = coalesce(started_at, now()), updated_at = now(),"
                + " version = version + 1, status = coalesce(?, status)" + timestamp
                + " where id = ? and version = ? returning version, status, started_at, submitted_at, updated_at)"
                + (w.action() == null
                        ? ""
                        : ", event as (insert into evaluation_event (evaluation_id, actor_id, actor_name, action,"
                                + " index_before, index_after, detail) select cast(? as uuid), cast(? as uuid), coalesce((select"
                                + " full_name from security_user_view where id = cast(? as uuid)), cast(? as text)),"
                                + " cast(? as text), cast(? as numeric), cast(? as numeric), '{}'::jsonb from updated)")
                + " select version, status, started_at, submitted_at, updated_at, (select count(*) from answers)"
                + " from updated";
        List<Object> parameters = answerParameters(w.id(), answers);
        parameters.addAll(
                Arrays.asList(w.index(), w.status() == null ? null : w.status().name(), w.id(), w.version()));
        if (w.action() != null) {
            UUID actor = w.actor().userId();
            parameters.addAll(
                    Arrays.asList(w.id(), actor, actor, w.actor().name(), w.action(), w.indexBefore(), w.index()));
        }
        return db.one(
                sql,
                rs -> new Written(
                        rs.getLong(1),
                        EvaluationStatus.valueOf(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class)),
                parameters.toArray());
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
                        "select revision, created_at, author_name, reason, index_value, answers::text, account_id,"
                                + " account_name, account_url, platform, organization_id, organization_name,"
                                + " organization_inn, organization_kind, sector, municipality_id, municipality_name"
                                + " from evaluation_revision where evaluation_id = ? and revision = ?",
                        rs -> new EvaluationRevisionResponse(
                                rs.getInt(1),
                                rs.getObject(2, OffsetDateTime.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBigDecimal(5),
                                subject(rs),
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
            UUID account,
            UUID campaign,
            UUID organization,
            EvaluationStatus status,
            boolean publishedPrimaryOnly,
            OffsetDateTime updatedSince,
            ListCursor after,
            boolean updateOrder) {}

    /** A page, its total and whether a row follows it. */
    public record Page<T>(List<T> items, long total, boolean more) {}

    Page<EvaluationSummary> summaries(ListFilter filter, long offset, int limit) {
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
        if (filter.updatedSince() != null) {
            where.append(" and e.updated_at >= ?");
            params.add(filter.updatedSince());
        }
        if (filter.after() != null) {
            where.append(" and (e.updated_at, e.id) > (?, ?)");
            params.add(filter.after().updatedAt());
            params.add(filter.after().id());
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit + 1);
        pageParams.add(offset);
        String order = filter.updateOrder()
                ? " order by e.updated_at, e.id"
                : " order by c.period desc, a.display_name, e.role, e.id";
        List<EvaluationSummary> items = new ArrayList<>(
                query(SUMMARY + where + order + " limit ? offset ?", EvaluationStore::summary, pageParams.toArray()));
        boolean more = items.size() > limit;
        if (more) {
            items.remove(limit);
        }
        long total = query(
                        "select count(*) from evaluation e join registry_account_view a on a.id = e.account_id" + where,
                        rs -> rs.getLong(1),
                        params.toArray())
                .get(0);
        return new Page<>(items, total, more);
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
        return !query("select 1 from registry_account_view where id = ?", rs -> 1, accountId)
                .isEmpty();
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

    // ---- callers

    /** The name and organization of a user, if the user exists. */
    record UserInfo(String fullName, UUID organizationId) {}

    Optional<UserInfo> user(UUID id) {
        return query(
                        "select full_name, organization_id from security_user_view where id = ? and active",
                        rs -> new UserInfo(rs.getString(1), rs.getObject(2, UUID.class)),
                        id)
                .stream()
                .findFirst();
    }

    // ---- plumbing

    private <T> List<T> query(String sql, Sql.RowReader<T> mapper, Object... params) {
        return db.list(sql, mapper, params);
    }

    private int update(String sql, Object... params) {
        return db.update(sql, params);
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
                rs.getString("organization_inn"),
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

    /** The frozen subject of a revision row (columns 7–17 of {@link #revision}). */
    private static EvaluationSubject subject(ResultSet rs) throws SQLException {
        return new EvaluationSubject(
                rs.getObject(7, UUID.class),
                rs.getString(8),
                rs.getString(9),
                Platform.valueOf(rs.getString(10)),
                rs.getObject(11, UUID.class),
                rs.getString(12),
                rs.getString(13),
                OrganizationKind.valueOf(rs.getString(14)),
                Sector.valueOf(rs.getString(15)),
                new NamedRef(rs.getObject(16, UUID.class), rs.getString(17)));
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
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
