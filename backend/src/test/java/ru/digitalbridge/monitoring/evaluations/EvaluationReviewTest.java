package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answer;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answers;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.coordinatorRead;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.fillAll;
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
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;

/** Double evaluations (pair, reconcile), history, published revisions and corrections. */
@QuarkusTest
class EvaluationReviewTest {
    @Inject
    EvaluationTestData data;

    private Scenario submittedPair() {
        Scenario s = data.scenario("REVIEW", true);
        fillAll(s, s.expert(), s.primary());
        s.secondExpert()
                .api()
                .body(answers(0, s, 0, 2, 2, 1))
                .put("/api/v1/evaluations/" + s.second() + "/answers")
                .then()
                .statusCode(200);
        s.expert()
                .api()
                .body(Map.of("version", 1))
                .post("/api/v1/evaluations/" + s.primary() + "/submit")
                .then()
                .statusCode(200);
        return s;
    }

    @Test
    void theCoordinatorSeesThePairSideBySideWithTheDifferences() {
        Scenario s = submittedPair();
        JsonPath pair = as(Role.COORDINATOR)
                .get("/api/v1/evaluations/" + s.second() + "/pair")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(pair.getString("primary.id")).isEqualTo(s.primary().toString());
        assertThat(pair.getString("second.id")).isEqualTo(s.second().toString());
        assertThat(pair.getString("second.expert.id"))
                .isEqualTo(s.secondExpert().id().toString());
        assertThat(pair.getList("differences"))
                .containsExactlyInAnyOrder(
                        s.criterion("B.PHONE").toString(),
                        s.criterion("N.POSTS").toString());
        s.expert()
                .api()
                .get("/api/v1/evaluations/" + s.primary() + "/pair")
                .then()
                .statusCode(403);
        anonymous().get("/api/v1/evaluations/" + s.primary() + "/pair").then().statusCode(401);
        as(Role.COORDINATOR)
                .get("/api/v1/evaluations/" + UUID.randomUUID() + "/pair")
                .then()
                .statusCode(404);
        Scenario single = data.scenario("EVALUATION", false);
        as(Role.COORDINATOR)
                .get("/api/v1/evaluations/" + single.primary() + "/pair")
                .then()
                .statusCode(200)
                .body("second", nullValue())
                .body("differences", hasSize(0));
    }

    @Test
    void reconcilingNeedsBothSubmittedThenAppliesTheValuesAndApprovesThePrimary() {
        Scenario s = submittedPair();
        String path = "/api/v1/evaluations/" + s.primary() + "/reconcile";
        Map<String, Object> body = Map.of(
                "version",
                2,
                "comment",
                "Телефон есть в закреплённом посте",
                "answers",
                List.of(answer(s.criterion("N.POSTS"), 2)));
        as(Role.COORDINATOR)
                .body(body)
                .post(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/evaluation-pair-not-submitted"));
        s.secondExpert()
                .api()
                .body(Map.of("version", 1))
                .post("/api/v1/evaluations/" + s.second() + "/submit")
                .then()
                .statusCode(200);
        s.expert().api().body(body).post(path).then().statusCode(403);
        as(Role.COORDINATOR)
                .body(Map.of("version", 2, "answers", List.of(answer(s.criterion("N.POSTS"), -2))))
                .post(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answers[0].value"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 1, "answers", List.of()))
                .post(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 2, "answers", List.of()))
                .post("/api/v1/evaluations/" + s.second() + "/reconcile")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/evaluation-illegal-transition"));
        assertThat(coordinatorRead(s.primary()).getString("status")).isEqualTo("SUBMITTED");
        JsonPath json = as(Role.COORDINATOR)
                .body(body)
                .post(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .extract()
                .jsonPath();
        // B 1·20 + S 2/2·20 + N 1/2·20 + E 1·5 over 65
        assertThat(json.getString("index")).isEqualTo("84.6");
        assertThat(json.getString("answers.find { it.code == 'N.POSTS' }.recommendation"))
                .isEqualTo("Как исправить N.POSTS");
        assertThat(data.count(
                        "select count(*) from evaluation where id in (?, ?) and reconciled", s.primary(), s.second()))
                .isEqualTo(2);
        // the pair is settled: the second evaluation no longer waits for review
        assertThat(coordinatorRead(s.second()).getString("status")).isEqualTo("APPROVED");
        JsonPath history = as(Role.COORDINATOR)
                .get("/api/v1/evaluations/" + s.primary() + "/history")
                .then()
                .extract()
                .jsonPath();
        assertThat(history.getList("events.action")).containsExactly("submitted", "reconciled");
        assertThat(history.getFloat("events[1].indexBefore")).isEqualTo(100f);
        assertThat(history.getFloat("events[1].indexAfter")).isEqualTo(84.6f);
        Scenario single = data.scenario("REVIEW", false);
        as(Role.COORDINATOR)
                .body(Map.of("version", 0, "answers", List.of()))
                .post("/api/v1/evaluations/" + single.primary() + "/reconcile")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/evaluation-no-second"));
    }

    @Test
    void aCorrectionWritesTheNextRevisionAndNeverChangesTheOldOne() {
        Scenario s = data.scenario("EVALUATION", false);
        fillAll(s, s.expert(), s.primary());
        String base = "/api/v1/evaluations/" + s.primary();
        Map<String, Object> correction = new HashMap<>();
        correction.put("reason", "Телефон указан только в описании сообщества");
        correction.put("answers", List.of(answer(s.criterion("B.PHONE"), 0)));
        as(Role.COORDINATOR)
                .body(correction)
                .post(base + "/corrections")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/evaluation-illegal-transition"));
        data.publish(s.campaign(), s.primary());
        s.expert().api().body(correction).post(base + "/corrections").then().statusCode(403);
        anonymous().body(correction).post(base + "/corrections").then().statusCode(401);
        as(Role.COORDINATOR)
                .body(Map.of("reason", "", "answers", List.of(answer(s.criterion("B.PHONE"), 0))))
                .post(base + "/corrections")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(Role.COORDINATOR)
                .body(Map.of("reason", "x", "answers", List.of(answer(s.criterion("D.MEDIAN"), 3))))
                .post(base + "/corrections")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answers[0].value"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 0, "reason", "x", "answers", List.of(answer(s.criterion("B.PHONE"), 0))))
                .post(base + "/corrections")
                .then()
                .statusCode(409);
        JsonPath unchanged =
                anonymous().get(base).then().statusCode(200).extract().jsonPath();
        assertThat(unchanged.getInt("revision")).isEqualTo(1);
        assertThat(unchanged.getFloat("index")).isEqualTo(100f);
        JsonPath corrected = as(Role.COORDINATOR)
                .body(correction)
                .post(base + "/corrections")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("revision", equalTo(2))
                .extract()
                .jsonPath();
        // B 0 + S 20 + N 20 + E 5 over 65
        assertThat(corrected.getString("index")).isEqualTo("69.2");
        assertThat(corrected.getFloat("finalIndex")).isEqualTo(100f);
        JsonPath history = anonymous()
                .get(base + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("revisions.revision")).containsExactly(1, 2);
        assertThat(history.getString("revisions[1].reason")).isEqualTo("Телефон указан только в описании сообщества");
        assertThat(history.getString("revisions[1].authorName")).isNotBlank();
        assertThat(history.getFloat("revisions[1].index")).isEqualTo(69.2f);
        assertThat(history.getList("events.action")).containsExactly("corrected");
        assertThat(history.getString("events[0].actorName")).isNotBlank();
        JsonPath first = anonymous()
                .get(base + "/revisions/1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getFloat("answers.find { it.code == 'B.PHONE' }.points"))
                .isEqualTo(1f);
        JsonPath second = anonymous()
                .get(base + "/revisions/2")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(second.getFloat("answers.find { it.code == 'B.PHONE' }.points"))
                .isZero();
        assertThat(second.getString("answers.find { it.code == 'B.PHONE' }.recommendation"))
                .isEqualTo("Как исправить B.PHONE");
        assertThat(second.getList("answers.code")).hasSize(7);
        anonymous().get(base + "/revisions/3").then().statusCode(404);
        anonymous()
                .get(base)
                .then()
                .body("revision", equalTo(2))
                .body("answers.find { it.code == 'B.PHONE' }.value", equalTo(0f));
    }

    @Test
    void historyHidesInternalDetailsFromThePublicAndIsClosedBeforePublication() {
        Scenario s = data.scenario("EVALUATION", false);
        String base = "/api/v1/evaluations/" + s.primary();
        fillAll(s, s.expert(), s.primary());
        s.expert()
                .api()
                .body(Map.of("version", 1))
                .post(base + "/submit")
                .then()
                .statusCode(200);
        as(Role.COORDINATOR)
                .body(Map.of("version", 2, "comment", "Внутреннее замечание"))
                .post(base + "/return")
                .then()
                .statusCode(200);
        anonymous().get(base + "/history").then().statusCode(404);
        anonymous().get(base + "/revisions/1").then().statusCode(404);
        data.person(Role.EXPERT, null).api().get(base + "/history").then().statusCode(403);
        data.status(s.primary(), "APPROVED");
        data.publish(s.campaign(), s.primary());
        JsonPath history = anonymous()
                .get(base + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("events.action")).containsExactly("submitted", "returned");
        assertThat(history.getString("events[1].reason")).isNull();
        assertThat(history.getString("events[1].actorName")).isNull();
        anonymous()
                .get("/api/v1/evaluations/" + UUID.randomUUID() + "/history")
                .then()
                .statusCode(404);
    }
}
