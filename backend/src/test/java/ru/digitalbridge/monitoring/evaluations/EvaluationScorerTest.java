package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answer;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answers;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.coordinatorRead;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.monitoring.questions.CitizenQuestionResourceTest;

/** The index through HTTP against a hand computation with expert N/A, rule N/A and derived criteria. */
@QuarkusTest
class EvaluationScorerTest {
    @Inject
    EvaluationTestData data;

    @Test
    void theIndexMatchesTheHandComputation() {
        Scenario s = data.scenario("EVALUATION", false);
        String base = "/api/v1/evaluations/" + s.primary();
        Map<String, Object> na = answer(s.criterion("N.POSTS"), null);
        na.put("notApplicable", true);
        na.put("naReason", "Сообщество закрыто для публикаций");
        s.expert()
                .api()
                .body(answers(
                        0,
                        List.of(
                                answer(s.criterion("B.PHONE"), 1),
                                answer(s.criterion("S.QUALITY"), 1),
                                na,
                                answer(s.criterion("E.MEALS"), 0))))
                .put(base + "/answers")
                .then()
                .statusCode(200);
        // answered after 2 h and 30 h, one never: median 16 h (≤ 24 → 1 of 2), 1 of 3 within 24 h = 33.33 % (→ 0)
        String fast = question(s, "2023-03-01T10:00:00+03:00", "2023-03-01T12:00:00+03:00");
        String slow = question(s, "2023-03-02T10:00:00+03:00", "2023-03-03T16:00:00+03:00");
        question(s, "2023-03-04T10:00:00+03:00", null);
        JsonPath json = coordinatorRead(s.primary());
        // B 20·1/1 = 20; S 20·1/2 = 10; N expert N/A (out); D.MEDIAN 15·1/2 = 7.5; D.SHARE24 10·0/2 = 0;
        // C.PLAYBILL does not apply to EDUCATION (out); E.MEALS 5·0/1 = 0
        // 37.5 / (20 + 20 + 15 + 10 + 5) · 100 = 53.571… → 53.6
        assertThat(json.getString("index")).isEqualTo("53.6");
        assertThat(json.getFloat("answers.find { it.code == 'D.MEDIAN' }.value"))
                .isEqualTo(16f);
        assertThat(json.getFloat("answers.find { it.code == 'D.MEDIAN' }.points"))
                .isEqualTo(1f);
        assertThat(json.getFloat("answers.find { it.code == 'D.SHARE24' }.value"))
                .isEqualTo(33.33f);
        assertThat(json.getFloat("answers.find { it.code == 'D.SHARE24' }.points"))
                .isZero();
        assertThat(json.getFloat("answerTimes.p90Hours")).isEqualTo(30f);
        assertThat(json.getFloat("answerTimes.shareUnanswered")).isEqualTo(33.33f);
        assertThat(json.getInt("completeness.applicable")).isEqualTo(6);
        assertThat(json.getInt("completeness.filled")).isEqualTo(6);
        assertThat(data.count("select count(*) from evaluation where id = ? and index_value = 53.6", s.primary()))
                .isEqualTo(1);
        assertThat(data.count(
                        "select count(*) from evaluation_answer where evaluation_id = ? and criterion_id = ? and points = 1",
                        s.primary(),
                        s.criterion("D.MEDIAN")))
                .isEqualTo(1);
        // without answered questions the median cannot be computed: D.MEDIAN leaves the denominator
        s.expert().api().delete(base + "/questions/" + fast).then().statusCode(204);
        s.expert().api().delete(base + "/questions/" + slow).then().statusCode(204);
        json = coordinatorRead(s.primary());
        // (20 + 10 + 0 + 0) / (20 + 20 + 10 + 5) · 100 = 54.545… → 54.5
        assertThat(json.getString("index")).isEqualTo("54.5");
        assertThat(json.getBoolean("answers.find { it.code == 'D.MEDIAN' }.notApplicable"))
                .isTrue();
        assertThat(json.getString("answers.find { it.code == 'D.MEDIAN' }.points"))
                .isNull();
        assertThat(json.getInt("completeness.applicable")).isEqualTo(5);
    }

    private String question(Scenario s, String askedAt, String answeredAt) {
        return s.expert()
                .api()
                .body(CitizenQuestionResourceTest.question(askedAt, answeredAt))
                .post("/api/v1/evaluations/" + s.primary() + "/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
