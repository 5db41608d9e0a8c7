package ru.digitalbridge.monitoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.campaigns.CampaignTestData.Expert;
import ru.digitalbridge.security.Role;

/**
 * The dashboard reads counters kept by triggers (V338). After every kind of change made through the API —
 * assignment, removal by a narrower scope, reassignment, first save, later saves, submission, return,
 * resubmission, approval, the second half of a double pair, reconciliation, objections, the stages up to
 * publication — the whole dashboard equals a count made directly from the evaluation, objection and scope tables.
 */
@QuarkusTest
class CampaignProgressCountersTest {
    private static final String[] STATUSES = {"NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"};

    @Inject
    CampaignTestData data;

    @Test
    void theDashboardEqualsACountOfTheTablesAfterEveryChange() {
        var fixture = data.campaign(6, 4, 3, "0.5", false);
        CampaignTestData.CriteriaSet set = fixture.set();
        List<String> accounts = fixture.accounts();
        String campaign = fixture.campaign();
        List<Expert> experts = fixture.experts();
        long version = CampaignTestData.version(campaign);
        assertThat(check(campaign).getLong("unassigned")).isEqualTo(10);

        CampaignTestData.assign(campaign);
        check(campaign);

        // removal: a scope of seven accounts by hand drops the evaluations of the other three
        Map<String, Object> update = new HashMap<>(CampaignTestData.campaignBody(set.id(), CampaignTestData.token()));
        update.put("scope", Map.of("q", CampaignTestData.token(), "accountIds", accounts.subList(0, 7)));
        update.put("doubleShare", new BigDecimal("0.5"));
        update.put("version", version);
        version = as(Role.COORDINATOR)
                .body(update)
                .put("/api/v1/campaigns/" + campaign)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
        check(campaign);
        CampaignTestData.assign(campaign);
        check(campaign);

        // reassignment of two evaluations to an expert who holds no evaluation of the same account
        List<Map<String, Object>> rows = data.evaluations(campaign);
        for (Map<String, Object> row : rows.subList(0, 2)) {
            List<Object> holders = rows.stream()
                    .filter(r -> r.get("account_id").equals(row.get("account_id")))
                    .map(r -> r.get("expert_id"))
                    .toList();
            UUID to = experts.stream()
                    .map(Expert::id)
                    .filter(id -> !holders.contains(id))
                    .findFirst()
                    .orElseThrow();
            as(Role.COORDINATOR)
                    .body(Map.of("expertId", to, "version", row.get("version")))
                    .put("/api/v1/assignments/" + row.get("id"))
                    .then()
                    .statusCode(200);
        }
        check(campaign);

        version = CampaignTestData.transition(campaign, "EVALUATION", version);
        Map<UUID, String> tokens = new HashMap<>();
        for (Expert expert : experts) {
            tokens.put(expert.id(), expert.token());
        }
        Map<UUID, UUID> primaries = data.evaluationsByAccount(campaign, "PRIMARY");
        Map<UUID, UUID> seconds = data.evaluationsByAccount(campaign, "SECOND");
        assertThat(seconds).isNotEmpty();
        List<UUID> pairAccounts = new ArrayList<>(seconds.keySet());
        pairAccounts.sort(null);
        List<UUID> singles = new ArrayList<>(primaries.keySet());
        singles.removeAll(pairAccounts);
        singles.sort(null);

        // every primary saved once, then again (a save of a started draft changes no counter)
        for (UUID evaluation : primaries.values()) {
            save(tokens, evaluation);
            check(campaign);
            save(tokens, evaluation);
        }
        check(campaign);
        // submit all primaries but one single; return one, it is saved and submitted again; approve another
        for (UUID account : primaries.keySet()) {
            if (!account.equals(singles.get(0))) {
                post(tokens, primaries.get(account), "submit", Map.of());
            }
        }
        check(campaign);
        UUID returned = primaries.get(singles.get(1));
        as(Role.COORDINATOR)
                .body(Map.of("version", version(returned), "comment", "Проверьте телефон"))
                .post("/api/v1/evaluations/" + returned + "/return")
                .then()
                .statusCode(200);
        check(campaign);
        save(tokens, returned);
        check(campaign);
        post(tokens, returned, "submit", Map.of());
        check(campaign);
        approve(primaries.get(singles.get(1)));
        check(campaign);

        // the second halves: saved, submitted (the pair becomes both delivered), one pair reconciled
        for (UUID evaluation : seconds.values()) {
            save(tokens, evaluation);
            post(tokens, evaluation, "submit", Map.of());
            check(campaign);
        }
        UUID reconciled = primaries.get(pairAccounts.get(0));
        as(Role.COORDINATOR)
                .body(Map.of("version", version(reconciled), "answers", List.of()))
                .post("/api/v1/evaluations/" + reconciled + "/reconcile")
                .then()
                .statusCode(200);
        check(campaign);

        // overdue follows the deadline
        data.deadlinePassed(campaign);
        check(campaign);

        // the last single is saved and submitted late, every primary approved, then the later stages
        save(tokens, primaries.get(singles.get(0)));
        post(tokens, primaries.get(singles.get(0)), "submit", Map.of());
        for (UUID evaluation : primaries.values()) {
            if ("SUBMITTED".equals(status(evaluation))) {
                approve(evaluation);
            }
        }
        check(campaign);
        version = CampaignTestData.transition(campaign, "REVIEW", version);
        version = CampaignTestData.transition(campaign, "REPLY", version);
        // objections: inserted open, one accepted, one rejected
        UUID objected = primaries.get(singles.get(0));
        data.objection(objected, set.yesNo(), "OPEN");
        data.objection(objected, set.scale(), "OPEN");
        data.objection(primaries.get(singles.get(1)), set.scale(), "OPEN");
        check(campaign);
        data.execute(
                "update objection set status = case when criterion_id = ? then 'ACCEPTED' else 'REJECTED' end"
                        + " where evaluation_id = ? and status = 'OPEN'",
                set.yesNo(),
                objected);
        check(campaign);
        data.execute("delete from objection where evaluation_id = ?", primaries.get(singles.get(1)));
        check(campaign);
        version = CampaignTestData.transition(campaign, "FINAL", version);
        CampaignTestData.transition(campaign, "PUBLISHED", version);
        JsonPath published = check(campaign);
        assertThat(published.getLong("byStatus.PUBLISHED")).isEqualTo(primaries.size());
        assertThat(published.getLong("doubles.reconciled")).isEqualTo(1);
        assertThat(published.getLong("objections.accepted")).isEqualTo(1);
    }

    @Test
    void deletingACampaignTakesItsCountersWithIt() {
        var fixture = data.campaign(3, 2, "0.5", true);
        UUID id = UUID.fromString(fixture.campaign());
        check(fixture.campaign());
        assertThat(data.count("select count(*) from campaign_progress_count where campaign_id = ?", id))
                .isPositive();
        as(Role.COORDINATOR)
                .queryParam("version", CampaignTestData.version(fixture.campaign()))
                .delete(fixture.path())
                .then()
                .statusCode(204);
        assertThat(data.count("select count(*) from campaign_progress_count where campaign_id = ?", id))
                .isZero();
        assertThat(data.count("select count(*) from campaign_progress_total where campaign_id = ?", id))
                .isZero();
    }

    @Test
    void theCountersAreNotReadableWithoutTheCoordinatorsRights() {
        var fixture = data.campaign(1, 1, "0", true);
        as(Role.EXPERT).get(fixture.path() + "/progress").then().statusCode(403);
        anonymous().get(fixture.path() + "/progress").then().statusCode(401);
        as(Role.ADMIN).get(fixture.path() + "/progress").then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private String status(UUID evaluation) {
        return (String) data.rows("select status from evaluation where id = ?", evaluation)
                .get(0)
                .get("status");
    }

    private long version(UUID evaluation) {
        return ((Number) data.rows("select version from evaluation where id = ?", evaluation)
                        .get(0)
                        .get("version"))
                .longValue();
    }

    private RequestSpecification expert(Map<UUID, String> tokens, UUID evaluation) {
        UUID expert = (UUID) data.rows("select expert_id from evaluation where id = ?", evaluation)
                .get(0)
                .get("expert_id");
        return anonymous().header("Authorization", "Bearer " + tokens.get(expert));
    }

    private void save(Map<UUID, String> tokens, UUID evaluation) {
        CampaignTestData.CriteriaSet set = criteriaSetOf(evaluation);
        expert(tokens, evaluation)
                .body(Map.of(
                        "version",
                        version(evaluation),
                        "answers",
                        List.of(
                                Map.of("criterionId", set.yesNo(), "value", 1),
                                Map.of("criterionId", set.scale(), "value", 2),
                                Map.of("criterionId", set.numeric(), "value", 5))))
                .put("/api/v1/evaluations/" + evaluation + "/answers")
                .then()
                .statusCode(200);
    }

    private CampaignTestData.CriteriaSet criteriaSetOf(UUID evaluation) {
        Map<String, UUID> byCode = new HashMap<>();
        for (var row : data.rows(
                "select k.code, k.id from evaluation e join campaign c on c.id = e.campaign_id"
                        + " join criterion k on k.criteria_set_id = c.criteria_set_id where e.id = ?",
                evaluation)) {
            byCode.put((String) row.get("code"), (UUID) row.get("id"));
        }
        return new CampaignTestData.CriteriaSet(
                null,
                byCode.get("PROFILE.PHONE"),
                byCode.get("FEEDBACK.QUALITY"),
                byCode.get("FEEDBACK.HOURS"),
                byCode.get("FEEDBACK.MEDIAN"));
    }

    private void post(Map<UUID, String> tokens, UUID evaluation, String action, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", version(evaluation));
        expert(tokens, evaluation)
                .body(body)
                .post("/api/v1/evaluations/" + evaluation + "/" + action)
                .then()
                .statusCode(200);
    }

    private void approve(UUID evaluation) {
        as(Role.COORDINATOR)
                .body(Map.of("version", version(evaluation)))
                .post("/api/v1/evaluations/" + evaluation + "/approve")
                .then()
                .statusCode(200);
    }

    /** Compares the whole dashboard with a direct count of the tables. */
    private JsonPath check(String campaign) {
        JsonPath progress = as(Role.COORDINATOR)
                .get("/api/v1/campaigns/" + campaign + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(actual(progress)).isEqualTo(expected(UUID.fromString(campaign)));
        return progress;
    }

    private Map<String, Long> actual(JsonPath p) {
        Map<String, Long> m = new TreeMap<>();
        for (String key : List.of(
                "total",
                "unassigned",
                "overdue",
                "doubles.total",
                "doubles.bothSubmitted",
                "doubles.reconciled",
                "objections.open",
                "objections.accepted",
                "objections.rejected")) {
            m.put(key, p.getLong(key));
        }
        for (String status : STATUSES) {
            m.put("byStatus." + status, p.getLong("byStatus." + status));
        }
        for (Map<String, Object> e : p.<Map<String, Object>>getList("perExpert")) {
            for (String key : List.of("total", "notStarted", "draft", "submitted", "returned", "approved", "overdue")) {
                m.put("expert " + e.get("expertId") + " " + key, ((Number) e.get(key)).longValue());
            }
        }
        for (Map<String, Object> e : p.<Map<String, Object>>getList("perMunicipality")) {
            for (String key : List.of("total", "done", "overdue")) {
                m.put("municipality " + e.get("municipalityId") + " " + key, ((Number) e.get(key)).longValue());
            }
        }
        return m;
    }

    /** The same figures counted from the tables themselves. */
    private Map<String, Long> expected(UUID campaign) {
        Map<String, Long> m = new TreeMap<>();
        String late = "(select evaluation_deadline < current_date from campaign where id = e.campaign_id)";
        Map<String, Object> t = data.rows(
                        "select count(*) as total,"
                                + " count(*) filter (where status = 'DRAFT' and started_at is null) as ns,"
                                + " count(*) filter (where status = 'DRAFT' and started_at is not null) as dr,"
                                + " count(*) filter (where status = 'SUBMITTED') as su,"
                                + " count(*) filter (where status = 'RETURNED') as re,"
                                + " count(*) filter (where status = 'APPROVED') as ap,"
                                + " count(*) filter (where status = 'PUBLISHED') as pu,"
                                + " count(*) filter (where status in ('DRAFT', 'RETURNED') and " + late + ") as od,"
                                + " count(*) filter (where role = 'SECOND') as se"
                                + " from evaluation e where campaign_id = ?",
                        campaign)
                .get(0);
        m.put("total", n(t.get("total")));
        m.put("overdue", n(t.get("od")));
        m.put("doubles.total", n(t.get("se")));
        String[] columns = {"ns", "dr", "su", "re", "ap", "pu"};
        for (int i = 0; i < STATUSES.length; i++) {
            m.put("byStatus." + STATUSES[i], n(t.get(columns[i])));
        }
        m.put(
                "unassigned",
                data.count(
                        "select count(*) from campaign_account ca where ca.campaign_id = ? and not exists"
                                + " (select 1 from evaluation e where e.campaign_id = ca.campaign_id"
                                + " and e.account_id = ca.account_id and e.role = 'PRIMARY')",
                        campaign));
        String delivered = "('SUBMITTED', 'APPROVED', 'PUBLISHED')";
        String pairs = " from evaluation s join evaluation p on p.campaign_id = s.campaign_id"
                + " and p.account_id = s.account_id and p.role = 'PRIMARY' where s.campaign_id = ? and s.role = 'SECOND'";
        m.put(
                "doubles.bothSubmitted",
                data.count(
                        "select count(*)" + pairs + " and s.status in " + delivered + " and p.status in " + delivered,
                        campaign));
        m.put(
                "doubles.reconciled",
                data.count("select count(*)" + pairs + " and (s.reconciled or p.reconciled)", campaign));
        for (String status : List.of("OPEN", "ACCEPTED", "REJECTED")) {
            m.put(
                    "objections." + status.toLowerCase(),
                    data.count(
                            "select count(*) from objection o join evaluation e on e.id = o.evaluation_id"
                                    + " where e.campaign_id = ? and o.status = ?",
                            campaign,
                            status));
        }
        for (var row : data.rows(
                "select u.user_id as expert, count(e.id) as total,"
                        + " count(e.id) filter (where e.status = 'DRAFT' and e.started_at is null) as ns,"
                        + " count(e.id) filter (where e.status = 'DRAFT' and e.started_at is not null) as dr,"
                        + " count(e.id) filter (where e.status = 'SUBMITTED') as su,"
                        + " count(e.id) filter (where e.status = 'RETURNED') as re,"
                        + " count(e.id) filter (where e.status in ('APPROVED', 'PUBLISHED')) as ap,"
                        + " count(e.id) filter (where e.status in ('DRAFT', 'RETURNED') and " + late + ") as od"
                        + " from (select expert_id as user_id from evaluation where campaign_id = ?"
                        + " union select user_id from campaign_expert where campaign_id = ?) u"
                        + " left join evaluation e on e.expert_id = u.user_id and e.campaign_id = ?"
                        + " group by u.user_id",
                campaign,
                campaign,
                campaign)) {
            String prefix = "expert " + row.get("expert") + " ";
            m.put(prefix + "total", n(row.get("total")));
            m.put(prefix + "notStarted", n(row.get("ns")));
            m.put(prefix + "draft", n(row.get("dr")));
            m.put(prefix + "submitted", n(row.get("su")));
            m.put(prefix + "returned", n(row.get("re")));
            m.put(prefix + "approved", n(row.get("ap")));
            m.put(prefix + "overdue", n(row.get("od")));
        }
        for (var row : data.rows(
                "select e.municipality_id as m, count(*) as total,"
                        + " count(*) filter (where e.status in " + delivered + ") as done,"
                        + " count(*) filter (where e.status in ('DRAFT', 'RETURNED') and " + late + ") as od"
                        + " from evaluation e where e.campaign_id = ? group by e.municipality_id",
                campaign)) {
            String prefix = "municipality " + row.get("m") + " ";
            m.put(prefix + "total", n(row.get("total")));
            m.put(prefix + "done", n(row.get("done")));
            m.put(prefix + "overdue", n(row.get("od")));
        }
        return m;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
