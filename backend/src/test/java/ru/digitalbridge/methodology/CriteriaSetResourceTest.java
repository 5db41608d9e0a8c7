package ru.digitalbridge.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Api;
import ru.digitalbridge.support.Pages;

@QuarkusTest
class CriteriaSetResourceTest {
    private static final String SETS = "/api/v1/criteria-sets";
    private static final RestAssuredConfig DECIMALS =
            RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    // ---- test data ---------------------------------------------------------------------------------------------

    private static RequestSpecification coordinator() {
        return as(Role.COORDINATOR).config(DECIMALS);
    }

    private static Map<String, Object> criterion(String code, String type, String weight) {
        Map<String, Object> c = new HashMap<>();
        c.put("code", code);
        c.put("group", "PROFILE");
        c.put("title", "Критерий " + code);
        c.put("guidance", "Откройте профиль и проверьте.");
        c.put("recommendation", "Добавьте недостающее.");
        c.put("normative", true);
        c.put("weight", new BigDecimal(weight));
        c.put("type", type);
        switch (type) {
            case "SCALE" ->
                c.put(
                        "levels",
                        List.of(
                                Map.of("value", 0, "label", "Формальный ответ", "points", 0),
                                Map.of("value", 1, "label", "По существу", "points", 1),
                                Map.of("value", 2, "label", "По существу и со сроком", "points", 2)));
            case "NUMERIC" -> {
                c.put("thresholds", List.of(Map.of("bound", 3, "points", 2), Map.of("bound", 1, "points", 1)));
                c.put("direction", "HIGHER_IS_BETTER");
                c.put("unit", "POSTS_PER_WEEK");
            }
            case "DERIVED" -> {
                c.put("thresholds", List.of(Map.of("bound", 8, "points", 2), Map.of("bound", 24, "points", 1)));
                c.put("direction", "LOWER_IS_BETTER");
                c.put("metric", "MEDIAN_ANSWER_HOURS");
            }
            default -> {}
        }
        return c;
    }

    /** Four criteria, one of each type, weights 10 + 20 + 30 + 40 = 100. */
    private static List<Map<String, Object>> fullCriteria() {
        var phone = criterion("PROFILE.PHONE", "BOOLEAN", "10");
        phone.put("platforms", List.of("VK", "OK", "VK"));
        var quality = criterion("FEEDBACK.QUALITY", "SCALE", "20");
        quality.put("group", "FEEDBACK");
        var posts = criterion("ACTIVITY.POSTS_PER_WEEK", "NUMERIC", "30");
        posts.put("group", "ACTIVITY");
        posts.put("sectors", List.of("EDUCATION"));
        posts.put("organizationKinds", List.of("MUNICIPAL_INSTITUTION", "LOCAL_GOVERNMENT"));
        var median = criterion("FEEDBACK.MEDIAN_HOURS", "DERIVED", "40");
        median.put("group", "FEEDBACK");
        return new ArrayList<>(List.of(phone, quality, posts, median));
    }

    private static Map<String, Object> newSet(String name, List<Map<String, Object>> criteria) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Методика для теста");
        body.put("criteria", criteria);
        return body;
    }

    private static JsonPath create(List<Map<String, Object>> criteria) {
        return coordinator()
                .body(newSet("Методика " + unique(), criteria))
                .post(SETS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath(io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                        .numberReturnType(NumberReturnType.BIG_DECIMAL));
    }

    private static JsonPath read(String id) {
        return coordinator()
                .get(SETS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                        .numberReturnType(NumberReturnType.BIG_DECIMAL));
    }

    private static JsonPath approved() {
        JsonPath draft = create(fullCriteria());
        return approve(draft.getString("id"), draft.getLong("version"));
    }

    private static JsonPath approve(String id, long version) {
        return coordinator()
                .body(Map.of("version", version))
                .post(SETS + "/" + id + "/approve")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> update(JsonPath set, List<Map<String, Object>> criteria) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", set.getString("name"));
        body.put("description", set.getString("description"));
        body.put("criteria", criteria);
        body.put("version", set.getLong("version"));
        return body;
    }

    /** How many drafts carry this (unique) name: pages through the coordinator's list. */
    private static long draftsNamed(String name) {
        long found = 0;
        for (int page = 0; ; page++) {
            JsonPath json = coordinator()
                    .queryParam("status", "DRAFT")
                    .queryParam("size", 200)
                    .queryParam("page", page)
                    .get(SETS)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> names = json.getList("items.name");
            found += names.stream().filter(name::equals).count();
            if ((long) (page + 1) * 200 >= json.getLong("total")) {
                return found;
            }
        }
    }

    private static List<String> auditActions(String id) {
        return asAdmin()
                .queryParam("entityType", "criteria-set")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.action");
    }

    // ---- create ------------------------------------------------------------------------------------------------

    @Test
    void createMakesEditionOneOfANewFamilyWithComputedMaximaAndNormalisedFields() {
        String name = "Цифровой мост " + unique();
        var response = coordinator()
                .body(newSet(name, fullCriteria()))
                .post(SETS)
                .then()
                .statusCode(201)
                .contentType("application/json")
                .header("Location", containsString(SETS + "/"))
                .body("name", equalTo(name))
                .body("description", equalTo("Методика для теста"))
                .body("status", equalTo("DRAFT"))
                .body("edition", equalTo(1))
                .body("version", equalTo(0))
                .body("familyId", notNullValue())
                .body("basedOnId", nullValue())
                .body("approvedAt", nullValue())
                .body("approvedBy", nullValue())
                .body("retiredAt", nullValue())
                .body("criteriaCount", equalTo(4))
                .body("totalWeight", comparesEqualTo(new BigDecimal("100")))
                .body(
                        "criteria.code",
                        contains(
                                "PROFILE.PHONE",
                                "FEEDBACK.QUALITY",
                                "ACTIVITY.POSTS_PER_WEEK",
                                "FEEDBACK.MEDIAN_HOURS"))
                .body("criteria.position", contains(1, 2, 3, 4))
                .body("criteria.type", contains("BOOLEAN", "SCALE", "NUMERIC", "DERIVED"))
                // BOOLEAN 1; SCALE best level; NUMERIC / DERIVED first threshold
                .body("criteria[0].maxPoints", comparesEqualTo(new BigDecimal("1")))
                .body("criteria[1].maxPoints", comparesEqualTo(new BigDecimal("2")))
                .body("criteria[2].maxPoints", comparesEqualTo(new BigDecimal("2")))
                .body("criteria[3].maxPoints", comparesEqualTo(new BigDecimal("2")))
                .body("criteria[0].platforms", contains("VK", "OK"))
                .body("criteria[0].sectors", empty())
                .body("criteria[0].levels", empty())
                .body("criteria[0].direction", nullValue())
                .body(
                        "criteria[1].levels.label",
                        contains("Формальный ответ", "По существу", "По существу и со сроком"))
                .body("criteria[2].organizationKinds", contains("LOCAL_GOVERNMENT", "MUNICIPAL_INSTITUTION"))
                .body("criteria[2].thresholds.bound", contains(3, 1))
                .body("criteria[2].unit", equalTo("POSTS_PER_WEEK"))
                .body("criteria[2].metric", nullValue())
                // the unit of a derived criterion follows from its metric
                .body("criteria[3].metric", equalTo("MEDIAN_ANSWER_HOURS"))
                .body("criteria[3].unit", equalTo("HOURS"))
                .body("criteria[3].direction", equalTo("LOWER_IS_BETTER"))
                .body("criteria[3].normative", equalTo(true))
                .body("criteria[3].guidance", equalTo("Откройте профиль и проверьте."))
                .extract();
        String location = response.header("Location");
        String id = response.path("id");
        coordinator().get(location).then().statusCode(200).body("id", equalTo(id));
        assertThat(auditActions(id)).containsExactly("create");
    }

    @Test
    void anAdministratorMayCreateAnEmptyDraft() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "  Пустая методика " + unique() + "  ");
        asAdmin()
                .body(body)
                .post(SETS)
                .then()
                .statusCode(201)
                .body("name", not(containsString("  ")))
                .body("description", equalTo(""))
                .body("criteriaCount", equalTo(0))
                .body("totalWeight", comparesEqualTo(0f))
                .body("criteria", empty());
    }

    static Stream<Arguments> badCriteria() {
        return Stream.of(
                bad("code lower case", 0, c -> c.put("code", "profile.phone"), "criteria[0].code"),
                bad("code with a trailing dot", 0, c -> c.put("code", "PROFILE."), "criteria[0].code"),
                bad("code too long", 0, c -> c.put("code", "A".repeat(61)), "criteria[0].code"),
                bad("code missing", 1, c -> c.remove("code"), "criteria[1].code"),
                bad("title blank", 1, c -> c.put("title", " "), "criteria[1].title"),
                bad("title too long", 1, c -> c.put("title", "я".repeat(301)), "criteria[1].title"),
                bad("guidance too long", 2, c -> c.put("guidance", "я".repeat(4001)), "criteria[2].guidance"),
                bad("group missing", 2, c -> c.remove("group"), "criteria[2].group"),
                bad("type missing", 0, c -> c.remove("type"), "criteria[0].type"),
                bad("weight missing", 0, c -> c.remove("weight"), "criteria[0].weight"),
                bad("weight zero", 0, c -> c.put("weight", 0), "criteria[0].weight"),
                bad("weight negative", 0, c -> c.put("weight", -5), "criteria[0].weight"),
                bad("weight above 100", 0, c -> c.put("weight", new BigDecimal("100.001")), "criteria[0].weight"),
                bad("weight with 4 decimals", 0, c -> c.put("weight", new BigDecimal("1.0005")), "criteria[0].weight"),
                bad("scale with one level", 1, c -> c.put("levels", List.of(level(0, "Нет", 0))), "criteria[1].levels"),
                bad("scale without levels", 1, c -> c.remove("levels"), "criteria[1].levels"),
                bad(
                        "scale with duplicate values",
                        1,
                        c -> c.put("levels", List.of(level(1, "А", 0), level(1, "Б", 1))),
                        "criteria[1].levels"),
                bad(
                        "scale giving no points",
                        1,
                        c -> c.put("levels", List.of(level(0, "А", 0), level(1, "Б", 0))),
                        "criteria[1].levels"),
                bad(
                        "level label blank",
                        1,
                        c -> c.put("levels", List.of(level(0, " ", 0), level(1, "Б", 1))),
                        "criteria[1].levels[0].label"),
                bad(
                        "level points negative",
                        1,
                        c -> c.put("levels", List.of(level(0, "А", -1), level(1, "Б", 1))),
                        "criteria[1].levels[0].points"),
                bad(
                        "level value negative",
                        1,
                        c -> c.put("levels", List.of(level(-1, "А", 0), level(1, "Б", 1))),
                        "criteria[1].levels[0].value"),
                bad(
                        "levels on a boolean",
                        0,
                        c -> c.put("levels", List.of(level(0, "А", 0), level(1, "Б", 1))),
                        "criteria[0].levels"),
                bad(
                        "thresholds on a scale",
                        1,
                        c -> c.put("thresholds", List.of(step(1, 1))),
                        "criteria[1].thresholds"),
                bad("numeric without thresholds", 2, c -> c.put("thresholds", List.of()), "criteria[2].thresholds"),
                bad("numeric without direction", 2, c -> c.remove("direction"), "criteria[2].direction"),
                bad("direction on a boolean", 0, c -> c.put("direction", "LOWER_IS_BETTER"), "criteria[0].direction"),
                bad("unit on a boolean", 0, c -> c.put("unit", "DAYS"), "criteria[0].unit"),
                bad("metric on a numeric", 2, c -> c.put("metric", "SHARE_UNANSWERED"), "criteria[2].metric"),
                bad("derived without metric", 3, c -> c.remove("metric"), "criteria[3].metric"),
                bad(
                        "higher-is-better bounds increasing",
                        2,
                        c -> c.put("thresholds", List.of(step(1, 1), step(3, 2))),
                        "criteria[2].thresholds"),
                bad(
                        "lower-is-better bounds decreasing",
                        3,
                        c -> c.put("thresholds", List.of(step(24, 2), step(8, 1))),
                        "criteria[3].thresholds"),
                bad(
                        "equal bounds",
                        3,
                        c -> c.put("thresholds", List.of(step(8, 2), step(8, 1))),
                        "criteria[3].thresholds"),
                bad(
                        "a worse threshold giving more points",
                        3,
                        c -> c.put("thresholds", List.of(step(8, 1), step(24, 2))),
                        "criteria[3].thresholds"),
                bad(
                        "first threshold giving nothing",
                        3,
                        c -> c.put("thresholds", List.of(step(8, 0))),
                        "criteria[3].thresholds"),
                bad(
                        "negative bound",
                        3,
                        c -> c.put("thresholds", List.of(Map.of("bound", -1, "points", 1))),
                        "criteria[3].thresholds[0].bound"),
                bad(
                        "direction contradicting the metric",
                        3,
                        c -> c.put("direction", "HIGHER_IS_BETTER"),
                        "criteria[3].direction"),
                bad(
                        "share above 100 percent",
                        3,
                        c -> {
                            c.put("metric", "SHARE_UNANSWERED");
                            c.put("thresholds", List.of(step(10, 2), step(150, 1)));
                        },
                        "criteria[3].thresholds"),
                bad("unknown platform", 0, c -> c.put("platforms", List.of("FACEBOOK")), "criteria[0].platforms[0]"),
                bad("unknown sector", 2, c -> c.put("sectors", List.of("MINING")), "criteria[2].sectors[0]"),
                bad(
                        "unknown kind",
                        2,
                        c -> c.put("organizationKinds", List.of("COMPANY")),
                        "criteria[2].organizationKinds[0]"),
                bad("unknown type", 0, c -> c.put("type", "TEXT"), "criteria[0].type"),
                bad("duplicate code", 3, c -> c.put("code", "PROFILE.PHONE"), "criteria[3].code"));
    }

    private static Arguments bad(String what, int index, Consumer<Map<String, Object>> change, String field) {
        return Arguments.of(what, index, change, field);
    }

    private static Map<String, Object> level(int value, String label, int points) {
        return Map.of("value", value, "label", label, "points", points);
    }

    private static Map<String, Object> step(int bound, int points) {
        return Map.of("bound", bound, "points", points);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCriteria")
    void aBadCriterionIs400NamingItsFieldAndNothingIsCreated(
            String what, int index, Consumer<Map<String, Object>> change, String field) {
        var criteria = fullCriteria();
        change.accept(criteria.get(index));
        String name = "Неверная методика " + unique();
        coordinator()
                .body(newSet(name, criteria))
                .post(SETS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        assertThat(draftsNamed(name)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCriteria")
    void aBadCriterionIs400OnUpdateAndTheDraftStaysAsItWas(
            String what, int index, Consumer<Map<String, Object>> change, String field) {
        JsonPath draft = create(fullCriteria());
        String id = draft.getString("id");
        var criteria = fullCriteria();
        change.accept(criteria.get(index));
        coordinator()
                .body(update(draft, criteria))
                .put(SETS + "/" + id)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem(field));
        JsonPath after = read(id);
        assertThat(after.getLong("version")).isZero();
        assertThat(after.getMap("$")).isEqualTo(draft.getMap("$"));
    }

    @Test
    void setLevelFieldsAre400() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", " ");
        body.put("description", "я".repeat(4001));
        coordinator()
                .body(body)
                .post(SETS)
                .then()
                .statusCode(400)
                .body("violations.field", contains("description", "name"));
        coordinator()
                .body(Map.of("name", "x", "criteria", List.of(), "colour", "red"))
                .post(SETS)
                .then()
                .statusCode(400)
                .body("violations.field", contains("colour"));
    }

    @Test
    void aMissingCriterionEntryIsNamed() {
        var criteria = new ArrayList<Object>(fullCriteria());
        criteria.add(1, null);
        Map<String, Object> body = new HashMap<>();
        String name = "Методика " + unique();
        body.put("name", name);
        body.put("criteria", criteria);
        coordinator().body(body).post(SETS).then().statusCode(400).body("violations.field", contains("criteria[1]"));
        assertThat(draftsNamed(name)).isZero();
    }

    @Test
    void violationMessagesAreRussianByDefaultAndEnglishOnRequest() {
        var criteria = fullCriteria();
        criteria.get(3).put("code", "PROFILE.PHONE");
        coordinator()
                .body(newSet("Методика " + unique(), criteria))
                .post(SETS)
                .then()
                .statusCode(400)
                .body("title", equalTo("Запрос содержит ошибки"))
                .body("violations[0].message", equalTo("Этот код уже есть у другого критерия методики"));
        coordinator()
                .header("Accept-Language", "en")
                .body(newSet("Methodology " + unique(), criteria))
                .post(SETS)
                .then()
                .statusCode(400)
                .body("title", equalTo("The request has errors"))
                .body("violations[0].field", equalTo("criteria[3].code"))
                .body("violations[0].message", equalTo("Another criterion of the set has this code"));
    }

    // ---- who may do what ----------------------------------------------------------------------------------------

    @Test
    void anonymousWritesAre401() {
        JsonPath draft = create(fullCriteria());
        String id = draft.getString("id");
        anonymous().body(newSet("x " + unique(), List.of())).post(SETS).then().statusCode(401);
        anonymous().body(update(draft, List.of())).put(SETS + "/" + id).then().statusCode(401);
        anonymous().delete(SETS + "/" + id).then().statusCode(401);
        anonymous()
                .body(Map.of("version", 0))
                .post(SETS + "/" + id + "/approve")
                .then()
                .statusCode(401);
        anonymous()
                .body(Map.of("version", 0))
                .post(SETS + "/" + id + "/retire")
                .then()
                .statusCode(401);
        anonymous()
                .post(SETS + "/" + approved().getString("id") + "/new-version")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        assertThat(read(id).getMap("$")).isEqualTo(draft.getMap("$"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    void otherRolesMayNotWrite(Role role) {
        JsonPath draft = create(fullCriteria());
        String id = draft.getString("id");
        String name = "Чужая методика " + unique();
        as(role).body(newSet(name, fullCriteria()))
                .post(SETS)
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        as(role).body(update(draft, List.of())).put(SETS + "/" + id).then().statusCode(403);
        as(role).delete(SETS + "/" + id).then().statusCode(403);
        as(role).body(Map.of("version", 0))
                .post(SETS + "/" + id + "/approve")
                .then()
                .statusCode(403);
        JsonPath approved = approved();
        as(role).body(Map.of("version", approved.getLong("version")))
                .post(SETS + "/" + approved.getString("id") + "/retire")
                .then()
                .statusCode(403);
        as(role).post(SETS + "/" + approved.getString("id") + "/new-version")
                .then()
                .statusCode(403);
        assertThat(draftsNamed(name)).isZero();
        assertThat(read(id).getMap("$")).isEqualTo(draft.getMap("$"));
        coordinator().get(SETS + "/" + approved.getString("id")).then().body("status", equalTo("APPROVED"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    void draftsDoNotExistForOtherRoles(Role role) {
        String id = create(fullCriteria()).getString("id");
        as(role).get(SETS + "/" + id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        as(role).queryParam("status", "DRAFT")
                .get(SETS)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0));
    }

    @Test
    void draftsAreVisibleToCoordinatorsAndAdministratorsOnly() {
        JsonPath draft = create(fullCriteria());
        String id = draft.getString("id");
        anonymous().get(SETS + "/" + id).then().statusCode(404);
        asAdmin().get(SETS + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        coordinator().get(SETS + "/" + id).then().statusCode(200).body("name", equalTo(draft.getString("name")));
        assertThat(draftsNamed(draft.getString("name"))).isEqualTo(1);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Test
    void anApprovedSetIsPublicWithAnETag() {
        JsonPath set = approved();
        String id = set.getString("id");
        var first = anonymous().get(SETS + "/" + id);
        first.then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", "public, max-age=60")
                .body("status", equalTo("APPROVED"))
                .body("criteria", org.hamcrest.Matchers.hasSize(4))
                .body("criteria[3].thresholds[0].bound", equalTo(8))
                .body("criteria[0].platforms", contains("VK", "OK"));
        anonymous()
                .header("If-None-Match", first.getHeader("ETag"))
                .get(SETS + "/" + id)
                .then()
                .statusCode(304);
        as(Role.LEARNER).get(SETS + "/" + id).then().statusCode(200).header("Cache-Control", "private, no-store");
    }

    @Test
    void theListShowsApprovedAndRetiredSetsToEveryoneAndDraftsToStaff() {
        String name = "Список " + unique();
        var body = newSet(name, fullCriteria());
        String draftId = coordinator()
                .body(body)
                .post(SETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath second = coordinator()
                .body(body)
                .post(SETS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        approve(second.getString("id"), second.getLong("version"));
        anonymous()
                .queryParam("size", 200)
                .get(SETS)
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(200));
        // every page: the sets other test classes approved ("Методика …" of each campaign fixture) sort before this
        // one by name, and there may be more than a page of them
        List<Object> publicIds = Pages.all(Api::anonymous, SETS).stream()
                .filter(item -> name.equals(item.get("name")))
                .map(item -> item.get("id"))
                .toList();
        assertThat(publicIds).containsExactly(second.getString("id"));
        anonymous()
                .queryParam("status", "APPROVED")
                .queryParam("size", 200)
                .get(SETS)
                .then()
                .statusCode(200)
                .body("items.status", not(hasItem("DRAFT")))
                .body("items.status", not(hasItem("RETIRED")));
        anonymous()
                .queryParam("status", "draft")
                .get(SETS)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        coordinator()
                .queryParam("status", "DRAFT")
                .queryParam("size", 200)
                .get(SETS)
                .then()
                .statusCode(200)
                .body("items.status", not(hasItem("APPROVED")));
        assertThat(draftsNamed(name)).isEqualTo(1);
        coordinator().get(SETS + "/" + draftId).then().body("criteriaCount", equalTo(4));
    }

    @Test
    void theListFindsSetsByPartOfTheName() {
        String word = unique();
        List<String> ids = new ArrayList<>();
        for (String name : List.of("Поиск " + word + " первая", "Поиск " + word + " вторая")) {
            JsonPath draft = coordinator()
                    .body(newSet(name, fullCriteria()))
                    .post(SETS)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            approve(draft.getString("id"), draft.getLong("version"));
            ids.add(draft.getString("id"));
        }
        // case and the surrounding spaces do not matter; the status filter still applies
        anonymous()
                .queryParam("q", "  " + word.toUpperCase(java.util.Locale.ROOT) + " первая ")
                .queryParam("status", "APPROVED")
                .get(SETS)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(ids.get(0)));
        anonymous()
                .queryParam("q", word)
                .get(SETS)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(ids.get(1), ids.get(0)));
        anonymous()
                .queryParam("q", word)
                .queryParam("status", "RETIRED")
                .get(SETS)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // wildcards are taken literally
        for (String literal : List.of("Поиск_" + word, "Поиск %" + word, word.substring(0, 4) + "%")) {
            anonymous()
                    .queryParam("q", literal)
                    .get(SETS)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(ids.get(0))));
        }
    }

    @Test
    void badListParametersAre400() {
        anonymous()
                .queryParam("status", "PUBLISHED")
                .get(SETS)
                .then()
                .statusCode(400)
                .body("violations.field", contains("status"));
        anonymous().queryParam("size", 0).get(SETS).then().statusCode(400).body("violations.field", contains("size"));
        anonymous()
                .queryParam("q", "x".repeat(201))
                .get(SETS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("q"));
    }

    @Test
    void unknownSetsAre404() {
        String id = UUID.randomUUID().toString();
        coordinator().get(SETS + "/" + id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        coordinator()
                .body(Map.of("name", "x", "version", 0))
                .put(SETS + "/" + id)
                .then()
                .statusCode(404);
        coordinator().queryParam("version", 0).delete(SETS + "/" + id).then().statusCode(404);
        coordinator()
                .body(Map.of("version", 0))
                .post(SETS + "/" + id + "/approve")
                .then()
                .statusCode(404);
        coordinator()
                .body(Map.of("version", 0))
                .post(SETS + "/" + id + "/retire")
                .then()
                .statusCode(404);
        coordinator().post(SETS + "/" + id + "/new-version").then().statusCode(404);
        anonymous().get(SETS + "/not-a-uuid").then().statusCode(404);
    }

    // ---- editing a draft ----------------------------------------------------------------------------------------

    @Test
    void updateReplacesTheDraftAndKeepsTheIdsOfCriteriaWhoseCodeStays() {
        JsonPath draft = create(fullCriteria());
        String id = draft.getString("id");
        String phoneId = draft.getString("criteria[0].id");
        String qualityId = draft.getString("criteria[1].id");
        String postsId = draft.getString("criteria[2].id");
        var criteria = fullCriteria();
        // swap the first two, drop the median, add a new one, change a weight
        var phone = criteria.get(0);
        var quality = criteria.get(1);
        criteria.set(0, quality);
        criteria.set(1, phone);
        criteria.remove(3);
        quality.put("weight", new BigDecimal("12.5"));
        var share = criterion("FEEDBACK.SHARE_24H", "DERIVED", "47.5");
        share.put("metric", "SHARE_ANSWERED_24H");
        share.put("direction", "HIGHER_IS_BETTER");
        share.put("thresholds", List.of(step(90, 2), step(50, 1)));
        criteria.add(share);
        Map<String, Object> body = update(draft, criteria);
        body.put("name", "Новое имя " + unique());
        body.put("description", "Новое описание");
        coordinator()
                .body(body)
                .put(SETS + "/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("name", equalTo(body.get("name")))
                .body("description", equalTo("Новое описание"))
                .body(
                        "criteria.code",
                        contains("FEEDBACK.QUALITY", "PROFILE.PHONE", "ACTIVITY.POSTS_PER_WEEK", "FEEDBACK.SHARE_24H"))
                .body("criteria.position", contains(1, 2, 3, 4))
                .body("criteria[0].id", equalTo(qualityId))
                .body("criteria[1].id", equalTo(phoneId))
                .body("criteria[2].id", equalTo(postsId))
                .body("criteria[3].id", not(equalTo(draft.getString("criteria[3].id"))))
                .body("criteria[3].unit", equalTo("PERCENT"))
                .body("criteria[0].weight", comparesEqualTo(new BigDecimal("12.5")))
                .body("totalWeight", comparesEqualTo(new BigDecimal("100")));
        assertThat(auditActions(id)).containsExactly("update", "create");
    }

    @Test
    void anUnchangedUpdateKeepsTheVersion() {
        JsonPath draft = create(fullCriteria());
        String id = draft.getString("id");
        var criteria = fullCriteria();
        criteria.get(0).put("weight", new BigDecimal("10.000"));
        criteria.get(0).put("platforms", List.of("OK", "VK"));
        coordinator()
                .body(update(draft, criteria))
                .put(SETS + "/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(0));
        assertThat(auditActions(id)).containsExactly("create");
    }

    @Test
    void aStaleVersionIs409AndChangesNothing() {
        JsonPath draft = create(fullCriteria());
        String id = draft.getString("id");
        Map<String, Object> first = update(draft, fullCriteria());
        first.put("name", "Первая правка " + unique());
        coordinator().body(first).put(SETS + "/" + id).then().statusCode(200).body("version", equalTo(1));
        Map<String, Object> second = update(draft, List.of());
        second.put("name", "Вторая правка");
        coordinator()
                .body(second)
                .put(SETS + "/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/stale-version"));
        coordinator()
                .get(SETS + "/" + id)
                .then()
                .body("name", equalTo(first.get("name")))
                .body("criteriaCount", equalTo(4));
        coordinator()
                .body(Map.of("version", 0))
                .post(SETS + "/" + id + "/approve")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        coordinator()
                .queryParam("version", 0)
                .delete(SETS + "/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        coordinator().get(SETS + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void updateNeedsTheVersion() {
        JsonPath draft = create(fullCriteria());
        Map<String, Object> body = update(draft, fullCriteria());
        body.remove("version");
        coordinator()
                .body(body)
                .put(SETS + "/" + draft.getString("id"))
                .then()
                .statusCode(400)
                .body("violations.field", contains("version"));
    }

    @Test
    void anApprovedOrRetiredSetIsImmutable() {
        JsonPath set = approved();
        String id = set.getString("id");
        Map<String, Object> body = update(set, fullCriteria());
        body.put("name", "Попытка правки");
        coordinator()
                .body(body)
                .put(SETS + "/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/criteria-set-immutable"))
                .body("recordStatus", equalTo("APPROVED"))
                .body("detail", containsString(set.getString("name")));
        coordinator()
                .header("Accept-Language", "en-GB,en;q=0.9")
                .body(body)
                .put(SETS + "/" + id)
                .then()
                .statusCode(409)
                .body("title", equalTo("The criteria set cannot be changed"))
                .body("detail", containsString("is approved"));
        coordinator()
                .queryParam("version", set.getLong("version"))
                .delete(SETS + "/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/criteria-set-immutable"));
        JsonPath retired = coordinator()
                .body(Map.of("version", set.getLong("version")))
                .post(SETS + "/" + id + "/retire")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        body.put("version", retired.getLong("version"));
        coordinator()
                .body(body)
                .put(SETS + "/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/criteria-set-immutable"))
                .body("status", equalTo(409))
                .body("recordStatus", equalTo("RETIRED"));
        anonymous()
                .get(SETS + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(set.getString("name")))
                .body("criteriaCount", equalTo(4));
    }

    @Test
    void deleteRemovesADraft() {
        JsonPath draft = create(fullCriteria());
        String id = draft.getString("id");
        coordinator().queryParam("version", 0).delete(SETS + "/" + id).then().statusCode(204);
        coordinator().get(SETS + "/" + id).then().statusCode(404);
        assertThat(draftsNamed(draft.getString("name"))).isZero();
        assertThat(auditActions(id)).containsExactly("delete", "create");
        asAdmin()
                .queryParam("version", 0)
                .delete(SETS + "/" + create(List.of()).getString("id"))
                .then()
                .statusCode(204);
        coordinator()
                .delete(SETS + "/" + create(List.of()).getString("id"))
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("version"));
    }

    // ---- approve and retire -------------------------------------------------------------------------------------

    @Test
    void approvalRecordsWhenAndWhoAndMakesTheSetPublic() {
        String email = "methodologist-" + unique() + "@bridge.test";
        Api.createUser(email, List.of(Role.COORDINATOR), null);
        String token = Api.login(email, Api.PASSWORD);
        String fullName = anonymous()
                .header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .extract()
                .path("fullName");
        JsonPath draft = create(fullCriteria());
        String id = draft.getString("id");
        anonymous()
                .header("Authorization", "Bearer " + token)
                .body(Map.of("version", 0))
                .post(SETS + "/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("version", equalTo(1))
                .body("approvedAt", notNullValue())
                .body("approvedBy", equalTo(fullName))
                .body("criteria", org.hamcrest.Matchers.hasSize(4));
        anonymous().get(SETS + "/" + id).then().statusCode(200).body("approvedBy", equalTo(fullName));
        coordinator()
                .body(Map.of("version", 1))
                .post(SETS + "/" + id + "/approve")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/criteria-set-status"));
        assertThat(auditActions(id)).containsExactly("approve", "create");
    }

    @Test
    void approvalNeedsWeightsSummingToExactlyHundred() {
        var criteria = fullCriteria();
        criteria.get(3).put("weight", new BigDecimal("39.5"));
        JsonPath draft = create(criteria);
        String id = draft.getString("id");
        coordinator()
                .body(Map.of("version", 0))
                .post(SETS + "/" + id + "/approve")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/criteria-set-weights"))
                .body("totalWeight", comparesEqualTo(new BigDecimal("99.5")))
                .body("detail", containsString("99.5"));
        coordinator()
                .get(SETS + "/" + id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(0));
        var over = fullCriteria();
        over.get(0).put("weight", new BigDecimal("10.001"));
        JsonPath heavy = create(over);
        coordinator()
                .body(Map.of("version", 0))
                .post(SETS + "/" + heavy.getString("id") + "/approve")
                .then()
                .statusCode(422)
                .body("totalWeight", comparesEqualTo(new BigDecimal("100.001")));
        assertThat(auditActions(id)).containsExactly("create");
    }

    @Test
    void anEmptySetCannotBeApproved() {
        JsonPath empty = create(List.of());
        coordinator()
                .header("Accept-Language", "en")
                .body(Map.of("version", 0))
                .post(SETS + "/" + empty.getString("id") + "/approve")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/criteria-set-weights"))
                .body("title", equalTo("The weights do not sum to 100"))
                .body("totalWeight", comparesEqualTo(BigDecimal.ZERO))
                .body("criteriaCount", equalTo(0));
    }

    @Test
    void approveAndRetireNeedAVersion() {
        String id = create(fullCriteria()).getString("id");
        coordinator()
                .body(Map.of())
                .post(SETS + "/" + id + "/approve")
                .then()
                .statusCode(400)
                .body("violations.field", contains("version"));
        coordinator().post(SETS + "/" + id + "/retire").then().statusCode(400);
        coordinator().get(SETS + "/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void retireTakesAnApprovedSetOutOfUse() {
        JsonPath set = approved();
        String id = set.getString("id");
        coordinator()
                .body(Map.of("version", set.getLong("version") + 5))
                .post(SETS + "/" + id + "/retire")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        coordinator()
                .body(Map.of("version", set.getLong("version")))
                .post(SETS + "/" + id + "/retire")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETIRED"))
                .body("retiredAt", notNullValue())
                .body("approvedAt", equalTo(set.getString("approvedAt")));
        assertThat(Pages.all(() -> anonymous().queryParam("status", "RETIRED"), SETS))
                .as("on some page of the retired sets")
                .anySatisfy(item -> assertThat(item.get("id")).isEqualTo(id));
        coordinator()
                .body(Map.of("version", set.getLong("version") + 1))
                .post(SETS + "/" + id + "/retire")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/criteria-set-status"));
        JsonPath draft = create(fullCriteria());
        coordinator()
                .body(Map.of("version", 0))
                .post(SETS + "/" + draft.getString("id") + "/retire")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/criteria-set-status"))
                .body("recordStatus", equalTo("DRAFT"));
        assertThat(auditActions(id)).containsExactly("retire", "approve", "create");
    }

    // ---- new versions -------------------------------------------------------------------------------------------

    @Test
    void aNewVersionClonesTheSetIntoTheNextEditionsDraft() {
        JsonPath source = approved();
        String sourceId = source.getString("id");
        var response = coordinator()
                .post(SETS + "/" + sourceId + "/new-version")
                .then()
                .statusCode(201)
                .header("Location", containsString(SETS + "/"))
                .extract();
        JsonPath copy = read(response.path("id"));
        JsonPath original = read(sourceId);
        assertThat(response.header("Location")).endsWith(copy.getString("id"));
        assertThat(copy.getString("status")).isEqualTo("DRAFT");
        assertThat(copy.getInt("edition")).isEqualTo(2);
        assertThat(copy.getString("basedOnId")).isEqualTo(sourceId);
        assertThat(copy.getString("familyId")).isEqualTo(original.getString("familyId"));
        assertThat(copy.getString("name")).isEqualTo(original.getString("name"));
        assertThat(copy.getString("description")).isEqualTo(original.getString("description"));
        assertThat(copy.getString("approvedAt")).isNull();
        assertThat(copy.getLong("version")).isZero();
        assertThat((Object) copy.get("totalWeight")).isEqualTo(original.get("totalWeight"));
        List<Map<String, Object>> copied = copy.getList("criteria");
        List<Map<String, Object>> originals = original.getList("criteria");
        assertThat(copied).hasSize(originals.size());
        for (int i = 0; i < originals.size(); i++) {
            Map<String, Object> a = new HashMap<>(copied.get(i));
            Map<String, Object> b = new HashMap<>(originals.get(i));
            assertThat(a.remove("id")).isNotEqualTo(b.remove("id"));
            assertThat(a).isEqualTo(b);
        }
        assertThat(auditActions(copy.getString("id"))).containsExactly("new-version");
        // the source itself is untouched
        assertThat(original.getString("status")).isEqualTo("APPROVED");
        assertThat(original.getLong("version")).isEqualTo(source.getLong("version"));
    }

    @Test
    void aFamilyHasOneDraftAtATimeAndEditionsCount() {
        JsonPath first = approved();
        String firstId = first.getString("id");
        JsonPath second = coordinator()
                .post(SETS + "/" + firstId + "/new-version")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        coordinator()
                .post(SETS + "/" + firstId + "/new-version")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/criteria-set-draft-exists"))
                .body("draftId", equalTo(second.getString("id")));
        coordinator()
                .post(SETS + "/" + second.getString("id") + "/new-version")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/criteria-set-status"));
        approve(second.getString("id"), second.getLong("version"));
        // versioning the older edition again gives edition 3, not 2
        coordinator()
                .post(SETS + "/" + firstId + "/new-version")
                .then()
                .statusCode(201)
                .body("edition", equalTo(3))
                .body("basedOnId", equalTo(firstId))
                .body("familyId", equalTo(first.getString("familyId")));
    }

    @Test
    void aRetiredSetCanBeVersioned() {
        JsonPath set = approved();
        String id = set.getString("id");
        coordinator()
                .body(Map.of("version", set.getLong("version")))
                .post(SETS + "/" + id + "/retire")
                .then()
                .statusCode(200);
        asAdmin()
                .post(SETS + "/" + id + "/new-version")
                .then()
                .statusCode(201)
                .body("edition", equalTo(2))
                .body("status", equalTo("DRAFT"));
    }
}
