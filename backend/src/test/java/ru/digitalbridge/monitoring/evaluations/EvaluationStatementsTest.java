package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answer;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.support.StatementCountingDriver;

/**
 * Pins how many SQL statements the expert's write path runs (issue 7, §6): saving the answers and submitting
 * take at most 5 statements each (before: 38) — one locked read of the evaluation with its answers and question
 * sample, one statement writing all answers, the index, the version (and the event), one audit row. The rules of
 * an approved criteria set are read once and then come from memory.
 */
@QuarkusTest
class EvaluationStatementsTest {
    static final int LIMIT = 5;

    @Inject
    EvaluationTestData data;

    private static long statements(Runnable request) {
        long before = StatementCountingDriver.count();
        request.run();
        return StatementCountingDriver.count() - before;
    }

    private static <T> T counted(Supplier<T> request, long[] into) {
        long before = StatementCountingDriver.count();
        T result = request.get();
        into[0] = StatementCountingDriver.count() - before;
        return result;
    }

    @Test
    void saveAndSubmitRunAtMostFiveStatementsEach() {
        Scenario s = data.scenario("EVALUATION", false);
        String base = "/api/v1/evaluations/" + s.primary();
        // the first read of the approved set keeps its rules in memory
        s.expert().api().get(base).then().statusCode(200);

        long[] save = new long[1];
        JsonPath saved = counted(
                () -> s.expert()
                        .api()
                        .body(answers(0, s, 1, 2, 4, 1))
                        .put(base + "/answers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath(),
                save);
        assertThat(save[0]).as("statements of one save (before: 38)").isLessThanOrEqualTo(LIMIT);
        // the response is what a fresh read shows
        JsonPath reread =
                s.expert().api().get(base).then().statusCode(200).extract().jsonPath();
        assertThat(saved.getLong("version")).isEqualTo(1).isEqualTo(reread.getLong("version"));
        assertThat(saved.getString("index")).isEqualTo(reread.getString("index"));
        assertThat(saved.getList("answers.value")).isEqualTo(reread.getList("answers.value"));
        assertThat(saved.getList("answers.points")).isEqualTo(reread.getList("answers.points"));
        assertThat(saved.getString("updatedAt")).isEqualTo(reread.getString("updatedAt"));
        assertThat(saved.getString("completeness.filled")).isEqualTo(reread.getString("completeness.filled"));

        long[] submit = new long[1];
        JsonPath submitted = counted(
                () -> s.expert()
                        .api()
                        .body(Map.of("version", 1))
                        .post(base + "/submit")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("SUBMITTED"))
                        .extract()
                        .jsonPath(),
                submit);
        assertThat(submit[0]).as("statements of one submission (before: 38)").isLessThanOrEqualTo(LIMIT);
        JsonPath after =
                s.expert().api().get(base).then().statusCode(200).extract().jsonPath();
        assertThat(submitted.getLong("version")).isEqualTo(2).isEqualTo(after.getLong("version"));
        assertThat(submitted.getString("submittedAt")).isEqualTo(after.getString("submittedAt"));
        System.out.printf("statements: save %d, submit %d%n", save[0], submit[0]);
    }

    /** Rows of the evaluation's answers written by the transaction that last wrote the evaluation itself. */
    private long rowsWrittenWithTheEvaluation(Scenario s) {
        return data.count(
                "select count(*) from evaluation_answer a join evaluation e on e.id = a.evaluation_id"
                        + " where e.id = ? and a.xmin = e.xmin",
                s.primary());
    }

    @Test
    void aSaveWritesOnlyTheAnswersItChangesAndASubmissionNone() {
        Scenario s = data.scenario("EVALUATION", false);
        String base = "/api/v1/evaluations/" + s.primary();
        s.expert()
                .api()
                .body(answers(0, s, 1, 2, 4, 1))
                .put(base + "/answers")
                .then()
                .statusCode(200);
        long rows = data.count("select count(*) from evaluation_answer where evaluation_id = ?", s.primary());
        assertThat(rowsWrittenWithTheEvaluation(s))
                .as("the first save writes every row")
                .isEqualTo(rows);

        // a changed value, an unchanged value with a new note, an unchanged answer sent again
        Map<String, Object> phone = answer(s.criterion("B.PHONE"), 0);
        phone.put("recommendation", "Укажите телефон для обращений");
        Map<String, Object> quality = answer(s.criterion("S.QUALITY"), 2);
        quality.put("evidenceNote", "Проверено ещё раз");
        JsonPath saved = s.expert()
                .api()
                .body(answers(1, List.of(phone, quality, answer(s.criterion("N.POSTS"), 4))))
                .put(base + "/answers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(rowsWrittenWithTheEvaluation(s))
                .as("rows rewritten by a save changing one value and one note")
                .isEqualTo(2);
        JsonPath reread =
                s.expert().api().get(base).then().statusCode(200).extract().jsonPath();
        for (String field : List.of(
                "answers.value",
                "answers.points",
                "answers.notApplicable",
                "answers.evidenceNote",
                "answers.recommendation")) {
            assertThat(saved.getList(field)).as(field).isEqualTo(reread.getList(field));
        }
        assertThat(reread.getDouble("answers.find { it.code == 'B.PHONE' }.value"))
                .isZero();
        assertThat(reread.getString("answers.find { it.code == 'S.QUALITY' }.evidenceNote"))
                .isEqualTo("Проверено ещё раз");

        s.expert()
                .api()
                .body(Map.of("version", 2))
                .post(base + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        assertThat(rowsWrittenWithTheEvaluation(s))
                .as("a submission changes no answer")
                .isZero();
        JsonPath submitted =
                s.expert().api().get(base).then().statusCode(200).extract().jsonPath();
        assertThat(submitted.getList("answers.points")).isEqualTo(reread.getList("answers.points"));
        assertThat(submitted.getString("index")).isEqualTo(reread.getString("index"));
    }

    @Test
    void aStaleSaveWritesNothing() {
        Scenario s = data.scenario("EVALUATION", false);
        String base = "/api/v1/evaluations/" + s.primary();
        long count = statements(() -> s.expert()
                .api()
                .body(answers(7, List.of(answer(s.criterion("B.PHONE"), 1))))
                .put(base + "/answers")
                .then()
                .statusCode(409));
        // the per-request access check (the user's state and roles), the locked read, the refused write
        assertThat(count).isLessThanOrEqualTo(3);
        JsonPath after =
                s.expert().api().get(base).then().statusCode(200).extract().jsonPath();
        assertThat(after.getLong("version")).isZero();
        assertThat(after.getString("answers.find { it.code == 'B.PHONE' }.value"))
                .isNull();
    }
}
