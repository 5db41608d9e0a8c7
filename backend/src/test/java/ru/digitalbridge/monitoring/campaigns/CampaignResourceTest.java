package ru.digitalbridge.monitoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.BALAKOVO;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.SARATOV;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.accounts;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.campaignBody;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.createCampaign;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.expert;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.setExperts;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.token;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.transition;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import ru.digitalbridge.monitoring.campaigns.CampaignTestData.Expert;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Api;
import ru.digitalbridge.support.Pages;

@QuarkusTest
class CampaignResourceTest {
    @Inject
    CampaignTestData data;

    @Test
    void createMaterialisesTheActiveAccountsOfTheScopePlusTheListedOnes() {
        var set = data.criteriaSet("APPROVED");
        String word = token();
        List<String> matching = accounts(BALAKOVO, word, 3);
        String archived = accounts(BALAKOVO, word, 1).get(0);
        as(Role.COORDINATOR)
                .body(Map.of(
                        "version",
                        as(Role.COORDINATOR)
                                .get("/api/v1/accounts/" + archived)
                                .then()
                                .extract()
                                .path("version")))
                .post("/api/v1/accounts/" + archived + "/archive")
                .then()
                .statusCode(200);
        String listed = accounts(SARATOV, token(), 1).get(0);
        var body = campaignBody(set.id(), word);
        ((Map<String, Object>) body.get("scope")).put("accountIds", List.of(listed));
        String location = as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/campaigns/"))
                .body("stage", equalTo("PREPARATION"))
                .body("title", equalTo("Кампания " + word))
                .body("period", equalTo("2023-Q1"))
                .body("criteriaSet.id", equalTo(set.id().toString()))
                .body("criteriaSet.edition", equalTo(1))
                .body("accountCount", equalTo(4))
                .body("scope.q", equalTo(word))
                .body("scope.accountIds", equalTo(List.of(listed)))
                .body("doubleShare", equalTo(0.1f))
                .body("replyDays", equalTo(10))
                .body("keepMunicipalities", equalTo(true))
                .body("replyOpenedAt", nullValue())
                .body("publishedAt", nullValue())
                .body("experts", hasSize(0))
                .body("version", equalTo(0))
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        List<String> scoped = data
                .rows("select account_id::text as id from campaign_account where campaign_id = ?", UUID.fromString(id))
                .stream()
                .map(r -> (String) r.get("id"))
                .toList();
        assertThat(scoped).containsExactlyInAnyOrder(matching.get(0), matching.get(1), matching.get(2), listed);
        as(Role.COORDINATOR).get(location).then().statusCode(200).body("accountCount", equalTo(4));
        assertThat(data.count("select count(*) from audit_log where entity_id = ? and action = 'create'", id))
                .isEqualTo(1);
    }

    @Test
    void aScopeOfListedAccountsOnlyIsExactlyThoseAccounts() {
        var set = data.criteriaSet("APPROVED");
        String listed = accounts(SARATOV, token(), 2).get(1);
        var body = campaignBody(set.id(), "x");
        body.put("scope", Map.of("accountIds", List.of(listed)));
        assertThat(createCampaign(body).getInt("accountCount")).isEqualTo(1);
    }

    static Stream<Arguments> invalidCampaigns() {
        return Stream.of(
                Arguments.of("title", (Consumer<Map<String, Object>>) b -> b.put("title", " ")),
                Arguments.of("title", (Consumer<Map<String, Object>>) b -> b.put("title", "т".repeat(201))),
                Arguments.of("period", (Consumer<Map<String, Object>>) b -> b.put("period", "2023-Q5")),
                Arguments.of("period", (Consumer<Map<String, Object>>) b -> b.put("period", "весна")),
                Arguments.of("criteriaSetId", (Consumer<Map<String, Object>>) b -> b.remove("criteriaSetId")),
                Arguments.of("scope", (Consumer<Map<String, Object>>) b -> b.remove("scope")),
                Arguments.of("evaluationDeadline", (Consumer<Map<String, Object>>) b -> b.remove("evaluationDeadline")),
                Arguments.of(
                        "reviewDeadline", (Consumer<Map<String, Object>>) b -> b.put("reviewDeadline", "2000-01-01")),
                Arguments.of("doubleShare", (Consumer<Map<String, Object>>) b -> b.put("doubleShare", 1.5)),
                Arguments.of("doubleShare", (Consumer<Map<String, Object>>) b -> b.put("doubleShare", -0.1)),
                Arguments.of("replyDays", (Consumer<Map<String, Object>>) b -> b.put("replyDays", 0)),
                Arguments.of("replyDays", (Consumer<Map<String, Object>>) b -> b.put("replyDays", 91)),
                Arguments.of("scope.municipalities[0]", (Consumer<Map<String, Object>>)
                        b -> b.put("scope", Map.of("municipalities", List.of(UUID.randomUUID())))),
                Arguments.of("scope.accountIds[0]", (Consumer<Map<String, Object>>)
                        b -> b.put("scope", Map.of("accountIds", List.of(UUID.randomUUID())))),
                Arguments.of("scope.sectors[0]", (Consumer<Map<String, Object>>)
                        b -> b.put("scope", Map.of("sectors", List.of("SPACE")))));
    }

    @ParameterizedTest
    @MethodSource("invalidCampaigns")
    void badInputIs400NamingTheFieldAndWritesNothing(String field, Consumer<Map<String, Object>> change) {
        var set = data.criteriaSet("APPROVED");
        String word = token();
        var body = campaignBody(set.id(), word);
        change.accept(body);
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        assertThat(data.count("select count(*) from campaign where criteria_set_id = ?", set.id()))
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(SetState.class)
    void aCriteriaSetThatIsNotApprovedIs422(SetState state) {
        UUID set = state == SetState.UNKNOWN
                ? UUID.randomUUID()
                : data.criteriaSet(state.name()).id();
        as(Role.COORDINATOR)
                .header("Accept-Language", "en")
                .body(campaignBody(set, token()))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/campaign-criteria-set-not-approved"))
                .body("title", equalTo("Methodology not approved"))
                .body("violations.field", hasItem("criteriaSetId"));
        assertThat(data.count("select count(*) from campaign where criteria_set_id = ?", set))
                .isZero();
    }

    enum SetState {
        DRAFT,
        RETIRED,
        UNKNOWN
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    void onlyStaffWriteCampaigns(Role role) {
        var set = data.criteriaSet("APPROVED");
        var fixture = data.campaign(1, 1, "0", false);
        as(role).body(campaignBody(set.id(), token()))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        as(role).body(campaignBody(set.id(), token()))
                .put(fixture.path())
                .then()
                .statusCode(403);
        as(role).body(Map.of("scope", Map.of()))
                .post("/api/v1/campaigns/scope-preview")
                .then()
                .statusCode(403);
        as(role).body(Map.of("experts", List.of(), "version", 0))
                .put(fixture.path() + "/experts")
                .then()
                .statusCode(403);
        as(role).post(fixture.path() + "/assign").then().statusCode(403);
        as(role).delete(fixture.path()).then().statusCode(403);
        as(role).get(fixture.path() + "/progress").then().statusCode(403);
        as(role).get(fixture.path() + "/agreement").then().statusCode(403);
        assertThat(data.count("select count(*) from campaign where criteria_set_id = ?", set.id()))
                .isZero();
    }

    @Test
    void anonymousWritesAre401() {
        var fixture = data.campaign(1, 0, "0", false);
        anonymous().body(Map.of()).post("/api/v1/campaigns").then().statusCode(401);
        anonymous().body(Map.of()).put(fixture.path()).then().statusCode(401);
        anonymous()
                .body(Map.of())
                .post("/api/v1/campaigns/scope-preview")
                .then()
                .statusCode(401);
        anonymous().body(Map.of()).put(fixture.path() + "/experts").then().statusCode(401);
        anonymous().post(fixture.path() + "/assign").then().statusCode(401);
        anonymous().delete(fixture.path()).then().statusCode(401);
        anonymous().get(fixture.path() + "/progress").then().statusCode(401);
        anonymous().get(fixture.path() + "/agreement").then().statusCode(401);
    }

    @Test
    void unpublishedCampaignsAreHiddenFromAnonymousAndOtherExperts() {
        var fixture = data.campaign(1, 1, "0", false);
        anonymous().get(fixture.path()).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        as(Role.LEARNER).get(fixture.path()).then().statusCode(404);
        as(Role.EXPERT).get(fixture.path()).then().statusCode(404);
        anonymous()
                .queryParam("size", 200)
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(fixture.campaign())))
                .body("items.stage", not(hasItem("PREPARATION")));
        String expertToken = fixture.experts().get(0).token();
        anonymous()
                .header("Authorization", "Bearer " + expertToken)
                .get(fixture.path())
                .then()
                .statusCode(200)
                .body("id", equalTo(fixture.campaign()));
        anonymous()
                .header("Authorization", "Bearer " + expertToken)
                .queryParam("stage", "PREPARATION")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(fixture.campaign()));
        // every page: campaigns of the other test classes in preparation may fill more than one
        assertThat(Pages.all(() -> as(Role.COORDINATOR).queryParam("stage", "preparation"), "/api/v1/campaigns"))
                .anySatisfy(item -> assertThat(item.get("id")).isEqualTo(fixture.campaign()));
        anonymous()
                .queryParam("stage", "SOMEDAY")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("stage"));
        as(Role.COORDINATOR)
                .get("/api/v1/campaigns/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void listFindsCampaignsByPartOfTheTitleForThoseWhoMaySeeThem() {
        var first = data.campaign(1, 0, "0", false);
        var second = data.campaign(1, 0, "0", false);
        String part = first.word().substring(3, 11);
        as(Role.COORDINATOR)
                .queryParam("q", "  " + part.toUpperCase(Locale.ROOT) + " ")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(first.campaign()));
        as(Role.COORDINATOR)
                .queryParam("q", "Кампания " + second.word())
                .queryParam("stage", "PREPARATION")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("items.id", contains(second.campaign()));
        // the other filters still apply, and so does what the caller may see
        as(Role.COORDINATOR)
                .queryParam("q", part)
                .queryParam("stage", "PUBLISHED")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        anonymous()
                .queryParam("q", part)
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // wildcards are taken literally
        for (String literal : List.of(part.charAt(0) + "_" + part.substring(2), part.substring(0, 3) + "%")) {
            as(Role.COORDINATOR)
                    .queryParam("q", literal)
                    .get("/api/v1/campaigns")
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(first.campaign())));
        }
        as(Role.COORDINATOR)
                .queryParam("q", "x".repeat(201))
                .get("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("q"));
    }

    @Test
    void updateReplacesTheSettingsAndTheScope() {
        var fixture = data.campaign(2, 2, "0", true);
        assertThat(data.evaluations(fixture.campaign())).hasSize(2);
        String other = token();
        List<String> newAccounts = accounts(SARATOV, other, 3);
        long version = CampaignTestData.version(fixture.campaign());
        var body = campaignBody(fixture.set().id(), other);
        body.put("title", "Новое название");
        body.put("period", "2023-H2");
        body.put("replyDays", 5);
        body.put("keepMunicipalities", false);
        body.put("version", version);
        as(Role.COORDINATOR)
                .body(body)
                .put(fixture.path())
                .then()
                .statusCode(200)
                .body("title", equalTo("Новое название"))
                .body("period", equalTo("2023-H2"))
                .body("replyDays", equalTo(5))
                .body("keepMunicipalities", equalTo(false))
                .body("accountCount", equalTo(3))
                .body("version", equalTo((int) version + 1));
        assertThat(data.evaluations(fixture.campaign())).isEmpty();
        assertThat(data.count(
                        "select count(*) from campaign_account where campaign_id = ? and account_id::text = any(?)",
                        UUID.fromString(fixture.campaign()),
                        newAccounts.toArray(new String[0])))
                .isEqualTo(3);
        // the same version again is stale
        as(Role.COORDINATOR)
                .body(body)
                .put(fixture.path())
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        body.put("version", version + 1);
        body.put("period", "2023");
        as(Role.COORDINATOR)
                .body(body)
                .put(fixture.path())
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("period"));
        body.put("period", "2023-Y");
        as(Role.COORDINATOR)
                .body(body)
                .put("/api/v1/campaigns/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        body.remove("version");
        as(Role.COORDINATOR)
                .body(body)
                .put(fixture.path())
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("version"));
    }

    @Test
    void aCampaignPastPreparationCannotBeChangedOrDeleted() {
        var fixture = data.campaign(1, 1, "0", true);
        long version = transition(fixture.campaign(), "EVALUATION", CampaignTestData.version(fixture.campaign()));
        var body = campaignBody(fixture.set().id(), fixture.word());
        body.put("version", version);
        as(Role.COORDINATOR)
                .body(body)
                .put(fixture.path())
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-stage"))
                .body("stage", equalTo("EVALUATION"))
                .body("detail", containsString("оценивание"));
        as(Role.COORDINATOR)
                .queryParam("version", version)
                .delete(fixture.path())
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-stage"));
    }

    @Test
    void deleteRemovesACampaignInPreparation() {
        var fixture = data.campaign(2, 1, "0", true);
        as(Role.COORDINATOR)
                .queryParam("version", 99)
                .delete(fixture.path())
                .then()
                .statusCode(409);
        asAdmin().delete(fixture.path()).then().statusCode(400).body("violations.field", hasItem("version"));
        long version = asAdmin().get(fixture.path()).then().extract().jsonPath().getLong("version");
        asAdmin().queryParam("version", version).delete(fixture.path()).then().statusCode(204);
        as(Role.COORDINATOR).get(fixture.path()).then().statusCode(404);
        assertThat(data.evaluations(fixture.campaign())).isEmpty();
        asAdmin().queryParam("version", version).delete(fixture.path()).then().statusCode(404);
    }

    @Test
    void scopePreviewCountsByPlatformAndMunicipality() {
        String word = token();
        accounts(BALAKOVO, word, 2);
        accounts(SARATOV, word, 3);
        as(Role.COORDINATOR)
                .body(Map.of("scope", Map.of("q", word)))
                .post("/api/v1/campaigns/scope-preview")
                .then()
                .statusCode(200)
                .body("count", equalTo(5))
                .body("byPlatform.VK", equalTo(5))
                .body("byPlatform.OK", equalTo(0))
                .body("byMunicipality.id", containsInAnyOrder(BALAKOVO, SARATOV))
                .body("byMunicipality.find { it.id == '" + SARATOV + "' }.count", equalTo(3));
        as(Role.COORDINATOR)
                .body(Map.of(
                        "scope",
                        Map.of(
                                "q",
                                word,
                                "municipalities",
                                List.of(SARATOV),
                                "platforms",
                                List.of("VK"),
                                "sectors",
                                List.of("EDUCATION"),
                                "kinds",
                                List.of("MUNICIPAL_INSTITUTION"))))
                .post("/api/v1/campaigns/scope-preview")
                .then()
                .statusCode(200)
                .body("count", equalTo(3));
        as(Role.COORDINATOR)
                .body(Map.of("scope", Map.of("q", word, "sectors", List.of("CULTURE"))))
                .post("/api/v1/campaigns/scope-preview")
                .then()
                .statusCode(200)
                .body("count", equalTo(0))
                .body("byMunicipality", hasSize(0));
        as(Role.COORDINATOR)
                .body(Map.of("scope", Map.of("platforms", List.of("FAX"))))
                .post("/api/v1/campaigns/scope-preview")
                .then()
                .statusCode(400);
        as(Role.COORDINATOR)
                .body(Map.of())
                .post("/api/v1/campaigns/scope-preview")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("scope"));
    }

    @Test
    void expertsAreReplacedAndMustBeActiveExperts() {
        var fixture = data.campaign(1, 0, "0", false);
        var first = expert();
        var second = expert();
        long version = CampaignTestData.version(fixture.campaign());
        as(Role.COORDINATOR)
                .body(Map.of(
                        "experts",
                        List.of(
                                Map.of("userId", first.id(), "municipalities", List.of(BALAKOVO)),
                                Map.of("userId", second.id())),
                        "version",
                        version))
                .put(fixture.path() + "/experts")
                .then()
                .statusCode(200)
                .body(
                        "experts.userId",
                        containsInAnyOrder(first.id().toString(), second.id().toString()))
                .body("experts.find { it.userId == '" + first.id() + "' }.municipalities", equalTo(List.of(BALAKOVO)))
                .body("experts.find { it.userId == '" + first.id() + "' }.email", equalTo(first.email()))
                .body("version", equalTo((int) version + 1));
        UUID learner = Api.createUser("learner-" + Api.unique() + "@bridge.test", List.of(Role.LEARNER), null);
        as(Role.COORDINATOR)
                .body(Map.of(
                        "experts",
                        List.of(Map.of("userId", first.id()), Map.of("userId", learner)),
                        "version",
                        version + 1))
                .put(fixture.path() + "/experts")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/campaign-not-expert"))
                .body("violations.field", equalTo(List.of("experts[1].userId")));
        as(Role.COORDINATOR)
                .body(Map.of(
                        "experts",
                        List.of(Map.of("userId", first.id()), Map.of("userId", first.id())),
                        "version",
                        version + 1))
                .put(fixture.path() + "/experts")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("experts[1].userId"));
        as(Role.COORDINATOR)
                .body(Map.of(
                        "experts",
                        List.of(Map.of("userId", first.id(), "municipalities", List.of(UUID.randomUUID()))),
                        "version",
                        version + 1))
                .put(fixture.path() + "/experts")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("experts[0].municipalities[0]"));
        as(Role.COORDINATOR)
                .body(Map.of("experts", List.of(Map.of("userId", first.id())), "version", version))
                .put(fixture.path() + "/experts")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        // nothing of the refused requests was written
        assertThat(data.count(
                        "select count(*) from campaign_expert where campaign_id = ?",
                        UUID.fromString(fixture.campaign())))
                .isEqualTo(2);
    }

    @Test
    void anExpertHoldingEvaluationsCannotBeRemoved() {
        var fixture = data.campaign(2, 2, "0", true);
        long version = CampaignTestData.version(fixture.campaign());
        var keep = fixture.experts().get(0);
        as(Role.COORDINATOR)
                .body(Map.of("experts", List.of(Map.of("userId", keep.id())), "version", version))
                .put(fixture.path() + "/experts")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-expert-busy"))
                .body("experts", hasSize(1));
        long changed = setExperts(
                fixture.campaign(),
                version,
                List.of(fixture.experts().get(0), fixture.experts().get(1), expert()));
        assertThat(changed).isEqualTo(version + 1);
    }

    @Test
    void expertsCannotChangeAfterEvaluation() {
        var fixture = data.campaign(1, 1, "0", true);
        long version = transition(fixture.campaign(), "EVALUATION", CampaignTestData.version(fixture.campaign()));
        version = transition(fixture.campaign(), "REVIEW", version);
        as(Role.COORDINATOR)
                .body(Map.of(
                        "experts",
                        List.of(Map.of("userId", fixture.experts().get(0).id())),
                        "version",
                        version))
                .put(fixture.path() + "/experts")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/campaign-stage"));
        as(Role.COORDINATOR)
                .body(Map.of("experts", List.of(), "version", version))
                .put("/api/v1/campaigns/" + UUID.randomUUID() + "/experts")
                .then()
                .statusCode(404);
    }

    @Test
    void unknownCampaignsAre404Everywhere() {
        String path = "/api/v1/campaigns/" + UUID.randomUUID();
        as(Role.COORDINATOR).post(path + "/assign").then().statusCode(404);
        as(Role.COORDINATOR).get(path + "/progress").then().statusCode(404);
        as(Role.COORDINATOR).get(path + "/agreement").then().statusCode(404);
        as(Role.COORDINATOR)
                .body(Map.of("to", "EVALUATION", "version", 0))
                .post(path + "/transition")
                .then()
                .statusCode(404);
        Map<String, Object> none = new HashMap<>();
        as(Role.COORDINATOR).body(none).post("/api/v1/campaigns").then().statusCode(400);
    }

    @Test
    void coordinatorsListActiveExpertsForTheWizardOthersMayNot() {
        Expert expert = expert();
        UUID learner = Api.createUser("learner-" + Api.unique() + "@bridge.test", List.of(Role.LEARNER), null);
        as(Role.COORDINATOR)
                .get("/api/v1/campaigns/experts")
                .then()
                .statusCode(200)
                .body("id", hasItem(expert.id().toString()))
                .body("email", hasItem(expert.email()))
                .body("id", not(hasItem(learner.toString())));
        as(Role.EXPERT).get("/api/v1/campaigns/experts").then().statusCode(403);
        as(Role.LEARNER).get("/api/v1/campaigns/experts").then().statusCode(403);
        anonymous().get("/api/v1/campaigns/experts").then().statusCode(401);
    }
}
