package ru.digitalbridge.monitoring.objections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.coordinatorRead;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.fillAll;
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
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;

@QuarkusTest
class ObjectionResourceTest {
    @Inject
    EvaluationTestData data;

    /** A pair filled (index 100) and approved, the campaign in REPLY with the window open. */
    private Scenario inReply() {
        Scenario s = data.scenario("EVALUATION", true);
        fillAll(s, s.expert(), s.primary());
        data.status(s.primary(), "APPROVED");
        data.replyWindow(s.campaign(), OffsetDateTime.now().plusDays(5));
        data.update("update evaluation set initial_index = index_value where id = ?", s.primary());
        return s;
    }

    static Map<String, Object> objection(UUID criterion) {
        Map<String, Object> body = new HashMap<>();
        body.put("criterionId", criterion);
        body.put("comment", "Телефон приёмной указан в описании сообщества");
        body.put("evidenceUrl", "https://vk.com/club1");
        return body;
    }

    private long objections(UUID evaluation) {
        return data.count("select count(*) from objection where evaluation_id = ?", evaluation);
    }

    @Test
    void theOrganizationObjectsDuringTheWindowAndEveryoneElseIsRefused() {
        Scenario s = inReply();
        String path = "/api/v1/evaluations/" + s.primary() + "/objections";
        Person member = data.person(Role.REPRESENTATIVE, s.organization());
        var body = objection(s.criterion("N.POSTS"));
        anonymous().body(body).post(path).then().statusCode(401);
        as(Role.COORDINATOR).body(body).post(path).then().statusCode(403);
        s.expert().api().body(body).post(path).then().statusCode(403);
        data.person(Role.LEARNER, data.organization("EDUCATION"))
                .api()
                .body(body)
                .post(path)
                .then()
                .statusCode(403);
        data.person(Role.TRAINER, s.organization())
                .api()
                .body(body)
                .post(path)
                .then()
                .statusCode(403);
        member.api()
                .body(body)
                .post("/api/v1/evaluations/" + s.second() + "/objections")
                .then()
                .statusCode(403);
        member.api()
                .body(body)
                .post("/api/v1/evaluations/" + UUID.randomUUID() + "/objections")
                .then()
                .statusCode(404);
        Map<String, Object> unknown = objection(UUID.randomUUID());
        member.api()
                .body(unknown)
                .post(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("criterionId"));
        Map<String, Object> badUrl = objection(s.criterion("N.POSTS"));
        badUrl.put("evidenceUrl", "vk.com/club1");
        member.api().body(badUrl).post(path).then().statusCode(400).body("violations[0].field", equalTo("evidenceUrl"));
        Map<String, Object> empty = objection(s.criterion("N.POSTS"));
        empty.put("comment", "");
        member.api().body(empty).post(path).then().statusCode(400).body("violations[0].field", equalTo("comment"));
        assertThat(objections(s.primary())).isZero();
        JsonPath created = member.api()
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/objections/"))
                .body("status", equalTo("OPEN"))
                .body("criterion.code", equalTo("N.POSTS"))
                .body("organization.id", equalTo(s.organization().toString()))
                .body("evidenceUrl", equalTo("https://vk.com/club1"))
                .extract()
                .jsonPath();
        assertThat(created.getString("authorName")).isNotBlank();
        member.api().get(path).then().statusCode(200).body("$", hasSize(1));
        s.expert().api().get(path).then().statusCode(200).body("$", hasSize(1));
        s.secondExpert().api().get(path).then().statusCode(403);
        anonymous().get(path).then().statusCode(404);
        member.api().get("/api/v1/objections/" + created.getString("id")).then().statusCode(200);
        data.person(Role.LEARNER, data.organization("EDUCATION"))
                .api()
                .get("/api/v1/objections/" + created.getString("id"))
                .then()
                .statusCode(403);
    }

    @Test
    void anObjectionOutsideTheWindowIs409AndNothingIsWritten() {
        Scenario s = inReply();
        String path = "/api/v1/evaluations/" + s.primary() + "/objections";
        Person member = data.person(Role.LEARNER, s.organization());
        var body = objection(s.criterion("B.PHONE"));
        data.replyWindow(s.campaign(), OffsetDateTime.now().minusMinutes(1));
        member.api()
                .body(body)
                .post(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/objection-window-closed"))
                .body("replyClosesAt", org.hamcrest.Matchers.notNullValue());
        data.stage(s.campaign(), "FINAL");
        member.api().body(body).post(path).then().statusCode(409);
        data.stage(s.campaign(), "EVALUATION");
        member.api().body(body).post(path).then().statusCode(409);
        assertThat(objections(s.primary())).isZero();
    }

    @Test
    void acceptingChangesTheAnswerRecomputesTheIndexAndRecordsTheEvent() {
        Scenario s = inReply();
        Person member = data.person(Role.REPRESENTATIVE, s.organization());
        String id = member.api()
                .body(objection(s.criterion("B.PHONE")))
                .post("/api/v1/evaluations/" + s.primary() + "/objections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String accept = "/api/v1/objections/" + id + "/accept";
        Map<String, Object> body = new HashMap<>(Map.of("version", 0, "reason", "Подтверждаем", "value", 0));
        member.api().body(body).post(accept).then().statusCode(403);
        s.secondExpert().api().body(body).post(accept).then().statusCode(403);
        data.person(Role.EXPERT, null).api().body(body).post(accept).then().statusCode(403);
        anonymous().body(body).post(accept).then().statusCode(401);
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/objections/" + UUID.randomUUID() + "/accept")
                .then()
                .statusCode(404);
        Map<String, Object> bad = new HashMap<>(body);
        bad.put("value", 5);
        s.expert()
                .api()
                .body(bad)
                .post(accept)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("value"))
                .body("violations[0].message", containsString("B.PHONE"));
        Map<String, Object> none = new HashMap<>(body);
        none.remove("value");
        s.expert().api().body(none).post(accept).then().statusCode(400).body("violations[0].field", equalTo("value"));
        Map<String, Object> noReason = new HashMap<>(body);
        noReason.put("reason", " ");
        s.expert()
                .api()
                .body(noReason)
                .post(accept)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        Map<String, Object> stale = new HashMap<>(body);
        stale.put("version", 3);
        s.expert()
                .api()
                .body(stale)
                .post(accept)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        assertThat(coordinatorRead(s.primary()).getString("index")).isEqualTo("100.0");
        s.expert()
                .api()
                .body(Map.of("version", 0, "reason", "Телефона нет: оценка снижена", "value", 0))
                .post(accept)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("previousValue", equalTo(1.0f))
                .body("newValue", equalTo(0f))
                .body("resolutionReason", equalTo("Телефона нет: оценка снижена"))
                .body("version", equalTo(1));
        JsonPath evaluation = coordinatorRead(s.primary());
        // S 20 + N 20 + E 5 over 65
        assertThat(evaluation.getString("index")).isEqualTo("69.2");
        assertThat(evaluation.getString("initialIndex")).isEqualTo("100.0");
        assertThat(evaluation.getString("answers.find { it.code == 'B.PHONE' }.recommendation"))
                .isEqualTo("Как исправить B.PHONE");
        JsonPath history = member.api()
                .get("/api/v1/evaluations/" + s.primary() + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("events.action")).containsExactly("objection-accepted");
        assertThat(history.getFloat("events[0].indexBefore")).isEqualTo(100f);
        assertThat(history.getFloat("events[0].indexAfter")).isEqualTo(69.2f);
        assertThat(history.getString("events[0].reason")).isEqualTo("Телефона нет: оценка снижена");
        s.expert()
                .api()
                .body(Map.of("version", 1, "reason", "ещё раз", "value", 1))
                .post(accept)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/objection-resolved"));
    }

    @Test
    void rejectingKeepsTheAnswerAndNeedsAReasonAndTheReplyStage() {
        Scenario s = inReply();
        Person member = data.person(Role.REPRESENTATIVE, s.organization());
        String id = member.api()
                .body(objection(s.criterion("D.MEDIAN")))
                .post("/api/v1/evaluations/" + s.primary() + "/objections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Role.COORDINATOR)
                .body(Map.of("version", 0, "reason", "x", "value", 3))
                .post("/api/v1/objections/" + id + "/accept")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("value"));
        String reject = "/api/v1/objections/" + id + "/reject";
        as(Role.COORDINATOR).body(Map.of("version", 0)).post(reject).then().statusCode(400);
        member.api()
                .body(Map.of("version", 0, "reason", "нет"))
                .post(reject)
                .then()
                .statusCode(403);
        data.stage(s.campaign(), "FINAL");
        as(Role.COORDINATOR)
                .body(Map.of("version", 0, "reason", "Выборка верна"))
                .post(reject)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/objection-resolution-closed"));
        data.replyWindow(s.campaign(), OffsetDateTime.now().minusDays(1));
        as(Role.COORDINATOR)
                .body(Map.of("version", 0, "reason", "Выборка верна"))
                .post(reject)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("newValue", nullValue());
        assertThat(coordinatorRead(s.primary()).getString("index")).isEqualTo("100.0");
        as(Role.COORDINATOR)
                .get("/api/v1/evaluations/" + s.primary() + "/history")
                .then()
                .body("events.action", org.hamcrest.Matchers.contains("objection-rejected"));
    }

    @Test
    void theObjectionListShowsEachCallerWhatConcernsThem() {
        Scenario s = inReply();
        Person member = data.person(Role.REPRESENTATIVE, s.organization());
        member.api()
                .body(objection(s.criterion("S.QUALITY")))
                .post("/api/v1/evaluations/" + s.primary() + "/objections")
                .then()
                .statusCode(201);
        String campaign = s.campaign().toString();
        as(Role.COORDINATOR)
                .queryParam("campaign", campaign)
                .get("/api/v1/objections")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].criterion.code", equalTo("S.QUALITY"));
        s.expert()
                .api()
                .queryParam("campaign", campaign)
                .get("/api/v1/objections")
                .then()
                .body("total", equalTo(1));
        s.secondExpert()
                .api()
                .queryParam("campaign", campaign)
                .get("/api/v1/objections")
                .then()
                .body("total", equalTo(0));
        member.api()
                .queryParam("status", "OPEN")
                .get("/api/v1/objections")
                .then()
                .body("total", equalTo(1));
        member.api()
                .queryParam("status", "ACCEPTED")
                .get("/api/v1/objections")
                .then()
                .body("total", equalTo(0));
        data.person(Role.LEARNER, data.organization("CULTURE"))
                .api()
                .get("/api/v1/objections")
                .then()
                .body("total", equalTo(0));
        as(Role.TRAINER).get("/api/v1/objections").then().statusCode(403);
        anonymous().get("/api/v1/objections").then().statusCode(401);
        member.api()
                .queryParam("status", "MAYBE")
                .get("/api/v1/objections")
                .then()
                .statusCode(400);
    }

    @Test
    void aSecondOpenObjectionOnTheSameCriterionIs409NamingTheFirst() {
        Scenario s = inReply();
        String path = "/api/v1/evaluations/" + s.primary() + "/objections";
        Person member = data.person(Role.REPRESENTATIVE, s.organization());
        Person colleague = data.person(Role.REPRESENTATIVE, s.organization());
        String first = member.api()
                .body(objection(s.criterion("B.PHONE")))
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (Person who : java.util.List.of(member, colleague)) {
            who.api()
                    .body(objection(s.criterion("B.PHONE")))
                    .post(path)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/objection-already-open"))
                    .body("existingObjectionId", equalTo(first))
                    .body("detail", containsString(first));
        }
        // another criterion is another objection
        member.api().body(objection(s.criterion("S.QUALITY"))).post(path).then().statusCode(201);
        assertThat(objections(s.primary())).isEqualTo(2);

        // once the first is resolved, a new one may be filed
        as(Role.COORDINATOR)
                .body(Map.of("version", 0, "reason", "Телефон есть только в закреплённой записи"))
                .post("/api/v1/objections/" + first + "/reject")
                .then()
                .statusCode(200);
        member.api().body(objection(s.criterion("B.PHONE"))).post(path).then().statusCode(201);
    }

    @Test
    void concurrentDuplicateObjectionsLeaveOneOpen() throws Exception {
        Scenario s = inReply();
        String path = "/api/v1/evaluations/" + s.primary() + "/objections";
        Person member = data.person(Role.REPRESENTATIVE, s.organization());
        int parallel = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < parallel; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return member.api()
                            .body(objection(s.criterion("N.POSTS")))
                            .post(path)
                            .then()
                            .extract()
                            .statusCode();
                }));
            }
            start.countDown();
            var codes = new java.util.ArrayList<Integer>();
            for (var future : futures) {
                codes.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(codes).containsOnly(201, 409);
            assertThat(codes.stream().filter(c -> c == 201)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(data.count(
                        "select count(*) from objection where evaluation_id = ? and status = 'OPEN'", s.primary()))
                .isEqualTo(1);
    }

    @Test
    void objectionsFiledWhileTheCampaignMovesToFinalAreNotLeftOpenInIt() throws Exception {
        // the move to FINAL counts the open objections while filing checks the stage: neither waits for the
        // other, so objections committed next to the move stayed OPEN in a FINAL campaign, where nobody may
        // resolve them any more (a few rounds: the interleaving is up to the scheduler)
        for (int round = 0; round < 3; round++) {
            Scenario s = inReply();
            Person member = data.person(Role.REPRESENTATIVE, s.organization());
            long version = data.count("select version from campaign where id = ?", s.campaign());
            String path = "/api/v1/evaluations/" + s.primary() + "/objections";
            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(
                    s.criteria().size() + 1);
            try {
                var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
                futures.add(pool.submit(() -> {
                    start.await();
                    return as(Role.COORDINATOR)
                            .body(Map.of("to", "FINAL", "version", version))
                            .post("/api/v1/campaigns/" + s.campaign() + "/transition")
                            .then()
                            .extract()
                            .statusCode();
                }));
                for (UUID criterion : s.criteria().values()) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return member.api()
                                .body(objection(criterion))
                                .post(path)
                                .then()
                                .extract()
                                .statusCode();
                    }));
                }
                start.countDown();
                for (var future : futures) {
                    assertThat(future.get(60, java.util.concurrent.TimeUnit.SECONDS))
                            .isIn(200, 201, 409);
                }
            } finally {
                pool.shutdownNow();
            }
            long inFinal = data.count("select count(*) from campaign where id = ? and stage = 'FINAL'", s.campaign());
            long open = data.count(
                    "select count(*) from objection where evaluation_id = ? and status = 'OPEN'", s.primary());
            assertThat(inFinal == 1 ? open : 0L)
                    .as("OPEN objections in a campaign moved to FINAL (round %d)", round)
                    .isZero();
        }
    }
}
