package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;

@QuarkusTest
public class EvaluationResourceTest {
    @Inject
    EvaluationTestData data;

    public static Map<String, Object> answer(UUID criterion, Object value) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("criterionId", criterion);
        answer.put("value", value);
        return answer;
    }

    public static Map<String, Object> answers(long version, List<Map<String, Object>> answers) {
        return Map.of("version", version, "answers", answers);
    }

    /** A save-answers body filling the four criteria an expert answers for {@code s}'s organization. */
    public static Map<String, Object> answers(
            long version, Scenario s, Object phone, Object quality, Object posts, Object meals) {
        return answers(
                version,
                List.of(
                        answer(s.criterion("B.PHONE"), phone),
                        answer(s.criterion("S.QUALITY"), quality),
                        answer(s.criterion("N.POSTS"), posts),
                        answer(s.criterion("E.MEALS"), meals)));
    }

    static JsonPath read(Person who, UUID evaluation) {
        return who.api()
                .get("/api/v1/evaluations/" + evaluation)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public static JsonPath coordinatorRead(UUID evaluation) {
        return as(Role.COORDINATOR)
                .get("/api/v1/evaluations/" + evaluation)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static long version(UUID evaluation) {
        return coordinatorRead(evaluation).getLong("version");
    }

    /** Fills every applicable criterion so that the evaluation can be submitted. */
    public static void fillAll(Scenario s, Person expert, UUID evaluation) {
        expert.api()
                .body(answers(version(evaluation), s, 1, 2, 4, 1))
                .put("/api/v1/evaluations/" + evaluation + "/answers")
                .then()
                .statusCode(200);
    }

    @Test
    void theExpertSeesEveryCriterionWithItsApplicabilityAndScale() {
        Scenario s = data.scenario("EVALUATION", false);
        JsonPath json = read(s.expert(), s.primary());
        assertThat(json.getString("status")).isEqualTo("DRAFT");
        assertThat(json.getString("role")).isEqualTo("PRIMARY");
        assertThat(json.getString("campaign.stage")).isEqualTo("EVALUATION");
        assertThat(json.getString("campaign.criteriaSetId"))
                .isEqualTo(s.criteriaSet().toString());
        assertThat(json.getString("account.id")).isEqualTo(s.account().toString());
        assertThat(json.getString("account.platform")).isEqualTo("VK");
        assertThat(json.getString("organization.sector")).isEqualTo("EDUCATION");
        assertThat(json.getString("municipality.id")).isEqualTo(EvaluationTestData.BALAKOVO);
        assertThat(json.getString("expert.id")).isEqualTo(s.expert().id().toString());
        assertThat(json.getList("answers.code"))
                .containsExactly("B.PHONE", "S.QUALITY", "N.POSTS", "D.MEDIAN", "D.SHARE24", "C.PLAYBILL", "E.MEALS");
        assertThat(json.getBoolean("answers.find { it.code == 'C.PLAYBILL' }.applicable"))
                .isFalse();
        assertThat(json.getBoolean("answers.find { it.code == 'C.PLAYBILL' }.notApplicable"))
                .isTrue();
        assertThat(json.getBoolean("answers.find { it.code == 'E.MEALS' }.applicable"))
                .isTrue();
        assertThat(json.getBoolean("answers.find { it.code == 'D.MEDIAN' }.notApplicable"))
                .isTrue();
        assertThat(json.getString("answers.find { it.code == 'D.MEDIAN' }.metric"))
                .isEqualTo("MEDIAN_ANSWER_HOURS");
        assertThat(json.getString("answers.find { it.code == 'N.POSTS' }.unit")).isEqualTo("POSTS_PER_WEEK");
        assertThat(json.getString("answers.find { it.code == 'N.POSTS' }.direction"))
                .isEqualTo("HIGHER_IS_BETTER");
        assertThat(json.getList("answers.find { it.code == 'S.QUALITY' }.levels.label"))
                .containsExactly("Формально", "Частично", "По существу");
        assertThat(json.getString("answers.find { it.code == 'B.PHONE' }.guidance"))
                .isEqualTo("Как проверить B.PHONE");
        assertThat(json.getInt("completeness.applicable")).isEqualTo(4);
        assertThat(json.getInt("completeness.filled")).isZero();
        assertThat(json.getInt("answerTimes.questions")).isZero();
        assertThat(json.getString("index")).isNull();
        as(Role.COORDINATOR)
                .get("/api/v1/evaluations/" + s.primary())
                .then()
                .statusCode(200)
                .body("expert.id", equalTo(s.expert().id().toString()));
    }

    @Test
    void readingIsLimitedToWhoMaySeeIt() {
        Scenario s = data.scenario("EVALUATION", true);
        String path = "/api/v1/evaluations/" + s.primary();
        anonymous().get(path).then().statusCode(404).contentType("application/problem+json");
        data.person(Role.EXPERT, null)
                .api()
                .get(path)
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/evaluation-forbidden"));
        // the blind SECOND expert never sees the PRIMARY, nor the PRIMARY expert the SECOND
        s.secondExpert().api().get(path).then().statusCode(403);
        s.expert().api().get("/api/v1/evaluations/" + s.second()).then().statusCode(403);
        Person member = data.person(Role.REPRESENTATIVE, s.organization());
        member.api().get(path).then().statusCode(403);
        data.replyWindow(s.campaign(), java.time.OffsetDateTime.now().plusDays(3));
        member.api()
                .get(path)
                .then()
                .statusCode(200)
                .body("expert", nullValue())
                .body("reviewComment", nullValue());
        member.api().get("/api/v1/evaluations/" + s.second()).then().statusCode(403);
        Person stranger = data.person(Role.REPRESENTATIVE, data.organization("EDUCATION"));
        stranger.api().get(path).then().statusCode(403);
        as(Role.COORDINATOR)
                .get("/api/v1/evaluations/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void autosaveScoresTheListedCriteriaAndPrefillsRecommendationsBelowTheMaximum() {
        Scenario s = data.scenario("EVALUATION", false);
        Map<String, Object> phone = answer(s.criterion("B.PHONE"), 0);
        phone.put("evidenceUrl", "https://vk.com/wall-1_2");
        phone.put("evidenceNote", "Телефона нет в профиле");
        JsonPath json = s.expert()
                .api()
                .body(answers(0, List.of(phone, answer(s.criterion("S.QUALITY"), 2))))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .extract()
                .jsonPath();
        assertThat(json.getFloat("answers.find { it.code == 'B.PHONE' }.points"))
                .isZero();
        assertThat(json.getString("answers.find { it.code == 'B.PHONE' }.recommendation"))
                .isEqualTo("Как исправить B.PHONE");
        assertThat(json.getString("answers.find { it.code == 'B.PHONE' }.evidenceUrl"))
                .isEqualTo("https://vk.com/wall-1_2");
        assertThat(json.getFloat("answers.find { it.code == 'S.QUALITY' }.points"))
                .isEqualTo(2f);
        assertThat(json.getString("answers.find { it.code == 'S.QUALITY' }.recommendation"))
                .isNull();
        // (0·20/1 + 2·20/2) / 40 · 100
        assertThat(json.getString("index")).isEqualTo("50.0");
        assertThat(json.getInt("completeness.filled")).isEqualTo(2);
        // the audit entry of the save: who, which request, the index before and after and the changed criteria
        assertThat(data.count(
                        "select count(*) from audit_log where entity_type = 'evaluation' and entity_id = ?"
                                + " and action = 'answers' and actor_id = ? and actor_email is not null"
                                + " and request_id is not null and at > now() - interval '10 minutes'"
                                + " and summary = cast(? as jsonb)",
                        s.primary().toString(),
                        s.expert().id(),
                        "{\"before\": {\"index\": null, \"criteria\": []},"
                                + " \"after\": {\"index\": 50.0, \"criteria\": [\"B.PHONE\", \"S.QUALITY\"]}}"))
                .isEqualTo(1);
        // only the listed criteria change; an edited recommendation stays
        Map<String, Object> edited = answer(s.criterion("B.PHONE"), 0);
        edited.put("recommendation", "Добавьте телефон приёмной");
        json = s.expert()
                .api()
                .body(answers(1, List.of(edited)))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("answers.find { it.code == 'B.PHONE' }.recommendation"))
                .isEqualTo("Добавьте телефон приёмной");
        assertThat(json.getString("answers.find { it.code == 'B.PHONE' }.evidenceUrl"))
                .isNull();
        assertThat(json.getFloat("answers.find { it.code == 'S.QUALITY' }.value"))
                .isEqualTo(2f);
        assertThat(data.count("select count(*) from evaluation where id = ? and started_at is not null", s.primary()))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from evaluation_answer where evaluation_id = ?", s.primary()))
                .isEqualTo(7);
        assertThat(data.count(
                        "select count(*) from audit_log where entity_id = ?",
                        s.primary().toString()))
                .isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
        "B.PHONE, 2, value, B.PHONE",
        "B.PHONE, 0.5, value, B.PHONE",
        "S.QUALITY, 3, value, S.QUALITY",
        "N.POSTS, -1, value, N.POSTS",
        "N.POSTS, 0.0001, value, N.POSTS",
        "D.MEDIAN, 5, value, D.MEDIAN",
        "C.PLAYBILL, 1, value, C.PLAYBILL"
    })
    void aValueTheCriterionDoesNotAllowIs400NamingTheCriterionAndNothingIsWritten(
            String code, String value, String field, String named) {
        Scenario s = data.scenario("EVALUATION", false);
        String before = coordinatorRead(s.primary()).prettify();
        s.expert()
                .api()
                .body(answers(
                        0,
                        List.of(
                                answer(s.criterion("E.MEALS"), 1),
                                answer(s.criterion(code), new java.math.BigDecimal(value)))))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("answers[1]." + field))
                .body("violations[0].message", containsString(named));
        assertThat(coordinatorRead(s.primary()).prettify()).isEqualTo(before);
        assertThat(data.count("select count(*) from evaluation_answer where evaluation_id = ?", s.primary()))
                .isZero();
    }

    @Test
    void englishMessagesNameTheCriterionToo() {
        Scenario s = data.scenario("EVALUATION", false);
        s.expert()
                .api()
                .header("Accept-Language", "en")
                .body(answers(0, List.of(answer(s.criterion("S.QUALITY"), 7))))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(400)
                .body("title", equalTo("The request has errors"))
                .body(
                        "violations[0].message",
                        equalTo("Criterion S.QUALITY: only the level values 0, 1, 2 are allowed"));
    }

    @Test
    void evidenceNaReasonUnknownAndDuplicateCriteriaAreFieldErrors() {
        Scenario s = data.scenario("EVALUATION", false);
        Map<String, Object> badUrl = answer(s.criterion("B.PHONE"), 1);
        badUrl.put("evidenceUrl", "ftp://example.org/x");
        Map<String, Object> noReason = answer(s.criterion("N.POSTS"), null);
        noReason.put("notApplicable", true);
        Map<String, Object> derivedNa = answer(s.criterion("D.SHARE24"), null);
        derivedNa.put("notApplicable", true);
        derivedNa.put("naReason", "нет вопросов");
        s.expert()
                .api()
                .body(answers(
                        0,
                        List.of(
                                badUrl,
                                noReason,
                                answer(UUID.randomUUID(), 1),
                                answer(s.criterion("S.QUALITY"), 1),
                                answer(s.criterion("S.QUALITY"), 2),
                                derivedNa)))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItems(
                                "answers[0].evidenceUrl",
                                "answers[1].naReason",
                                "answers[2].criterionId",
                                "answers[4].criterionId",
                                "answers[5].notApplicable"));
        Map<String, Object> spaces = answer(s.criterion("B.PHONE"), 1);
        spaces.put("evidenceUrl", "https://");
        s.expert()
                .api()
                .body(answers(0, List.of(spaces)))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answers[0].evidenceUrl"));
        s.expert()
                .api()
                .body(Map.of("answers", List.of()))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("version"));
        assertThat(version(s.primary())).isZero();
        assertThat(data.count("select count(*) from evaluation_answer where evaluation_id = ?", s.primary()))
                .isZero();
    }

    @Test
    void aReasonedNotApplicableLeavesTheDenominator() {
        Scenario s = data.scenario("EVALUATION", false);
        Map<String, Object> na = answer(s.criterion("N.POSTS"), 3);
        na.put("notApplicable", true);
        na.put("naReason", "Аккаунт создан на этой неделе");
        JsonPath json = s.expert()
                .api()
                .body(answers(0, List.of(na, answer(s.criterion("B.PHONE"), 1))))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("answers.find { it.code == 'N.POSTS' }.notApplicable"))
                .isTrue();
        assertThat(json.getString("answers.find { it.code == 'N.POSTS' }.naReason"))
                .isEqualTo("Аккаунт создан на этой неделе");
        assertThat(json.getString("answers.find { it.code == 'N.POSTS' }.value"))
                .isNull();
        assertThat(json.getString("index")).isEqualTo("100.0");
    }

    @Test
    void onlyTheAssignedExpertSavesAndAStaleVersionIs409() {
        Scenario s = data.scenario("EVALUATION", false);
        String path = "/api/v1/evaluations/" + s.primary() + "/answers";
        var body = answers(0, List.of(answer(s.criterion("B.PHONE"), 1)));
        anonymous().body(body).put(path).then().statusCode(401);
        data.person(Role.EXPERT, null).api().body(body).put(path).then().statusCode(403);
        as(Role.COORDINATOR).body(body).put(path).then().statusCode(403);
        as(Role.LEARNER).body(body).put(path).then().statusCode(403);
        s.expert().api().body(body).put(path).then().statusCode(200);
        s.expert()
                .api()
                .body(answers(0, List.of(answer(s.criterion("B.PHONE"), 0))))
                .put(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        JsonPath after = coordinatorRead(s.primary());
        assertThat(after.getLong("version")).isEqualTo(1);
        assertThat(after.getFloat("answers.find { it.code == 'B.PHONE' }.value"))
                .isEqualTo(1f);
        as(Role.COORDINATOR)
                .body(body)
                .put("/api/v1/evaluations/" + UUID.randomUUID() + "/answers")
                .then()
                .statusCode(404);
    }

    @Test
    void answersAreLockedOnceSubmittedOrWhenTheCampaignIsInReply() {
        Scenario s = data.scenario("EVALUATION", false);
        fillAll(s, s.expert(), s.primary());
        s.expert()
                .api()
                .body(Map.of("version", 1))
                .post("/api/v1/evaluations/" + s.primary() + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        s.expert()
                .api()
                .body(answers(2, List.of(answer(s.criterion("B.PHONE"), 0))))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/evaluation-locked"))
                .body("recordStatus", equalTo("SUBMITTED"));
        Scenario reply = data.scenario("REPLY", false);
        reply.expert()
                .api()
                .body(answers(0, List.of(answer(reply.criterion("B.PHONE"), 0))))
                .put("/api/v1/evaluations/" + reply.primary() + "/answers")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/evaluation-locked"))
                .body("stage", equalTo("REPLY"));
        assertThat(coordinatorRead(s.primary()).getFloat("answers.find { it.code == 'B.PHONE' }.value"))
                .isEqualTo(1f);
        assertThat(data.count("select count(*) from evaluation_answer where evaluation_id = ?", reply.primary()))
                .isZero();
    }

    @Test
    void submittingAnIncompleteEvaluationIs422WithOneViolationPerMissingCriterion() {
        Scenario s = data.scenario("EVALUATION", false);
        s.expert()
                .api()
                .body(answers(0, List.of(answer(s.criterion("B.PHONE"), 1))))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(200);
        s.expert()
                .api()
                .body(Map.of("version", 1))
                .post("/api/v1/evaluations/" + s.primary() + "/submit")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/evaluation-incomplete"))
                .body(
                        "violations.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "answers.S.QUALITY", "answers.N.POSTS", "answers.E.MEALS"))
                .body("missing", equalTo(3));
        JsonPath after = coordinatorRead(s.primary());
        assertThat(after.getString("status")).isEqualTo("DRAFT");
        assertThat(after.getLong("version")).isEqualTo(1);
    }

    @Test
    void aBelowMaximumCriterionWithoutRecommendationBlocksSubmission() {
        Scenario s = data.scenario("EVALUATION", false);
        data.update("update criterion set recommendation = '' where id = ?", s.criterion("B.PHONE"));
        s.expert()
                .api()
                .body(answers(0, s, 0, 2, 4, 1))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(200)
                .body("answers.find { it.code == 'B.PHONE' }.recommendation", nullValue());
        s.expert()
                .api()
                .body(Map.of("version", 1))
                .post("/api/v1/evaluations/" + s.primary() + "/submit")
                .then()
                .statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.contains("answers.B.PHONE.recommendation"));
    }

    @Test
    void theReviewCycleSubmitReturnResubmitApprove() {
        Scenario s = data.scenario("EVALUATION", false);
        String base = "/api/v1/evaluations/" + s.primary();
        as(Role.COORDINATOR)
                .body(Map.of("version", 0))
                .post(base + "/approve")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/evaluation-illegal-transition"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 0, "comment", "Нет доказательств"))
                .post(base + "/return")
                .then()
                .statusCode(409);
        fillAll(s, s.expert(), s.primary());
        as(Role.COORDINATOR)
                .body(Map.of("version", 1))
                .post(base + "/submit")
                .then()
                .statusCode(403);
        data.person(Role.EXPERT, null)
                .api()
                .body(Map.of("version", 1))
                .post(base + "/submit")
                .then()
                .statusCode(403);
        s.expert()
                .api()
                .body(Map.of("version", 0))
                .post(base + "/submit")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        s.expert()
                .api()
                .body(Map.of("version", 1))
                .post(base + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue())
                .body("version", equalTo(2));
        s.expert()
                .api()
                .body(Map.of("version", 2))
                .post(base + "/submit")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/evaluation-illegal-transition"));
        s.expert()
                .api()
                .body(Map.of("version", 2))
                .post(base + "/approve")
                .then()
                .statusCode(403);
        as(Role.COORDINATOR)
                .body(Map.of("version", 2, "comment", " "))
                .post(base + "/return")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("comment"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 2))
                .post(base + "/return")
                .then()
                .statusCode(400);
        assertThat(coordinatorRead(s.primary()).getString("status")).isEqualTo("SUBMITTED");
        as(Role.COORDINATOR)
                .body(Map.of("version", 2, "comment", "Приложите ссылку на пост"))
                .post(base + "/return")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("reviewComment", equalTo("Приложите ссылку на пост"));
        s.expert().api().get(base).then().body("reviewComment", equalTo("Приложите ссылку на пост"));
        Map<String, Object> withEvidence = answer(s.criterion("B.PHONE"), 1);
        withEvidence.put("evidenceUrl", "https://vk.com/club1?w=wall-1_5");
        s.expert()
                .api()
                .body(answers(3, List.of(withEvidence)))
                .put(base + "/answers")
                .then()
                .statusCode(200);
        s.expert()
                .api()
                .body(Map.of("version", 4))
                .post(base + "/submit")
                .then()
                .statusCode(200);
        anonymous().body(Map.of("version", 5)).post(base + "/approve").then().statusCode(401);
        as(Role.COORDINATOR)
                .body(Map.of("version", 4))
                .post(base + "/approve")
                .then()
                .statusCode(409);
        as(Role.COORDINATOR)
                .body(Map.of("version", 5))
                .post(base + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedAt", notNullValue());
        as(Role.COORDINATOR)
                .body(Map.of("version", 6))
                .post(base + "/approve")
                .then()
                .statusCode(409);
        JsonPath history = s.expert()
                .api()
                .get(base + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("events.action")).containsExactly("submitted", "returned", "submitted", "approved");
        assertThat(history.getString("events[1].reason")).isEqualTo("Приложите ссылку на пост");
        assertThat(history.getString("events[1].actorName")).isNotBlank();
        s.expert()
                .api()
                .body(answers(6, List.of(withEvidence)))
                .put(base + "/answers")
                .then()
                .statusCode(409);
    }

    @Test
    void reviewStepsNeedTheEvaluationOrReviewStage() {
        Scenario s = data.scenario("EVALUATION", false);
        String base = "/api/v1/evaluations/" + s.primary();
        fillAll(s, s.expert(), s.primary());
        s.expert()
                .api()
                .body(Map.of("version", 1))
                .post(base + "/submit")
                .then()
                .statusCode(200);
        data.stage(s.campaign(), "FINAL");
        as(Role.COORDINATOR)
                .body(Map.of("version", 2))
                .post(base + "/approve")
                .then()
                .statusCode(409)
                .body("stage", equalTo("FINAL"));
        data.stage(s.campaign(), "REVIEW");
        as(Role.COORDINATOR)
                .body(Map.of("version", 2))
                .post(base + "/approve")
                .then()
                .statusCode(200);
    }

    @Test
    void theListShowsOthersOnlyPublishedPrimaryEvaluations() {
        Scenario s = data.scenario("EVALUATION", true);
        fillAll(s, s.expert(), s.primary());
        data.publish(s.campaign(), s.primary());
        anonymous()
                .queryParam("account", s.account().toString())
                .get("/api/v1/evaluations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(s.primary().toString()))
                .body("items[0].status", equalTo("PUBLISHED"))
                .body("items[0].index", equalTo(100.0f))
                .body("items[0].revision", equalTo(1))
                .body("items[0].campaign.period", equalTo("2023-Q1"))
                .body("items[0].organization.id", equalTo(s.organization().toString()));
        s.secondExpert()
                .api()
                .queryParam("account", s.account().toString())
                .get("/api/v1/evaluations")
                .then()
                .body("total", equalTo(1));
        as(Role.COORDINATOR)
                .queryParam("account", s.account().toString())
                .get("/api/v1/evaluations")
                .then()
                .body("total", equalTo(2));
        as(Role.COORDINATOR)
                .queryParam("campaign", s.campaign().toString())
                .queryParam("status", "DRAFT")
                .get("/api/v1/evaluations")
                .then()
                .body("total", equalTo(1))
                .body("items[0].role", equalTo("SECOND"));
        anonymous()
                .queryParam("account", "nonsense")
                .get("/api/v1/evaluations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("account"));
        anonymous()
                .queryParam("status", "NONSENSE")
                .get("/api/v1/evaluations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
        anonymous().queryParam("size", 0).get("/api/v1/evaluations").then().statusCode(400);
        // a published evaluation is public
        anonymous()
                .get("/api/v1/evaluations/" + s.primary())
                .then()
                .statusCode(200)
                .body("expert", nullValue());
    }

    @Test
    void theTimelineListsAnAccountsPublishedEvaluationsOldestFirst() {
        Scenario first = data.scenario("EVALUATION", false);
        fillAll(first, first.expert(), first.primary());
        data.publish(first.campaign(), first.primary());
        UUID later = UUID.randomUUID();
        data.update(
                "insert into campaign (id, title, period, criteria_set_id, stage) values (?, 'Позже', '2023-Q2', ?, 'EVALUATION')",
                later,
                first.criteriaSet());
        UUID second = data.evaluation(later, first.account(), first.expert().id(), "PRIMARY");
        first.expert()
                .api()
                .body(answers(0, first, 0, 1, 4, 1))
                .put("/api/v1/evaluations/" + second + "/answers")
                .then()
                .statusCode(200);
        JsonPath json = anonymous()
                .queryParam("account", first.account().toString())
                .get("/api/v1/evaluations/timeline")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("evaluationId")).containsExactly(first.primary().toString());
        data.publish(later, second);
        json = anonymous()
                .queryParam("account", first.account().toString())
                .get("/api/v1/evaluations/timeline")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("campaign.period")).containsExactly("2023-Q1", "2023-Q2");
        assertThat(json.getString("[0].criteriaSet.id"))
                .isEqualTo(first.criteriaSet().toString());
        assertThat(json.getFloat("[0].index")).isEqualTo(100f);
        assertThat(json.getString("[1].answers.find { it.code == 'B.PHONE' }.recommendation"))
                .isEqualTo("Как исправить B.PHONE");
        assertThat(json.getFloat("[1].answers.find { it.code == 'S.QUALITY' }.points"))
                .isEqualTo(1f);
        assertThat(json.getString("[1].answers.find { it.code == 'S.QUALITY' }.group"))
                .isEqualTo("FEEDBACK");
        anonymous()
                .get("/api/v1/evaluations/timeline")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("account"));
        anonymous()
                .queryParam("account", UUID.randomUUID().toString())
                .get("/api/v1/evaluations/timeline")
                .then()
                .statusCode(404);
    }

    @Test
    void myOrganizationListsItsPrimaryEvaluationsFromTheReplyStage() {
        Scenario s = data.scenario("EVALUATION", true);
        Person member = data.person(Role.LEARNER, s.organization());
        member.api()
                .get("/api/v1/my-organization/evaluations")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        data.replyWindow(s.campaign(), java.time.OffsetDateTime.now().plusDays(2));
        member.api()
                .get("/api/v1/my-organization/evaluations")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(s.primary().toString()))
                .body("[0].role", equalTo("PRIMARY"));
        s.expert()
                .api()
                .get("/api/v1/my-organization/evaluations")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        anonymous().get("/api/v1/my-organization/evaluations").then().statusCode(401);
    }
}
