package ru.digitalbridge.monitoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.BALAKOVO;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.SARATOV;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.accounts;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.campaignBody;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.createCampaign;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.expert;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.token;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.transition;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.digitalbridge.security.Role;

@QuarkusTest
class AssignmentResourceTest {
    @Inject
    CampaignTestData data;

    private static RequestSpecification asExpert(CampaignTestData.Expert expert) {
        return anonymous().header("Authorization", "Bearer " + expert.token());
    }

    @Test
    void assignmentIsBalancedWithBlindDoublesByAnotherExpert() {
        var fixture = data.campaign(6, 3, "0.5", false);
        var summary = CampaignTestData.assign(fixture.campaign());
        assertThat(summary.getInt("assigned")).isEqualTo(6);
        assertThat(summary.getInt("doubles")).isEqualTo(3);
        // The balancer is greedy: primaries always come out 2/2/2, but the blind doubles can end one apart more
        // than ideal (4/3/2) when the sampled accounts' primaries leave no better choice in order. Exact
        // balancing needs an augmenting-path repair (open in issue 7's note); until then: 9 in all, 2 to 4 each.
        List<Integer> counts = summary.getList("perExpert.count", Integer.class);
        assertThat(counts).hasSize(3).allSatisfy(n -> assertThat(n).isBetween(2, 4));
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(9);
        assertThat(summary.getList("perExpert.expertId", String.class))
                .containsExactlyInAnyOrderElementsOf(
                        fixture.experts().stream().map(e -> e.id().toString()).toList());
        var rows = data.evaluations(fixture.campaign());
        assertThat(rows).hasSize(9);
        Map<Object, Object> primaryExpert = new HashMap<>();
        rows.stream()
                .filter(r -> "PRIMARY".equals(r.get("role")))
                .forEach(r -> primaryExpert.put(r.get("account_id"), r.get("expert_id")));
        assertThat(primaryExpert.keySet()).hasSize(6);
        rows.stream().filter(r -> "SECOND".equals(r.get("role"))).forEach(r -> {
            assertThat(r.get("expert_id")).isNotEqualTo(primaryExpert.get(r.get("account_id")));
            assertThat(r.get("status")).isEqualTo("DRAFT");
        });
        assertThat(data.count(
                        "select count(*) from evaluation_event v join evaluation e on e.id = v.evaluation_id"
                                + " where e.campaign_id = ? and v.action = 'assigned'",
                        UUID.fromString(fixture.campaign())))
                .isEqualTo(9);
        // a second run has nothing left to do
        var again = CampaignTestData.assign(fixture.campaign());
        assertThat(again.getInt("assigned")).isZero();
        assertThat(again.getInt("doubles")).isZero();
        assertThat(data.evaluations(fixture.campaign())).hasSize(9);
    }

    @Test
    void theDoubleSampleIsDeterministicForACampaign() {
        var fixture = data.campaign(10, 2, "0.3", false);
        CampaignTestData.assign(fixture.campaign());
        Set<UUID> sampled =
                data.evaluationsByAccount(fixture.campaign(), "SECOND").keySet();
        assertThat(sampled).hasSize(3);
        // the same sample again after clearing the assignment
        data.execute("delete from evaluation where campaign_id = ?", UUID.fromString(fixture.campaign()));
        CampaignTestData.assign(fixture.campaign());
        assertThat(data.evaluationsByAccount(fixture.campaign(), "SECOND").keySet())
                .isEqualTo(sampled);
    }

    @Test
    void expertsKeepTheMunicipalitiesTheyKnow() {
        var set = data.criteriaSet("APPROVED");
        String word = token();
        Set<String> north = new HashSet<>(accounts(BALAKOVO, word, 3));
        Set<String> south = new HashSet<>(accounts(SARATOV, word, 2));
        var created = createCampaign(campaignBody(set.id(), word));
        String campaign = created.getString("id");
        var balakovo = expert();
        var saratov = expert();
        as(Role.COORDINATOR)
                .body(Map.of(
                        "experts",
                        List.of(
                                Map.of("userId", balakovo.id(), "municipalities", List.of(BALAKOVO)),
                                Map.of("userId", saratov.id(), "municipalities", List.of(SARATOV))),
                        "version",
                        created.getLong("version")))
                .put("/api/v1/campaigns/" + campaign + "/experts")
                .then()
                .statusCode(200);
        as(Role.COORDINATOR)
                .post("/api/v1/campaigns/" + campaign + "/assign")
                .then()
                .statusCode(200)
                .body("assigned", equalTo(5))
                .body("doubles", equalTo(1));
        for (var row : data.evaluations(campaign)) {
            if ("PRIMARY".equals(row.get("role"))) {
                String account = row.get("account_id").toString();
                assertThat(row.get("expert_id")).isEqualTo(north.contains(account) ? balakovo.id() : saratov.id());
                assertThat(north.contains(account) || south.contains(account)).isTrue();
            }
        }
    }

    @Test
    void assignmentNeedsExperts() {
        var none = data.campaign(2, 0, "0", false);
        as(Role.COORDINATOR)
                .post(none.path() + "/assign")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-no-experts"))
                .body("required", equalTo(1));
        var single = data.campaign(2, 1, "0.5", false);
        as(Role.COORDINATOR)
                .post(single.path() + "/assign")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-no-experts"))
                .body("required", equalTo(2))
                .body("experts", equalTo(1));
        assertThat(data.evaluations(none.campaign())).isEmpty();
        assertThat(data.evaluations(single.campaign())).isEmpty();
    }

    @Test
    void assignmentIsRefusedAfterEvaluation() {
        var fixture = data.campaign(1, 1, "0", true);
        long version = transition(fixture.campaign(), "EVALUATION", CampaignTestData.version(fixture.campaign()));
        CampaignTestData.assign(fixture.campaign());
        transition(fixture.campaign(), "REVIEW", version);
        as(Role.COORDINATOR)
                .post(fixture.path() + "/assign")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-stage"));
    }

    @Test
    void anExpertSeesOnlyTheirOwnQueue() {
        var fixture = data.campaign(4, 2, "0.5", true);
        var first = fixture.experts().get(0);
        var second = fixture.experts().get(1);
        long own = data.count(
                "select count(*) from evaluation where campaign_id = ? and expert_id = ?",
                UUID.fromString(fixture.campaign()),
                first.id());
        assertThat(own).isPositive();
        // without a campaign or status filter "my queue" lists only open work: nothing while in preparation
        asExpert(first)
                .queryParam("mine", "true")
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        data.execute("update campaign set stage = 'EVALUATION' where id = ?", UUID.fromString(fixture.campaign()));
        asExpert(first)
                .queryParam("mine", "true")
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo((int) own))
                .body("items.expert.id", everyItem(equalTo(first.id().toString())))
                .body("items.campaign.id", everyItem(equalTo(fixture.campaign())))
                .body("items.status", everyItem(equalTo("DRAFT")))
                .body("items.started", everyItem(equalTo(false)))
                .body("items.overdue", everyItem(equalTo(false)))
                .body("items[0].account.platform", equalTo("VK"))
                .body("items[0].municipality.id", equalTo(BALAKOVO))
                // the campaign's own deadline (set by the fixture from today's date), not today's date computed
                // again here, which differs when the test runs across midnight
                .body("items[0].due", equalTo(deadline(fixture.campaign())));
        // another expert's filter does not widen an expert's view
        asExpert(first)
                .queryParam("expert", second.id())
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo((int) own))
                .body("items.expert.id", everyItem(equalTo(first.id().toString())));
        as(Role.COORDINATOR)
                .queryParam("campaign", fixture.campaign())
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(6));
        as(Role.COORDINATOR)
                .queryParam("campaign", fixture.campaign())
                .queryParam("expert", second.id())
                .queryParam("role", "SECOND")
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("items.role", everyItem(equalTo("SECOND")))
                .body("items.expert.id", everyItem(equalTo(second.id().toString())));
        as(Role.COORDINATOR)
                .queryParam("campaign", fixture.campaign())
                .queryParam("mine", "true")
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theReviewQueueAndOverdueFilters() {
        var fixture = data.campaign(3, 1, "0", true);
        var evaluations = List.copyOf(
                data.evaluationsByAccount(fixture.campaign(), "PRIMARY").values());
        data.status(evaluations.get(0), "SUBMITTED", true);
        data.status(evaluations.get(1), "DRAFT", true);
        data.deadlinePassed(fixture.campaign());
        as(Role.COORDINATOR)
                .queryParam("campaign", fixture.campaign())
                .queryParam("status", "submitted")
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].evaluationId", equalTo(evaluations.get(0).toString()))
                .body("items[0].overdue", equalTo(false));
        as(Role.COORDINATOR)
                .queryParam("campaign", fixture.campaign())
                .queryParam("overdue", "true")
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.overdue", everyItem(equalTo(true)));
        // overdue rows come first
        as(Role.COORDINATOR)
                .queryParam("campaign", fixture.campaign())
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("items.overdue", equalTo(List.of(true, true, false)))
                .body("items.find { it.evaluationId == '" + evaluations.get(1) + "' }.started", equalTo(true));
        as(Role.COORDINATOR)
                .queryParam("campaign", fixture.campaign())
                .queryParam("municipality", SARATOV)
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        as(Role.COORDINATOR)
                .queryParam("status", "LOST")
                .queryParam("campaign", "nope")
                .queryParam("overdue", "maybe")
                .get("/api/v1/assignments")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("status"))
                .body("violations.field", hasItem("campaign"))
                .body("violations.field", hasItem("overdue"));
        as(Role.COORDINATOR)
                .queryParam("size", 0)
                .get("/api/v1/assignments")
                .then()
                .statusCode(400);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"TRAINER", "LEARNER", "REPRESENTATIVE"})
    void othersCannotListAssignments(Role role) {
        as(role).get("/api/v1/assignments").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        anonymous().get("/api/v1/assignments").then().statusCode(401);
    }

    @Test
    void reassignmentMovesADraftToAnotherExpertOfTheCampaign() {
        var fixture = data.campaign(2, 3, "0", true);
        UUID evaluation = data.evaluationsByAccount(fixture.campaign(), "PRIMARY")
                .values()
                .iterator()
                .next();
        var row = data.rows("select expert_id, version from evaluation where id = ?", evaluation)
                .get(0);
        UUID target = fixture.experts().stream()
                .map(CampaignTestData.Expert::id)
                .filter(id -> !id.equals(row.get("expert_id")))
                .findFirst()
                .orElseThrow();
        long version = (Long) row.get("version");
        as(Role.COORDINATOR)
                .body(Map.of("expertId", target, "version", version))
                .put("/api/v1/assignments/" + evaluation)
                .then()
                .statusCode(200)
                .body("evaluationId", equalTo(evaluation.toString()))
                .body("expert.id", equalTo(target.toString()))
                .body("version", equalTo((int) version + 1))
                .body("role", equalTo("PRIMARY"));
        assertThat(data.rows(
                                "select action, detail->>'from' as from_expert, detail->>'to' as to_expert"
                                        + " from evaluation_event where evaluation_id = ? and action = 'reassigned'",
                                evaluation)
                        .get(0))
                .containsEntry("from_expert", row.get("expert_id").toString())
                .containsEntry("to_expert", target.toString());
        // stale version
        as(Role.COORDINATOR)
                .body(Map.of("expertId", row.get("expert_id"), "version", version))
                .put("/api/v1/assignments/" + evaluation)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        // a user who is not an expert of the campaign
        as(Role.COORDINATOR)
                .body(Map.of("expertId", expert().id(), "version", version + 1))
                .put("/api/v1/assignments/" + evaluation)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/assignment-not-campaign-expert"))
                .body("violations.field", hasItem("expertId"));
        as(Role.COORDINATOR)
                .body(Map.of("version", version + 1))
                .put("/api/v1/assignments/" + evaluation)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("expertId"));
        as(Role.COORDINATOR)
                .body(Map.of("expertId", target, "version", 0))
                .put("/api/v1/assignments/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        assertThat(data.rows("select expert_id from evaluation where id = ?", evaluation)
                        .get(0))
                .containsEntry("expert_id", target);
    }

    @Test
    void theExpertOfTheOtherEvaluationOfTheAccountIsRefused() {
        var fixture = data.campaign(1, 2, "1", true);
        UUID account = UUID.fromString(fixture.accounts().get(0));
        UUID primary = data.evaluationsByAccount(fixture.campaign(), "PRIMARY").get(account);
        UUID second = data.evaluationsByAccount(fixture.campaign(), "SECOND").get(account);
        var secondRow = data.rows("select expert_id, version from evaluation where id = ?", second)
                .get(0);
        as(Role.COORDINATOR)
                .body(Map.of(
                        "expertId",
                        secondRow.get("expert_id"),
                        "version",
                        data.rows("select version from evaluation where id = ?", primary)
                                .get(0)
                                .get("version")))
                .put("/api/v1/assignments/" + primary)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/assignment-same-expert"));
    }

    @Test
    void bothEvaluationsOfADoubleReassignedAtOnceToOneExpertAreNotBothGivenToThem() throws Exception {
        // each reassignment locked only its own evaluation and looked for the other one's expert without a lock:
        // moved at once to the same third expert, both were, and one expert held both sides of a blind double
        for (int round = 0; round < 4; round++) {
            var fixture = data.campaign(1, 3, "1", true);
            UUID account = UUID.fromString(fixture.accounts().get(0));
            List<UUID> pair = List.of(
                    data.evaluationsByAccount(fixture.campaign(), "PRIMARY").get(account),
                    data.evaluationsByAccount(fixture.campaign(), "SECOND").get(account));
            Set<Object> assigned = new HashSet<>();
            for (UUID evaluation : pair) {
                assigned.add(data.rows("select expert_id from evaluation where id = ?", evaluation)
                        .get(0)
                        .get("expert_id"));
            }
            UUID third = fixture.experts().stream()
                    .map(CampaignTestData.Expert::id)
                    .filter(id -> !assigned.contains(id))
                    .findFirst()
                    .orElseThrow();
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(pair.size());
            List<Integer> codes = new ArrayList<>();
            try {
                var futures = new ArrayList<Future<Integer>>();
                for (UUID evaluation : pair) {
                    Object version = data.rows("select version from evaluation where id = ?", evaluation)
                            .get(0)
                            .get("version");
                    futures.add(pool.submit(() -> {
                        start.await();
                        return as(Role.COORDINATOR)
                                .body(Map.of("expertId", third, "version", version))
                                .put("/api/v1/assignments/" + evaluation)
                                .then()
                                .extract()
                                .statusCode();
                    }));
                }
                start.countDown();
                for (var future : futures) {
                    codes.add(future.get(60, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(codes).containsExactlyInAnyOrder(200, 409);
            assertThat(data.count(
                            "select count(distinct expert_id) from evaluation where id in (?, ?)",
                            pair.get(0),
                            pair.get(1)))
                    .isEqualTo(2);
        }
    }

    @Test
    void aSubmittedEvaluationIsLocked() {
        var fixture = data.campaign(1, 2, "0", true);
        UUID evaluation = data.evaluationsByAccount(fixture.campaign(), "PRIMARY")
                .values()
                .iterator()
                .next();
        data.status(evaluation, "SUBMITTED", true);
        var row = data.rows("select expert_id, version from evaluation where id = ?", evaluation)
                .get(0);
        UUID other = fixture.experts().stream()
                .map(CampaignTestData.Expert::id)
                .filter(id -> !id.equals(row.get("expert_id")))
                .findFirst()
                .orElseThrow();
        as(Role.COORDINATOR)
                .body(Map.of("expertId", other, "version", row.get("version")))
                .put("/api/v1/assignments/" + evaluation)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/assignment-locked"))
                .body("recordStatus", equalTo("SUBMITTED"));
        data.status(evaluation, "RETURNED", true);
        as(Role.COORDINATOR)
                .body(Map.of("expertId", other, "version", row.get("version")))
                .put("/api/v1/assignments/" + evaluation)
                .then()
                .statusCode(200)
                .body("status", equalTo("RETURNED"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    void onlyStaffReassign(Role role) {
        as(role).body(Map.of("expertId", UUID.randomUUID(), "version", 0))
                .put("/api/v1/assignments/" + UUID.randomUUID())
                .then()
                .statusCode(403);
        anonymous()
                .body(Map.of("expertId", UUID.randomUUID(), "version", 0))
                .put("/api/v1/assignments/" + UUID.randomUUID())
                .then()
                .statusCode(401);
    }

    @Test
    void theQueueShowsTheReturnComment() {
        var fixture = data.campaign(1, 1, "0", true);
        UUID evaluation = data.evaluationsByAccount(fixture.campaign(), "PRIMARY")
                .values()
                .iterator()
                .next();
        data.status(evaluation, "RETURNED", true);
        data.execute("update evaluation set review_comment = 'Добавьте ссылки' where id = ?", evaluation);
        asExpert(fixture.experts().get(0))
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].reviewComment", equalTo("Добавьте ссылки"))
                .body("items[0].status", equalTo("RETURNED"));
    }

    /** The campaign's evaluation deadline as it reads (yyyy-mm-dd). */
    private static String deadline(String campaign) {
        return as(Role.COORDINATOR)
                .get("/api/v1/campaigns/" + campaign)
                .then()
                .statusCode(200)
                .extract()
                .path("evaluationDeadline");
    }
}
