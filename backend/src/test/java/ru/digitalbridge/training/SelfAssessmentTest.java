package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answer;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answers;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/**
 * The self-assessment assignment through HTTP: the private evaluation form, its validation (the experts' rules), the
 * comparison with the experts' published evaluation (indexes worked out by hand below), grading and completion, who
 * may see it, and that nothing of it reaches public output.
 *
 * <p>The methodology is {@link EvaluationTestData#criteriaSet}: B.PHONE (weight 20, yes/no), S.QUALITY (20, scale
 * 0..2), N.POSTS (20, ≥ 3 → 2, ≥ 1 → 1), D.MEDIAN (15) and D.SHARE24 (10) derived from a question sample, C.PLAYBILL
 * (10, culture only) and E.MEALS (5, education only); the account is a school's VK page.
 */
@QuarkusTest
class SelfAssessmentTest {
    @Inject
    EvaluationTestData data;

    private Scenario scenario;
    private Person trainer;
    private Person learner;
    private String cohort;
    private String assignment;
    private String marker;

    @BeforeEach
    void setUp() {
        scenario = data.scenario("EVALUATION", false);
        // the experts: yes, level 2, 0.5 posts a week (0 points), meals yes; no question sample, so D.* do not count:
        // (20·1 + 20·2/2 + 20·0 + 5·1) ÷ (20 + 20 + 20 + 5) × 100 = 45 ÷ 65 × 100 = 69.23 → 69.2
        scenario.expert()
                .api()
                .contentType("application/json")
                .body(answers(0, scenario, 1, 2, 0.5, 1))
                .put("/api/v1/evaluations/" + scenario.primary() + "/answers")
                .then()
                .statusCode(200)
                .body("index", equalTo(69.2f));
        data.publish(scenario.campaign(), scenario.primary());

        trainer = Training.person(Role.TRAINER);
        learner = Training.person(Role.LEARNER);
        cohort = Training.cohort(Training.approvedProgramme(1), trainer, null, true, false);
        Training.enrol(trainer, cohort, Training.learnerBody(learner.email()));
        String learnerId = learner.call()
                .get("/api/v1/training/me")
                .then()
                .statusCode(200)
                .extract()
                .path("learner.id");
        as(Role.COORDINATOR)
                .body(Map.of("accountIds", List.of(scenario.account())))
                .put("/api/v1/training/learners/" + learnerId + "/accounts")
                .then()
                .statusCode(200);
        assignment = trainer.call()
                .body(selfAssessmentAssignment(scenario.criteriaSet()))
                .post("/api/v1/training/cohorts/" + cohort + "/assignments")
                .then()
                .statusCode(201)
                .body("selfAssessment", equalTo(true))
                .body("criteriaSetId", equalTo(scenario.criteriaSet().toString()))
                .extract()
                .path("id");
        marker = "SELF-" + unique();
    }

    private static Map<String, Object> selfAssessmentAssignment(UUID criteriaSet) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Самооценка своего аккаунта");
        body.put("dueAt", "2030-01-01T00:00:00Z");
        body.put("required", true);
        body.put("selfAssessment", true);
        body.put("criteriaSetId", criteriaSet);
        return body;
    }

    /** Mine: yes, level 1, 2.5 posts a week, no meals; with a private note carrying the marker. */
    private Map<String, Object> mine() {
        Map<String, Object> phone = answer(scenario.criterion("B.PHONE"), 1);
        phone.put("evidenceNote", marker);
        return Map.of(
                "accountId",
                scenario.account(),
                "answers",
                List.of(
                        phone,
                        answer(scenario.criterion("S.QUALITY"), 1),
                        answer(scenario.criterion("N.POSTS"), 2.5),
                        answer(scenario.criterion("E.MEALS"), 0)));
    }

    private String submit() {
        return learner.call()
                .body(mine())
                .post("/api/v1/training/assignments/" + assignment + "/self-assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theFormIsTheMethodologysCriteriaForTheAccount() {
        JsonPath form = learner.call()
                .get("/api/v1/training/assignments/" + assignment + "/self-assessment-form?accountId="
                        + scenario.account())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(form.getList("answers.code"))
                .containsExactly("B.PHONE", "S.QUALITY", "N.POSTS", "D.MEDIAN", "D.SHARE24", "C.PLAYBILL", "E.MEALS");
        assertThat(form.getString("methodology.id"))
                .isEqualTo(scenario.criteriaSet().toString());
        assertThat(form.getBoolean("answers.find { it.code == 'C.PLAYBILL' }.applicable"))
                .isFalse();
        assertThat(form.getBoolean("answers.find { it.code == 'E.MEALS' }.applicable"))
                .isTrue();
        assertThat(form.getBoolean("answers.find { it.code == 'D.MEDIAN' }.notApplicable"))
                .isTrue();
        assertThat(form.getList("answers.value")).containsOnlyNulls();
        assertThat(form.getList("answers.find { it.code == 'S.QUALITY' }.levels.value"))
                .containsExactly(0, 1, 2);
        // another account is not the learner's: 400 naming accountId
        learner.call()
                .get("/api/v1/training/assignments/" + assignment + "/self-assessment-form?accountId="
                        + data.account(scenario.organization()))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("accountId")));
    }

    @Test
    void mineBesideTheExpertsCriterionByCriterionWithBothIndexes() {
        String id = submit();
        JsonPath view = learner.call()
                .get("/api/v1/training/self-assessments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // mine: (20·1 + 20·1/2 + 20·1/2 + 5·0) ÷ (20 + 20 + 20 + 5) × 100 = 40 ÷ 65 × 100 = 61.54 → 61.5
        assertThat(view.getString("index")).isEqualTo("61.5");
        assertThat(view.getInt("applicable")).isEqualTo(4);
        assertThat(view.getInt("filled")).isEqualTo(4);
        assertThat(view.getString("experts.index")).isEqualTo("69.2");
        assertThat(view.getString("experts.evaluationId"))
                .isEqualTo(scenario.primary().toString());
        assertThat(view.getBoolean("experts.sameMethodology")).isTrue();
        assertThat(view.getString("indexDifference")).isEqualTo("-7.7");
        assertThat(view.getString("comparison.find { it.code == 'B.PHONE' }.agreement"))
                .isEqualTo("SAME");
        assertThat(view.getString("comparison.find { it.code == 'S.QUALITY' }.agreement"))
                .isEqualTo("MINE_LOWER");
        assertThat(decimal(view, "comparison.find { it.code == 'S.QUALITY' }.minePoints"))
                .isEqualByComparingTo("1");
        assertThat(decimal(view, "comparison.find { it.code == 'S.QUALITY' }.expertsPoints"))
                .isEqualByComparingTo("2");
        assertThat(view.getString("comparison.find { it.code == 'N.POSTS' }.agreement"))
                .isEqualTo("MINE_HIGHER");
        assertThat(decimal(view, "comparison.find { it.code == 'N.POSTS' }.mineValue"))
                .isEqualByComparingTo("2.5");
        assertThat(decimal(view, "comparison.find { it.code == 'N.POSTS' }.expertsValue"))
                .isEqualByComparingTo("0.5");
        assertThat(view.getString("comparison.find { it.code == 'E.MEALS' }.agreement"))
                .isEqualTo("MINE_LOWER");
        assertThat(view.getString("comparison.find { it.code == 'C.PLAYBILL' }.agreement"))
                .isEqualTo("SAME");
        assertThat(view.getString("answers.find { it.code == 'B.PHONE' }.evidenceNote"))
                .isEqualTo(marker);
        // below the maximum, the methodology's how-to-fix text is the recommendation
        assertThat(view.getString("answers.find { it.code == 'S.QUALITY' }.recommendation"))
                .isEqualTo("Как исправить S.QUALITY");
        assertThat(view.getString("submission.selfAssessmentId")).isEqualTo(id);
        assertThat(view.getInt("submission.attempt")).isEqualTo(1);
        assertThat(view.getString("submission.grade")).isNull();
    }

    private static java.math.BigDecimal decimal(JsonPath json, String path) {
        return new java.math.BigDecimal(json.getString(path));
    }

    @Test
    void anAccountWithoutPublishedEvaluationHasNoComparison() {
        UUID other = data.account(scenario.organization());
        String learnerId =
                learner.call().get("/api/v1/training/me").then().extract().path("learner.id");
        as(Role.COORDINATOR)
                .body(Map.of("accountIds", List.of(scenario.account(), other)))
                .put("/api/v1/training/learners/" + learnerId + "/accounts")
                .then()
                .statusCode(200);
        Map<String, Object> body = new HashMap<>(mine());
        body.put("accountId", other);
        String id = learner.call()
                .body(body)
                .post("/api/v1/training/assignments/" + assignment + "/self-assessments")
                .then()
                .statusCode(201)
                .body("experts", nullValue())
                .body("indexDifference", nullValue())
                .extract()
                .path("id");
        learner.call()
                .get("/api/v1/training/self-assessments/" + id)
                .then()
                .statusCode(200)
                .body("index", equalTo(61.5f))
                .body("comparison.agreement", hasItems("NOT_COMPARABLE"));
    }

    @Test
    void badAnswersAreProblemsPerFieldAndWriteNothing() {
        String url = "/api/v1/training/assignments/" + assignment + "/self-assessments";
        // a scale value that is not a level, a yes/no of 2, an N/A without a reason, a value for a derived criterion
        Map<String, Object> na = new HashMap<>();
        na.put("criterionId", scenario.criterion("N.POSTS"));
        na.put("notApplicable", true);
        learner.call()
                .body(Map.of(
                        "accountId",
                        scenario.account(),
                        "answers",
                        List.of(
                                answer(scenario.criterion("B.PHONE"), 2),
                                answer(scenario.criterion("S.QUALITY"), 5),
                                na,
                                answer(scenario.criterion("D.MEDIAN"), 3),
                                answer(scenario.criterion("C.PLAYBILL"), 1))))
                .post(url)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        equalTo(List.of(
                                "answers[0].value",
                                "answers[1].value",
                                "answers[2].naReason",
                                "answers[3].value",
                                "answers[4].value")));
        // an unknown criterion and no account
        learner.call()
                .body(Map.of("answers", List.of(answer(UUID.randomUUID(), 1))))
                .post(url)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("accountId"));
        // applicable criteria left unanswered: 422 naming each, as an expert's submission
        learner.call()
                .body(Map.of(
                        "accountId", scenario.account(), "answers", List.of(answer(scenario.criterion("B.PHONE"), 1))))
                .post(url)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/evaluation-incomplete"))
                .body("violations.field", equalTo(List.of("answers.S.QUALITY", "answers.N.POSTS", "answers.E.MEALS")));
        // the plain submission endpoint does not take a self-assessment
        learner.call()
                .body(Map.of("text", "Мой ответ", "links", List.of()))
                .post("/api/v1/training/assignments/" + assignment + "/submissions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat(data.count(
                        "select count(*) from training_submission where assignment_id = ?",
                        UUID.fromString(assignment)))
                .isZero();
        assertThat(data.count(
                        "select count(*) from training_self_assessment where assignment_id = ?",
                        UUID.fromString(assignment)))
                .isZero();
        // a self-assessment assignment needs an approved methodology
        Map<String, Object> draft = selfAssessmentAssignment(UUID.randomUUID());
        trainer.call()
                .body(draft)
                .post("/api/v1/training/cohorts/" + cohort + "/assignments")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("criteriaSetId")));
    }

    @Test
    void theTrainerGradesItAndCompletionFollows() {
        String id = submit();
        // pending: no second submission
        learner.call()
                .body(mine())
                .post("/api/v1/training/assignments/" + assignment + "/self-assessments")
                .then()
                .statusCode(409);
        List<Map<String, Object>> submissions = trainer.call()
                .get("/api/v1/training/assignments/" + assignment + "/submissions")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertThat(submissions).hasSize(1);
        assertThat(submissions.get(0).get("selfAssessmentId")).isEqualTo(id);
        String submission = (String) submissions.get(0).get("id");
        // the trainer sees it beside the experts'
        trainer.call()
                .get("/api/v1/training/self-assessments/" + id)
                .then()
                .statusCode(200)
                .body("learnerName", equalTo("Иванова Мария Петровна"))
                .body("experts.index", equalTo(69.2f));
        trainer.call()
                .body(Map.of("grade", "FAIL", "comment", "Перепроверьте частоту публикаций"))
                .post("/api/v1/training/submissions/" + submission + "/grade")
                .then()
                .statusCode(200);
        learner.call()
                .get("/api/v1/training/me")
                .then()
                .body("enrolments[0].completion.met", equalTo(false))
                .body("enrolments[0].completion.missing", equalTo(List.of("ASSIGNMENTS")));
        String second = learner.call()
                .body(mine())
                .post("/api/v1/training/assignments/" + assignment + "/self-assessments")
                .then()
                .statusCode(201)
                .body("submission.attempt", equalTo(2))
                .extract()
                .path("submission.id");
        trainer.call()
                .body(Map.of("grade", "PASS", "comment", "Верно"))
                .post("/api/v1/training/submissions/" + second + "/grade")
                .then()
                .statusCode(200);
        learner.call()
                .get("/api/v1/training/me")
                .then()
                .body("enrolments[0].completion.met", equalTo(true))
                .body("enrolments[0].assignments[0].assignment.selfAssessment", equalTo(true))
                .body("enrolments[0].assignments[0].latest.grade", equalTo("PASS"));
    }

    @Test
    void onlyTheLearnerAndTheCohortsTrainersSeeIt() {
        String id = submit();
        String url = "/api/v1/training/self-assessments/" + id;
        learner.call().get(url).then().statusCode(200);
        trainer.call().get(url).then().statusCode(200);
        // another learner, another cohort's trainer, an expert, a coordinator, an administrator
        Training.person(Role.LEARNER).call().get(url).then().statusCode(403).contentType("application/problem+json");
        Person otherTrainer = Training.person(Role.TRAINER);
        Training.cohort(Training.approvedProgramme(1), otherTrainer, null, true, false);
        otherTrainer.call().get(url).then().statusCode(403);
        scenario.expert().api().get(url).then().statusCode(403);
        as(Role.COORDINATOR).get(url).then().statusCode(403);
        as(Role.ADMIN).get(url).then().statusCode(403);
        anonymous().get(url).then().statusCode(401);
        learner.call()
                .get("/api/v1/training/self-assessments/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        // another learner can neither open the form nor submit to a cohort they are not in
        Person stranger = Training.person(Role.LEARNER);
        stranger.call()
                .get("/api/v1/training/assignments/" + assignment + "/self-assessment-form?accountId="
                        + scenario.account())
                .then()
                .statusCode(403);
        stranger.call()
                .body(mine())
                .post("/api/v1/training/assignments/" + assignment + "/self-assessments")
                .then()
                .statusCode(403);
        trainer.call()
                .body(mine())
                .post("/api/v1/training/assignments/" + assignment + "/self-assessments")
                .then()
                .statusCode(403);
    }

    @Test
    void itNeverReachesPublicOutput() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        String id = submit();
        List<String> reads = List.of(
                "/api/v1/evaluations?account=" + scenario.account(),
                "/api/v1/evaluations/" + scenario.primary(),
                "/api/v1/evaluations/" + scenario.primary() + "/history",
                "/api/v1/accounts/" + scenario.account(),
                "/api/v1/changes?updatedSince=" + before,
                "/api/v1/open-data/campaigns/" + scenario.campaign() + "/files/answers.csv",
                "/api/v1/open-data/campaigns/" + scenario.campaign() + "/files/evaluations.ndjson",
                "/api/v1/ratings/organizations/" + scenario.organization() + "/trend",
                "/api/v1/badges/accounts/" + scenario.account());
        for (String read : reads) {
            var response = anonymous().accept("*/*").get(read);
            assertThat(response.statusCode()).as(read).isLessThan(500);
            assertThat(response.asString()).as(read).doesNotContain(marker).doesNotContain(id);
        }
        // the account's only published evaluation is still the experts'
        anonymous()
                .get("/api/v1/evaluations?account=" + scenario.account())
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].index", equalTo(69.2f));
        // no outbox event (webhooks, e-mail) and no audit entry carries it
        assertThat(data.count(
                        "select count(*) from outbox_event where payload::text like ? or payload::text like ?",
                        "%" + marker + "%",
                        "%" + id + "%"))
                .isZero();
        assertThat(data.count("select count(*) from audit_log where summary::text like ?", "%" + marker + "%"))
                .isZero();
    }
}
