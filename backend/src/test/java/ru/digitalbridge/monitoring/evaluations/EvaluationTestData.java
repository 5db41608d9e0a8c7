package ru.digitalbridge.monitoring.evaluations;

import static ru.digitalbridge.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Api;

/**
 * Test data for evaluations. Organizations, accounts and users are created through the API; the methodology,
 * the campaign in the stage a test needs and the evaluations assigned to experts are inserted with SQL, since
 * campaigns and assignment have their own endpoints elsewhere.
 *
 * <p>The criteria set (weights sum to 100):
 *
 * <pre>
 * B.PHONE     BOOLEAN  weight 20                       max 1
 * S.QUALITY   SCALE    weight 20  levels 0/1/2 → 0/1/2  max 2
 * N.POSTS     NUMERIC  weight 20  ≥3 → 2, ≥1 → 1        max 2  HIGHER_IS_BETTER
 * D.MEDIAN    DERIVED  weight 15  ≤8 → 2, ≤24 → 1       max 2  MEDIAN_ANSWER_HOURS
 * D.SHARE24   DERIVED  weight 10  ≥90 → 2, ≥50 → 1      max 2  SHARE_ANSWERED_24H
 * C.PLAYBILL  BOOLEAN  weight 10  sectors CULTURE only  max 1
 * E.MEALS     BOOLEAN  weight  5  sectors EDUCATION     max 1
 * </pre>
 *
 * The organization is a municipal EDUCATION institution with a VK account, so C.PLAYBILL never applies.
 */
@ApplicationScoped
public class EvaluationTestData {
    public static final String BALAKOVO = "64000000-0000-4000-8000-000000000005";

    private final AgroalDataSource dataSource;

    EvaluationTestData(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A user with a token. */
    public record Person(UUID id, String token) {
        public RequestSpecification api() {
            return Api.anonymous().header("Authorization", "Bearer " + token);
        }
    }

    /** One account in one campaign with its PRIMARY (and maybe SECOND) evaluation. */
    public record Scenario(
            UUID criteriaSet,
            Map<String, UUID> criteria,
            UUID campaign,
            UUID organization,
            UUID account,
            UUID primary,
            Person expert,
            UUID second,
            Person secondExpert) {

        public UUID criterion(String code) {
            return criteria.get(code);
        }
    }

    public Person person(Role role, UUID organization) {
        String email = role.name().toLowerCase() + "-" + Api.unique() + "@evaluation.test";
        UUID id = Api.createUser(email, List.of(role), organization);
        return new Person(id, Api.login(email, Api.PASSWORD));
    }

    public UUID organization(String sector) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Школа оценки " + Api.unique());
        body.put("kind", "MUNICIPAL_INSTITUTION");
        body.put("sector", sector);
        body.put("municipalityId", BALAKOVO);
        String id = as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    public UUID account(UUID organization) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organization);
        body.put("url", "https://vk.com/evaluation" + Api.unique());
        body.put("displayName", "Аккаунт оценки " + Api.unique());
        String id = as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    /** An approved criteria set with the criteria above; codes → ids. */
    public Map<String, UUID> criteriaSet(UUID setId) {
        update(
                "insert into criteria_set (id, family_id, edition, name, status, approved_at, approved_by) "
                        + "values (?, ?, 1, ?, 'APPROVED', now(), 'test')",
                setId,
                UUID.randomUUID(),
                "Методика для теста " + Api.unique());
        Map<String, UUID> ids = new LinkedHashMap<>();
        criterion(ids, setId, 1, "B.PHONE", "PROFILE", "20", "BOOLEAN", "[]", "[]", null, null, null, "1", "{}");
        criterion(
                ids,
                setId,
                2,
                "S.QUALITY",
                "FEEDBACK",
                "20",
                "SCALE",
                "[{\"value\":0,\"label\":\"Формально\",\"points\":0},{\"value\":1,\"label\":\"Частично\",\"points\":1},"
                        + "{\"value\":2,\"label\":\"По существу\",\"points\":2}]",
                "[]",
                null,
                null,
                null,
                "2",
                "{}");
        criterion(
                ids,
                setId,
                3,
                "N.POSTS",
                "ACTIVITY",
                "20",
                "NUMERIC",
                "[]",
                "[{\"bound\":3,\"points\":2},{\"bound\":1,\"points\":1}]",
                "HIGHER_IS_BETTER",
                "POSTS_PER_WEEK",
                null,
                "2",
                "{}");
        criterion(
                ids,
                setId,
                4,
                "D.MEDIAN",
                "FEEDBACK",
                "15",
                "DERIVED",
                "[]",
                "[{\"bound\":8,\"points\":2},{\"bound\":24,\"points\":1}]",
                "LOWER_IS_BETTER",
                "HOURS",
                "MEDIAN_ANSWER_HOURS",
                "2",
                "{}");
        criterion(
                ids,
                setId,
                5,
                "D.SHARE24",
                "FEEDBACK",
                "10",
                "DERIVED",
                "[]",
                "[{\"bound\":90,\"points\":2},{\"bound\":50,\"points\":1}]",
                "HIGHER_IS_BETTER",
                "PERCENT",
                "SHARE_ANSWERED_24H",
                "2",
                "{}");
        criterion(
                ids,
                setId,
                6,
                "C.PLAYBILL",
                "CONTENT",
                "10",
                "BOOLEAN",
                "[]",
                "[]",
                null,
                null,
                null,
                "1",
                "{CULTURE}");
        criterion(
                ids, setId, 7, "E.MEALS", "CONTENT", "5", "BOOLEAN", "[]", "[]", null, null, null, "1", "{EDUCATION}");
        return ids;
    }

    private void criterion(
            Map<String, UUID> ids,
            UUID setId,
            int position,
            String code,
            String group,
            String weight,
            String type,
            String levels,
            String thresholds,
            String direction,
            String unit,
            String metric,
            String maxPoints,
            String sectors) {
        UUID id = UUID.randomUUID();
        update(
                "insert into criterion (id, criteria_set_id, position, code, group_code, title, guidance, recommendation,"
                        + " weight, type, levels, thresholds, direction, unit, metric, max_points, sectors) values"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, cast(? as numeric), ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?,"
                        + " cast(? as numeric), cast(? as text[]))",
                id,
                setId,
                position,
                code,
                group,
                "Критерий " + code,
                "Как проверить " + code,
                "Как исправить " + code,
                weight,
                type,
                levels,
                thresholds,
                direction,
                unit,
                metric,
                maxPoints,
                sectors);
        ids.put(code, id);
    }

    /** A campaign in {@code stage} over one EDUCATION account with a PRIMARY evaluation (and a SECOND if asked). */
    public Scenario scenario(String stage, boolean withSecond) {
        UUID setId = UUID.randomUUID();
        Map<String, UUID> criteria = criteriaSet(setId);
        UUID organization = organization("EDUCATION");
        UUID account = account(organization);
        UUID campaign = UUID.randomUUID();
        update(
                "insert into campaign (id, title, period, criteria_set_id, stage) values (?, ?, '2023-Q1', ?, ?)",
                campaign,
                "Кампания " + Api.unique(),
                setId,
                stage);
        update("insert into campaign_account (campaign_id, account_id) values (?, ?)", campaign, account);
        Person expert = person(Role.EXPERT, null);
        UUID primary = evaluation(campaign, account, expert.id(), "PRIMARY");
        Person secondExpert = null;
        UUID second = null;
        if (withSecond) {
            secondExpert = person(Role.EXPERT, null);
            second = evaluation(campaign, account, secondExpert.id(), "SECOND");
        }
        if ("REPLY".equals(stage)) {
            replyWindow(campaign, OffsetDateTime.now().plusDays(5));
        }
        return new Scenario(setId, criteria, campaign, organization, account, primary, expert, second, secondExpert);
    }

    public UUID evaluation(UUID campaign, UUID account, UUID expert, String role) {
        UUID id = UUID.randomUUID();
        update(
                "insert into evaluation (id, campaign_id, account_id, expert_id, role) values (?, ?, ?, ?, ?)",
                id,
                campaign,
                account,
                expert,
                role);
        return id;
    }

    /** Marks the evaluation APPROVED with the given index as both its index and its final index. */
    public void approve(UUID evaluation, String index) {
        update(
                "update evaluation set status = 'APPROVED', index_value = cast(? as numeric),"
                        + " final_index = cast(? as numeric) where id = ?",
                index,
                index,
                evaluation);
    }

    public void stage(UUID campaign, String stage) {
        update("update campaign set stage = ? where id = ?", stage, campaign);
    }

    public void replyWindow(UUID campaign, OffsetDateTime closesAt) {
        update(
                "update campaign set stage = 'REPLY', reply_opened_at = now() - interval '1 day', reply_closes_at = ?"
                        + " where id = ?",
                closesAt,
                campaign);
    }

    public void status(UUID evaluation, String status) {
        update("update evaluation set status = ? where id = ?", status, evaluation);
    }

    /** Publishes a PRIMARY as FINAL→PUBLISHED would: status, revision 1 with a snapshot, the campaign stage. */
    public void publish(UUID campaign, UUID evaluation) {
        update("update campaign set stage = 'PUBLISHED', published_at = now() where id = ?", campaign);
        update(
                "update evaluation set status = 'PUBLISHED', published_at = now(), revision = 1,"
                        + " final_index = index_value, initial_index = index_value where id = ?",
                evaluation);
        update("""
                insert into evaluation_revision (evaluation_id, revision, index_value, answers)
                select e.id, 1, e.index_value, coalesce((
                    select jsonb_agg(jsonb_build_object('criterionId', a.criterion_id, 'code', c.code, 'value', a.value,
                               'notApplicable', a.not_applicable, 'naReason', a.na_reason, 'points', a.points,
                               'maxPoints', a.max_points, 'evidenceUrl', a.evidence_url,
                               'evidenceNote', a.evidence_note, 'recommendation', a.recommendation) order by c.position)
                      from evaluation_answer a join criterion c on c.id = a.criterion_id
                     where a.evaluation_id = e.id), '[]'::jsonb)
                  from evaluation e where e.id = ?
                """, evaluation);
    }

    /** The uuid in the first column of the first row. */
    public UUID id(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                statement.setNull(i + 1, java.sql.Types.VARCHAR);
            } else {
                statement.setObject(i + 1, params[i]);
            }
        }
    }
}
