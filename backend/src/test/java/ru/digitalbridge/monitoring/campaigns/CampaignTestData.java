package ru.digitalbridge.monitoring.campaigns;

import static ru.digitalbridge.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Api;

/**
 * Test data for campaigns. Registry records and users go through the API; what other helpers' endpoints will
 * write (an approved criteria set, answers, evaluation statuses, objections) is written with SQL here. The campaign
 * tests share it as a bean: {@code @Inject CampaignTestData data}.
 */
@ApplicationScoped
class CampaignTestData {
    /** Балаковский муниципальный район (V003). */
    static final String BALAKOVO = "64000000-0000-4000-8000-000000000005";
    /** Городской округ город Саратов (V003). */
    static final String SARATOV = "64000000-0000-4000-8000-000000000038";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgroalDataSource dataSource;

    CampaignTestData(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A unique word of latin letters: full-text search treats it as one lexeme. */
    static String token() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** The criteria of {@link #criteriaSet}: ids by code. */
    record CriteriaSet(UUID id, UUID yesNo, UUID scale, UUID numeric, UUID derived) {}

    /**
     * A criteria set with one criterion of each type: BOOLEAN (weight 40), SCALE 0–2 (30), NUMERIC hours with
     * thresholds ≤ 8 → 2, ≤ 24 → 1 (20), DERIVED median hours with the same thresholds (10).
     */
    CriteriaSet criteriaSet(String status) {
        UUID set = UUID.randomUUID();
        execute(
                "insert into criteria_set (id, family_id, edition, name, status, approved_at) values (?, ?, 1, ?, ?, "
                        + ("APPROVED".equals(status) ? "now()" : "null") + ")",
                set,
                UUID.randomUUID(),
                "Методика " + token(),
                status);
        UUID yesNo = criterion(set, 1, "PROFILE.PHONE", "BOOLEAN", "40", "[]", "[]", null, null, "1");
        UUID scale = criterion(
                set,
                2,
                "FEEDBACK.QUALITY",
                "SCALE",
                "30",
                "[{\"value\":0,\"label\":\"Формально\",\"points\":0},{\"value\":1,\"label\":\"Частично\",\"points\":1},"
                        + "{\"value\":2,\"label\":\"По существу\",\"points\":2}]",
                "[]",
                null,
                null,
                "2");
        String thresholds = "[{\"bound\":8,\"points\":2},{\"bound\":24,\"points\":1}]";
        UUID numeric =
                criterion(set, 3, "FEEDBACK.HOURS", "NUMERIC", "20", "[]", thresholds, "LOWER_IS_BETTER", null, "2");
        UUID derived = criterion(
                set,
                4,
                "FEEDBACK.MEDIAN",
                "DERIVED",
                "10",
                "[]",
                thresholds,
                "LOWER_IS_BETTER",
                "MEDIAN_ANSWER_HOURS",
                "2");
        return new CriteriaSet(set, yesNo, scale, numeric, derived);
    }

    private UUID criterion(
            UUID set,
            int position,
            String code,
            String type,
            String weight,
            String levels,
            String thresholds,
            String direction,
            String metric,
            String maxPoints) {
        UUID id = UUID.randomUUID();
        execute(
                "insert into criterion (id, criteria_set_id, position, code, group_code, title, weight, type, levels,"
                        + " thresholds, direction, metric, max_points) values (?, ?, ?, ?, 'FEEDBACK', ?, ?, ?, ?::jsonb,"
                        + " ?::jsonb, ?, ?, ?)",
                id,
                set,
                position,
                code,
                "Критерий " + code,
                new BigDecimal(weight),
                type,
                levels,
                thresholds,
                direction,
                metric,
                new BigDecimal(maxPoints));
        return id;
    }

    /** An organization (through the API) in a municipality; returns its id. */
    static String organization(String municipality, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "MUNICIPAL_INSTITUTION");
        body.put("sector", "EDUCATION");
        body.put("municipalityId", municipality);
        return as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An account of the organization whose name contains {@code word}; returns its id. */
    static String account(String organization, String word) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organization);
        body.put("url", "https://vk.com/" + token());
        body.put("displayName", "Аккаунт " + word + " " + token());
        return as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** {@code count} accounts, all findable by {@code word}, in one organization of the municipality. */
    static List<String> accounts(String municipality, String word, int count) {
        String organization = organization(municipality, "Школа " + word + " " + token());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(account(organization, word));
        }
        return ids;
    }

    /** An active EXPERT user. */
    static Expert expert() {
        String email = "expert-" + Api.unique() + "@bridge.test";
        UUID id = Api.createUser(email, List.of(Role.EXPERT), null);
        return new Expert(id, email);
    }

    record Expert(UUID id, String email) {
        String token() {
            return Api.login(email, Api.PASSWORD);
        }
    }

    /** A campaign request over the accounts matching {@code word}. */
    static Map<String, Object> campaignBody(UUID criteriaSet, String word) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("q", word);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Кампания " + word);
        body.put("period", "2023-Q1");
        body.put("criteriaSetId", criteriaSet);
        body.put("scope", scope);
        body.put("evaluationDeadline", LocalDate.now().plusDays(10).toString());
        body.put("reviewDeadline", LocalDate.now().plusDays(20).toString());
        return body;
    }

    static JsonPath createCampaign(Map<String, Object> body) {
        return as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** Sets the campaign's experts (all municipalities unknown to them) and returns the new version. */
    static long setExperts(String campaign, long version, List<Expert> experts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Expert expert : experts) {
            list.add(Map.of("userId", expert.id(), "municipalities", List.of()));
        }
        return as(Role.COORDINATOR)
                .body(Map.of("experts", list, "version", version))
                .put("/api/v1/campaigns/" + campaign + "/experts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    static JsonPath assign(String campaign) {
        return as(Role.COORDINATOR)
                .post("/api/v1/campaigns/" + campaign + "/assign")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Moves the campaign one stage forward; returns the new version. */
    static long transition(String campaign, String to, long version) {
        return as(Role.COORDINATOR)
                .body(Map.of("to", to, "version", version))
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    static long version(String campaign) {
        return as(Role.COORDINATOR)
                .get("/api/v1/campaigns/" + campaign)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    /** A campaign in PREPARATION over fresh accounts, with fresh experts, optionally assigned. */
    record Fixture(String campaign, CriteriaSet set, String word, List<String> accounts, List<Expert> experts) {
        String path() {
            return "/api/v1/campaigns/" + campaign;
        }
    }

    Fixture campaign(int accounts, int experts, String doubleShare, boolean assign) {
        return campaign(accounts, 0, experts, doubleShare, assign);
    }

    /** The same over {@code balakovo} fresh accounts in Balakovo, then {@code saratov} in Saratov. */
    Fixture campaign(int balakovo, int saratov, int experts, String doubleShare, boolean assign) {
        CriteriaSet set = criteriaSet("APPROVED");
        String word = token();
        List<String> ids = new ArrayList<>(accounts(BALAKOVO, word, balakovo));
        if (saratov > 0) {
            ids.addAll(accounts(SARATOV, word, saratov));
        }
        Map<String, Object> body = campaignBody(set.id(), word);
        body.put("doubleShare", new BigDecimal(doubleShare));
        JsonPath created = createCampaign(body);
        String campaign = created.getString("id");
        List<Expert> list = new ArrayList<>();
        for (int i = 0; i < experts; i++) {
            list.add(expert());
        }
        if (experts > 0) {
            setExperts(campaign, created.getLong("version"), list);
        }
        if (assign) {
            assign(campaign);
        }
        return new Fixture(campaign, set, word, ids, list);
    }

    /** The campaign's evaluations of a role: account id → evaluation id. */
    Map<UUID, UUID> evaluationsByAccount(String campaign, String role) {
        Map<UUID, UUID> result = new HashMap<>();
        for (var row : evaluations(campaign)) {
            if (role.equals(row.get("role"))) {
                result.put((UUID) row.get("account_id"), (UUID) row.get("id"));
            }
        }
        return result;
    }

    // ------------------------------------------------------------ direct SQL: what helper E's endpoints will do

    /** The campaign's evaluations: id → [account, expert, role, status]. */
    List<Map<String, Object>> evaluations(String campaign) {
        return rows(
                "select id, account_id, expert_id, role, status, index_value, initial_index, final_index, revision,"
                        + " version from evaluation where campaign_id = ? order by role, account_id",
                UUID.fromString(campaign));
    }

    void status(UUID evaluation, String status, boolean started) {
        execute(
                "update evaluation set status = ?, started_at = " + (started ? "coalesce(started_at, now())" : "null")
                        + ", submitted_at = case when ?::text in ('SUBMITTED', 'APPROVED') then now() end where id = ?",
                status,
                status,
                evaluation);
    }

    void index(UUID evaluation, String index) {
        execute("update evaluation set index_value = ? where id = ?", new BigDecimal(index), evaluation);
    }

    void answer(UUID evaluation, UUID criterion, String value, String points, String maxPoints, boolean notApplicable) {
        execute(
                "insert into evaluation_answer (evaluation_id, criterion_id, value, not_applicable, na_reason, points,"
                        + " max_points, evidence_url, recommendation) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (evaluation_id, criterion_id) do update set value = excluded.value,"
                        + " points = excluded.points, not_applicable = excluded.not_applicable",
                evaluation,
                criterion,
                value == null ? null : new BigDecimal(value),
                notApplicable,
                notApplicable ? "Нет такой возможности" : null,
                points == null ? null : new BigDecimal(points),
                new BigDecimal(maxPoints),
                "https://vk.com/wall-1_1",
                "Совет");
    }

    void objection(UUID evaluation, UUID criterion, String status) {
        UUID author = Api.createUser("rep-" + Api.unique() + "@bridge.test", List.of(Role.REPRESENTATIVE), null);
        execute(
                "insert into objection (id, evaluation_id, criterion_id, organization_id, author_id, comment, status)"
                        + " select ?, e.id, ?, a.organization_id, ?, 'Не согласны', ? from evaluation e"
                        + " join account a on a.id = e.account_id where e.id = ?",
                UUID.randomUUID(),
                criterion,
                author,
                status,
                evaluation);
    }

    void deadlinePassed(String campaign) {
        execute("update campaign set evaluation_deadline = current_date - 1 where id = ?", UUID.fromString(campaign));
    }

    List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (var rs = statement.executeQuery()) {
                var meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    void execute(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
    }
}
