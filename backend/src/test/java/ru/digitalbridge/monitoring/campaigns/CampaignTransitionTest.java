package ru.digitalbridge.monitoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.transition;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Pages;

@QuarkusTest
class CampaignTransitionTest {
    @Inject
    ObjectMapper json;

    @Inject
    CampaignTestData data;

    private static io.restassured.response.ValidatableResponse move(String campaign, String to, long version) {
        return as(Role.COORDINATOR)
                .body(Map.of("to", to, "version", version))
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then();
    }

    @Test
    void evaluationNeedsEveryScopedAccountAssigned() {
        var fixture = data.campaign(3, 2, "0", false);
        long version = CampaignTestData.version(fixture.campaign());
        move(fixture.campaign(), "EVALUATION", version)
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-unassigned"))
                .body("unassigned", equalTo(3));
        CampaignTestData.assign(fixture.campaign());
        move(fixture.campaign(), "EVALUATION", version)
                .statusCode(200)
                .body("stage", equalTo("EVALUATION"))
                .body("version", equalTo((int) version + 1));
    }

    @Test
    void anEmptyScopeCannotStartEvaluation() {
        var set = data.criteriaSet("APPROVED");
        var body = CampaignTestData.campaignBody(set.id(), CampaignTestData.token());
        var created = CampaignTestData.createCampaign(body);
        assertThat(created.getInt("accountCount")).isZero();
        move(created.getString("id"), "EVALUATION", created.getLong("version"))
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-unassigned"))
                .body("accounts", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PREPARATION", "REVIEW", "REPLY", "FINAL", "PUBLISHED"})
    void fromPreparationOnlyEvaluationIsNext(String to) {
        var fixture = data.campaign(1, 1, "0", true);
        move(fixture.campaign(), to, CampaignTestData.version(fixture.campaign()))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/campaign-illegal-transition"))
                .body("from", equalTo("PREPARATION"))
                .body("allowed", equalTo(List.of("EVALUATION")));
        assertThat(data.rows("select stage from campaign where id = ?", UUID.fromString(fixture.campaign()))
                        .get(0)
                        .get("stage"))
                .isEqualTo("PREPARATION");
    }

    @Test
    void stagesCannotGoBackNorLeavePublished() {
        var fixture = data.campaign(1, 1, "0", true);
        String campaign = fixture.campaign();
        long version = transition(campaign, "EVALUATION", CampaignTestData.version(campaign));
        move(campaign, "PREPARATION", version)
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-illegal-transition"));
        move(campaign, "REPLY", version).statusCode(409);
        version = transition(campaign, "REVIEW", version);
        move(campaign, "EVALUATION", version).statusCode(409);
        approveAll(campaign);
        version = transition(campaign, "REPLY", version);
        move(campaign, "PUBLISHED", version).statusCode(409);
        version = transition(campaign, "FINAL", version);
        move(campaign, "REPLY", version).statusCode(409);
        version = transition(campaign, "PUBLISHED", version);
        for (String to : List.of("PREPARATION", "EVALUATION", "REVIEW", "REPLY", "FINAL", "PUBLISHED")) {
            move(campaign, to, version)
                    .statusCode(409)
                    .body("type", equalTo("/problems/campaign-illegal-transition"))
                    .body("allowed", equalTo(List.of()));
        }
    }

    @Test
    void aStaleVersionIs409AndChangesNothing() {
        var fixture = data.campaign(1, 1, "0", true);
        long version = CampaignTestData.version(fixture.campaign());
        move(fixture.campaign(), "EVALUATION", version - 1)
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        as(Role.COORDINATOR).get(fixture.path()).then().body("stage", equalTo("PREPARATION"));
    }

    @Test
    void badTransitionRequestsAre400() {
        var fixture = data.campaign(1, 1, "0", true);
        as(Role.COORDINATOR)
                .body(Map.of("version", 0))
                .post(fixture.path() + "/transition")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        as(Role.COORDINATOR)
                .body(Map.of("to", "SOMEWHERE", "version", 0))
                .post(fixture.path() + "/transition")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        as(Role.COORDINATOR)
                .body(Map.of("to", "EVALUATION"))
                .post(fixture.path() + "/transition")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("version"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    void onlyStaffMoveStages(Role role) {
        var fixture = data.campaign(1, 1, "0", true);
        as(role).body(Map.of("to", "EVALUATION", "version", 0))
                .post(fixture.path() + "/transition")
                .then()
                .statusCode(403);
        anonymous()
                .body(Map.of("to", "EVALUATION", "version", 0))
                .post(fixture.path() + "/transition")
                .then()
                .statusCode(401);
        as(Role.COORDINATOR).get(fixture.path()).then().body("stage", equalTo("PREPARATION"));
    }

    /** Approves every PRIMARY evaluation with an index and answers (what helper E's endpoints do). */
    private void approveAll(String campaign) {
        int i = 0;
        for (UUID evaluation : data.evaluationsByAccount(campaign, "PRIMARY").values()) {
            data.status(evaluation, "APPROVED", true);
            data.index(evaluation, String.valueOf(50 + i++));
        }
    }

    @Test
    void theWholeLifecycleWithEveryRuleAndSideEffect() throws Exception {
        var fixture = data.campaign(3, 2, "0.34", true);
        String campaign = fixture.campaign();
        var set = fixture.set();
        long version = transition(campaign, "EVALUATION", CampaignTestData.version(campaign));
        version = transition(campaign, "REVIEW", version);
        Map<UUID, UUID> primaries = data.evaluationsByAccount(campaign, "PRIMARY");
        assertThat(primaries).hasSize(3);
        assertThat(data.evaluationsByAccount(campaign, "SECOND")).hasSize(2);
        UUID first = primaries.values().iterator().next();
        data.status(first, "APPROVED", true);
        move(campaign, "REPLY", version)
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-not-approved"))
                .body("remaining", equalTo(2));
        int n = 0;
        for (UUID evaluation : primaries.values()) {
            data.status(evaluation, "APPROVED", true);
            data.index(evaluation, String.valueOf(60 + n++));
            data.answer(evaluation, set.scale(), "1", "1", "2", false);
            data.answer(evaluation, set.yesNo(), "1", "1", "1", false);
            data.answer(evaluation, set.derived(), null, null, "2", true);
        }
        var reply = as(Role.COORDINATOR)
                .body(Map.of("to", "REPLY", "version", version))
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then()
                .statusCode(200)
                .body("stage", equalTo("REPLY"))
                .body("replyOpenedAt", notNullValue())
                .extract()
                .jsonPath();
        version = reply.getLong("version");
        OffsetDateTime opened = OffsetDateTime.parse(reply.getString("replyOpenedAt"));
        OffsetDateTime closes = OffsetDateTime.parse(reply.getString("replyClosesAt"));
        assertThat(Duration.between(opened, closes)).isEqualTo(Duration.ofDays(10));
        for (var row : data.evaluations(campaign)) {
            if ("PRIMARY".equals(row.get("role"))) {
                assertThat(row.get("initial_index"))
                        .isEqualTo(row.get("index_value"))
                        .isNotNull();
            } else {
                assertThat(row.get("initial_index")).isNull();
            }
        }
        // an open objection blocks the final stage; resolved ones do not
        data.objection(first, set.scale(), "OPEN");
        data.objection(first, set.yesNo(), "REJECTED");
        move(campaign, "FINAL", version)
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-objections-open"))
                .body("open", equalTo(1));
        data.execute("update objection set status = 'ACCEPTED' where evaluation_id = ? and status = 'OPEN'", first);
        data.index(first, "77.5");
        var fin = as(Role.COORDINATOR)
                .body(Map.of("to", "FINAL", "version", version))
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then()
                .statusCode(200)
                .body("stage", equalTo("FINAL"))
                .extract()
                .jsonPath();
        version = fin.getLong("version");
        assertThat(OffsetDateTime.parse(fin.getString("replyClosesAt"))).isBefore(closes);
        for (var row : data.evaluations(campaign)) {
            if ("PRIMARY".equals(row.get("role"))) {
                assertThat(row.get("final_index")).isEqualTo(row.get("index_value"));
            }
        }
        assertThat(data.rows("select final_index, initial_index from evaluation where id = ?", first)
                        .get(0))
                .containsEntry("final_index", new BigDecimal("77.5"));
        // not visible to anonymous before publication
        anonymous().get(fixture.path()).then().statusCode(404);
        UUID submittedSecond = data.evaluationsByAccount(campaign, "SECOND")
                .values()
                .iterator()
                .next();
        data.status(submittedSecond, "SUBMITTED", true);
        as(Role.COORDINATOR)
                .body(Map.of("to", "PUBLISHED", "version", version))
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then()
                .statusCode(200)
                .body("stage", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());
        for (var row : data.evaluations(campaign)) {
            if ("PRIMARY".equals(row.get("role"))) {
                assertThat(row).containsEntry("status", "PUBLISHED").containsEntry("revision", 1);
            } else if (submittedSecond.equals(row.get("id"))) {
                // publishing settles a submitted second evaluation: nothing of a published campaign awaits review
                assertThat(row.get("status")).isEqualTo("APPROVED");
                assertThat(row.get("revision")).isEqualTo(0);
            } else {
                assertThat(row.get("status")).isEqualTo("DRAFT");
                assertThat(row.get("revision")).isEqualTo(0);
            }
        }
        as(Role.COORDINATOR)
                .get("/api/v1/campaigns/" + campaign + "/progress")
                .then()
                .statusCode(200)
                .body("byStatus.SUBMITTED", equalTo(0));
        var revisions = data.rows(
                "select evaluation_id, revision, reason, author_name, index_value, answers::text as answers"
                        + " from evaluation_revision where evaluation_id = ?",
                first);
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0))
                .containsEntry("revision", 1)
                .containsEntry("reason", null)
                .containsEntry("index_value", new BigDecimal("77.5"));
        assertThat(revisions.get(0).get("author_name")).isNotNull();
        JsonNode answers = json.readTree((String) revisions.get(0).get("answers"));
        assertThat(answers.size()).isEqualTo(3);
        // criterion position order: yes/no (1), scale (2), derived (4)
        assertThat(answers.get(0).get("code").asText()).isEqualTo("PROFILE.PHONE");
        assertThat(answers.get(1).get("code").asText()).isEqualTo("FEEDBACK.QUALITY");
        assertThat(answers.get(2).get("code").asText()).isEqualTo("FEEDBACK.MEDIAN");
        JsonNode scale = answers.get(1);
        assertThat(scale.get("criterionId").asText()).isEqualTo(set.scale().toString());
        assertThat(scale.get("value").decimalValue()).isEqualByComparingTo("1");
        assertThat(scale.get("points").decimalValue()).isEqualByComparingTo("1");
        assertThat(scale.get("maxPoints").decimalValue()).isEqualByComparingTo("2");
        assertThat(scale.get("notApplicable").asBoolean()).isFalse();
        assertThat(scale.get("evidenceUrl").asText()).isEqualTo("https://vk.com/wall-1_1");
        assertThat(scale.get("recommendation").asText()).isEqualTo("Совет");
        assertThat(scale.has("evidenceNote")).isTrue();
        assertThat(scale.has("naReason")).isTrue();
        assertThat(answers.get(2).get("notApplicable").asBoolean()).isTrue();
        assertThat(answers.get(2).get("value").isNull()).isTrue();
        assertThat(data.count(
                        "select count(*) from evaluation_revision r join evaluation e on e.id = r.evaluation_id"
                                + " where e.campaign_id = ?",
                        UUID.fromString(campaign)))
                .isEqualTo(3);
        assertThat(data.count(
                        "select count(*) from evaluation_event v join evaluation e on e.id = v.evaluation_id"
                                + " where e.campaign_id = ? and v.action = 'published' and e.role = 'PRIMARY'",
                        UUID.fromString(campaign)))
                .isEqualTo(3);
        // now public
        anonymous().get(fixture.path()).then().statusCode(200).body("stage", equalTo("PUBLISHED"));
        // every page: the published campaigns of other test classes (later periods sort first) may fill more than one
        assertThat(Pages.all(() -> anonymous().queryParam("stage", "PUBLISHED"), "/api/v1/campaigns"))
                .anySatisfy(item -> assertThat(item.get("id")).isEqualTo(campaign));
        // and found by a part of its title, whichever page it would fall on
        anonymous()
                .queryParam("stage", "PUBLISHED")
                .queryParam("q", fixture.word().substring(2, 12).toUpperCase(Locale.ROOT))
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(campaign));
        assertThat(data.count(
                        "select count(*) from audit_log where entity_type = 'campaign' and entity_id = ?"
                                + " and action = 'transition'",
                        campaign))
                .isEqualTo(5);
    }
}
