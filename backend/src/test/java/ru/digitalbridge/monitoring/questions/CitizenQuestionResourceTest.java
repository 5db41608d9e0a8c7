package ru.digitalbridge.monitoring.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.coordinatorRead;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;

@QuarkusTest
public class CitizenQuestionResourceTest {
    @Inject
    EvaluationTestData data;

    public static Map<String, Object> question(String askedAt, String answeredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", "https://vk.com/wall-1_" + Math.abs(askedAt.hashCode()));
        body.put("askedAt", askedAt);
        body.put("answeredAt", answeredAt);
        body.put("quality", 2);
        body.put("note", "Ответ с указанием срока");
        return body;
    }

    @Test
    void questionsKeepTheirInstantAndFeedTheDerivedCriteria() {
        Scenario s = data.scenario("EVALUATION", false);
        String base = "/api/v1/evaluations/" + s.primary() + "/questions";
        JsonPath created = s.expert()
                .api()
                .body(question("2023-03-01T10:00:00+04:00", "2023-03-01T13:30:00+03:00"))
                .post(base)
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(base + "/"))
                .body("hoursToAnswer", equalTo(4.5f))
                .body("quality", equalTo(2))
                .extract()
                .jsonPath();
        assertThat(OffsetDateTime.parse(created.getString("askedAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse("2023-03-01T06:00:00Z").toInstant());
        JsonPath evaluation = coordinatorRead(s.primary());
        assertThat(evaluation.getFloat("answers.find { it.code == 'D.MEDIAN' }.value"))
                .isEqualTo(4.5f);
        assertThat(evaluation.getFloat("answers.find { it.code == 'D.MEDIAN' }.points"))
                .isEqualTo(2f);
        assertThat(evaluation.getBoolean("answers.find { it.code == 'D.MEDIAN' }.notApplicable"))
                .isFalse();
        assertThat(evaluation.getFloat("answers.find { it.code == 'D.SHARE24' }.value"))
                .isEqualTo(100f);
        assertThat(evaluation.getString("index")).isEqualTo("100.0");
        assertThat(evaluation.getLong("version")).isZero();
        String id = created.getString("id");
        s.expert()
                .api()
                .body(question("2023-03-01T10:00:00+04:00", null))
                .put(base + "/" + id)
                .then()
                .statusCode(200)
                .body("hoursToAnswer", org.hamcrest.Matchers.nullValue());
        JsonPath list = anonymous().get(base).then().statusCode(404).extract().jsonPath();
        list = s.expert().api().get(base).then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items")).hasSize(1);
        assertThat(list.getInt("answerTimes.questions")).isEqualTo(1);
        assertThat(list.getInt("answerTimes.answered")).isZero();
        assertThat(list.getString("answerTimes.medianHours")).isNull();
        assertThat(list.getFloat("answerTimes.shareUnanswered")).isEqualTo(100f);
        evaluation = coordinatorRead(s.primary());
        assertThat(evaluation.getBoolean("answers.find { it.code == 'D.MEDIAN' }.notApplicable"))
                .isTrue();
        assertThat(evaluation.getFloat("answers.find { it.code == 'D.SHARE24' }.points"))
                .isZero();
        assertThat(evaluation.getString("answers.find { it.code == 'D.SHARE24' }.recommendation"))
                .isEqualTo("Как исправить D.SHARE24");
        assertThat(evaluation.getString("index")).isEqualTo("0.0");
        s.expert().api().delete(base + "/" + id).then().statusCode(204);
        s.expert().api().delete(base + "/" + id).then().statusCode(404);
        evaluation = coordinatorRead(s.primary());
        assertThat(evaluation.getBoolean("answers.find { it.code == 'D.SHARE24' }.notApplicable"))
                .isTrue();
        assertThat(evaluation.getString("index")).isNull();
        assertThat(data.count(
                        "select count(*) from audit_log where entity_type = 'citizen-question' and entity_id = ?", id))
                .isEqualTo(3);
    }

    @Test
    void anAnswerBeforeItsQuestionIs400OnAnsweredAtAndNothingIsWritten() {
        Scenario s = data.scenario("EVALUATION", false);
        String base = "/api/v1/evaluations/" + s.primary() + "/questions";
        s.expert()
                .api()
                .body(question("2023-03-01T10:00:00+03:00", "2023-03-01T09:59:00+03:00"))
                .post(base)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answeredAt"));
        // the same wall-clock time in another zone is earlier
        s.expert()
                .api()
                .body(question("2023-03-01T10:00:00+03:00", "2023-03-01T10:30:00+04:00"))
                .post(base)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answeredAt"));
        s.expert()
                .api()
                .body(question("2023-03-01T10:00:00", null))
                .post(base)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("askedAt"));
        Map<String, Object> badUrl = question("2023-03-01T10:00:00Z", null);
        badUrl.put("url", "javascript:alert(1)");
        s.expert().api().body(badUrl).post(base).then().statusCode(400).body("violations[0].field", equalTo("url"));
        Map<String, Object> badQuality = question("2023-03-01T10:00:00Z", null);
        badQuality.put("quality", 3);
        s.expert()
                .api()
                .body(badQuality)
                .post(base)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("quality"));
        Map<String, Object> noAsked = question("2023-03-01T10:00:00Z", null);
        noAsked.remove("askedAt");
        s.expert()
                .api()
                .body(noAsked)
                .post(base)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("askedAt"));
        assertThat(data.count("select count(*) from citizen_question where evaluation_id = ?", s.primary()))
                .isZero();
        String id = s.expert()
                .api()
                .body(question("2023-03-01T10:00:00Z", "2023-03-02T10:00:00Z"))
                .post(base)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        s.expert()
                .api()
                .body(question("2023-03-03T10:00:00Z", "2023-03-02T10:00:00Z"))
                .put(base + "/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answeredAt"));
        s.expert().api().get(base).then().body("items[0].hoursToAnswer", equalTo(24.0f));
    }

    @Test
    void onlyTheAssignedExpertWritesAndOnlyWhileTheEvaluationIsEditable() {
        Scenario s = data.scenario("EVALUATION", false);
        String base = "/api/v1/evaluations/" + s.primary() + "/questions";
        var body = question("2023-03-01T10:00:00Z", "2023-03-01T11:00:00Z");
        anonymous().body(body).post(base).then().statusCode(401);
        data.person(Role.EXPERT, null).api().body(body).post(base).then().statusCode(403);
        as(Role.COORDINATOR).body(body).post(base).then().statusCode(403);
        as(Role.TRAINER).body(body).post(base).then().statusCode(403);
        s.expert()
                .api()
                .body(body)
                .post("/api/v1/evaluations/" + UUID.randomUUID() + "/questions")
                .then()
                .statusCode(404);
        s.expert().api().body(body).put(base + "/" + UUID.randomUUID()).then().statusCode(404);
        as(Role.COORDINATOR).get(base).then().statusCode(200).body("items", hasSize(0));
        data.stage(s.campaign(), "REPLY");
        s.expert()
                .api()
                .body(body)
                .post(base)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/evaluation-locked"));
        data.stage(s.campaign(), "EVALUATION");
        data.status(s.primary(), "SUBMITTED");
        s.expert().api().body(body).post(base).then().statusCode(409);
        assertThat(data.count("select count(*) from citizen_question where evaluation_id = ?", s.primary()))
                .isZero();
    }
}
