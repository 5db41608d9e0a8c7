package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/**
 * Linking a learner to the registry accounts they run (administrators, coordinators and the trainers of the
 * learner's cohorts; never another trainer) and editing a cohort's sessions.
 */
@QuarkusTest
class LearnerAccountsAndSessionsTest {
    @Inject
    EvaluationTestData data;

    private static String learnerOf(Person trainer, String cohort, String enrolment) {
        return trainer.call()
                .get("/api/v1/training/cohorts/" + cohort + "/roster")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.enrolmentId == '" + enrolment + "' }.learner.id", String.class)
                .get(0);
    }

    @Test
    void theCohortsTrainerLinksAndUnlinksAccountsAnotherTrainerMayNot() {
        UUID first = data.account(data.organization("EDUCATION"));
        UUID second = data.account(data.organization("CULTURE"));
        String programme = Training.approvedProgramme(1);
        Person trainer = Training.person(Role.TRAINER);
        Person stranger = Training.person(Role.TRAINER);
        String cohort = Training.cohort(programme, trainer, null, false, false);
        String enrolment = Training.enrol(
                trainer,
                cohort,
                Training.learnerBody(Training.person(Role.LEARNER).email()));
        String learner = learnerOf(trainer, cohort, enrolment);
        String path = "/api/v1/training/learners/" + learner + "/accounts";

        trainer.call()
                .body(Map.of("accountIds", List.of(first, second)))
                .put(path)
                .then()
                .statusCode(200)
                .body("accounts.size()", equalTo(2))
                .body("accounts.id", hasItem(first.toString()));

        // another trainer, a learner, an expert, anonymous: refused, and the links stay
        stranger.call().body(Map.of("accountIds", List.of())).put(path).then().statusCode(403);
        as(Role.LEARNER).body(Map.of("accountIds", List.of())).put(path).then().statusCode(403);
        as(Role.EXPERT).body(Map.of("accountIds", List.of())).put(path).then().statusCode(403);
        anonymous().body(Map.of("accountIds", List.of())).put(path).then().statusCode(401);
        trainer.call()
                .body(Map.of("accountIds", List.of(UUID.randomUUID())))
                .put(path)
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("accountIds")));
        stranger.call()
                .body(Map.of("accountIds", List.of()))
                .put("/api/v1/training/learners/" + UUID.randomUUID() + "/accounts")
                .then()
                .statusCode(404);
        assertThat(as(Role.ADMIN)
                        .get("/api/v1/training/learners/" + learner)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("accounts.id", String.class))
                .containsExactlyInAnyOrder(first.toString(), second.toString());

        // unlink one
        trainer.call()
                .body(Map.of("accountIds", List.of(second)))
                .put(path)
                .then()
                .statusCode(200)
                .body("accounts.id", equalTo(List.of(second.toString())));
    }

    @Test
    void aTrainerEditsTheirCohortsSessionsOnly() {
        String programme = Training.approvedProgramme(1);
        Person trainer = Training.person(Role.TRAINER);
        Person stranger = Training.person(Role.TRAINER);
        String cohort = Training.cohort(programme, trainer, null, false, false);
        String session = Training.session(trainer, cohort, 3);
        String path = "/api/v1/training/sessions/" + session;
        int version = trainer.call()
                .get("/api/v1/training/cohorts/" + cohort)
                .then()
                .statusCode(200)
                .extract()
                .path("sessions[0].version");
        Map<String, Object> inPerson = new java.util.HashMap<>(Map.of(
                "version", version,
                "startsAt", "2023-02-04T09:00:00Z",
                "endsAt", "2023-02-04T12:00:00Z",
                "topic", "Мониторинг аккаунтов",
                "mode", "IN_PERSON",
                "address", "Саратов, ул. Примерная, 1"));

        stranger.call().body(inPerson).put(path).then().statusCode(403);
        as(Role.LEARNER).body(inPerson).put(path).then().statusCode(403);
        anonymous().body(inPerson).put(path).then().statusCode(401);
        trainer.call()
                .body(inPerson)
                .put("/api/v1/training/sessions/" + UUID.randomUUID())
                .then()
                .statusCode(404);

        // an in-person session without an address, an end before its start: field problems, nothing written
        Map<String, Object> bad = new java.util.HashMap<>(inPerson);
        bad.remove("address");
        bad.put("endsAt", "2023-02-04T08:00:00Z");
        trainer.call()
                .body(bad)
                .put(path)
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("endsAt", "address"));

        // the version is required: 400 on the field, nothing written
        Map<String, Object> unversioned = new java.util.HashMap<>(inPerson);
        unversioned.remove("version");
        trainer.call().body(unversioned).put(path).then().statusCode(400).body("violations.field", hasItem("version"));
        trainer.call()
                .get("/api/v1/training/cohorts/" + cohort)
                .then()
                .statusCode(200)
                .body("sessions[0].mode", equalTo("ONLINE"))
                .body("sessions[0].version", equalTo(version));

        trainer.call()
                .body(inPerson)
                .put(path)
                .then()
                .statusCode(200)
                .body("mode", equalTo("IN_PERSON"))
                .body("address", equalTo("Саратов, ул. Примерная, 1"))
                .body("link", equalTo(null))
                .body("version", equalTo(version + 1));
        as(Role.COORDINATOR)
                .get("/api/v1/training/cohorts/" + cohort)
                .then()
                .statusCode(200)
                .body("sessions.size()", equalTo(1))
                .body("sessions[0].topic", equalTo("Мониторинг аккаунтов"))
                .body("sessions[0].address", equalTo("Саратов, ул. Примерная, 1"))
                .body("sessions[0].version", equalTo(version + 1));

        // a second editor still holding the first version: 409 problem (ru by default, en on request), nothing written
        Map<String, Object> stale = new java.util.HashMap<>(inPerson);
        stale.put("topic", "Перезапись");
        trainer.call()
                .body(stale)
                .put(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Данные изменились"));
        trainer.call()
                .header("Accept-Language", "en")
                .body(stale)
                .put(path)
                .then()
                .statusCode(409)
                .body("title", equalTo("The record has changed"));
        trainer.call()
                .get("/api/v1/training/cohorts/" + cohort)
                .then()
                .statusCode(200)
                .body("sessions[0].topic", equalTo("Мониторинг аккаунтов"))
                .body("sessions[0].version", equalTo(version + 1));

        // removal: the version is required too, a stale one is refused and the session stays
        stranger.call().queryParam("version", version + 1).delete(path).then().statusCode(403);
        trainer.call().delete(path).then().statusCode(400).body("violations.field", hasItem("version"));
        trainer.call().queryParam("version", version).delete(path).then().statusCode(409);
        trainer.call()
                .get("/api/v1/training/cohorts/" + cohort)
                .then()
                .statusCode(200)
                .body("sessions.size()", equalTo(1));
        trainer.call().queryParam("version", version + 1).delete(path).then().statusCode(204);
        trainer.call()
                .get("/api/v1/training/cohorts/" + cohort)
                .then()
                .statusCode(200)
                .body("sessions.size()", equalTo(0));
    }

    @Test
    void marksAndCheckInsRacingTheSessionsDeletionAnswerNotFoundNeverAnError() throws Exception {
        // marks and check-ins read the session without a lock, then inserted attendance that refers to it: when the
        // deletion committed in between, the insert broke the foreign key and answered 500
        String programme = Training.approvedProgramme(1);
        Person trainer = Training.person(Role.TRAINER);
        // no certificates on completion: their numbering is a lock of its own, beside the point here
        Map<String, Object> settings = Training.cohortBody(programme, List.of(trainer.id()), 100, false, false, 30);
        settings.put("autoIssue", false);
        String cohort = as(Role.COORDINATOR)
                .body(settings)
                .post("/api/v1/training/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> enrolments = new ArrayList<>();
        List<Person> learners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Person learner = Training.person(Role.LEARNER);
            learners.add(learner);
            enrolments.add(Training.enrol(trainer, cohort, Training.learnerBody(learner.email())));
        }
        Map<String, Object> marks = Map.of(
                "marks",
                enrolments.stream()
                        .map(e -> Map.of("enrolmentId", e, "status", "PRESENT"))
                        .toList());
        for (int round = 0; round < 4; round++) {
            String session = Training.session(trainer, cohort, 3 + round);
            String code = trainer.call()
                    .post("/api/v1/training/sessions/" + session + "/check-in-code")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("code");
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> trainer.call()
                        .body(marks)
                        .put("/api/v1/training/sessions/" + session + "/attendance")
                        .then()
                        .extract()
                        .statusCode());
            }
            for (Person learner : learners) {
                calls.add(() -> learner.call()
                        .body(Map.of("code", code))
                        .post("/api/v1/training/check-in")
                        .then()
                        .extract()
                        .statusCode());
            }
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(calls.size() + 1);
            try {
                var futures = new ArrayList<Future<Integer>>();
                for (Callable<Integer> call : calls) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return call.call();
                    }));
                }
                Future<Integer> deletion = pool.submit(() -> {
                    start.await();
                    return trainer.call()
                            .queryParam("version", 0)
                            .delete("/api/v1/training/sessions/" + session)
                            .then()
                            .extract()
                            .statusCode();
                });
                start.countDown();
                assertThat(deletion.get(60, TimeUnit.SECONDS)).isEqualTo(204);
                for (var future : futures) {
                    // done before the deletion (200), or after it: the session is gone (404; a check-in's code with it)
                    assertThat(future.get(60, TimeUnit.SECONDS)).isIn(200, 404, 422);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void concurrentReplacementsOfALearnersAccountsLeaveOneOfThemNotTheirUnion() throws Exception {
        // each request deleted the links its snapshot saw and inserted its own: links another request inserted
        // meanwhile survived, so the learner ran the union of several requests' accounts (or a 409 on a shared one)
        List<UUID> accounts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            accounts.add(data.account(data.organization("EDUCATION")));
        }
        String programme = Training.approvedProgramme(1);
        Person trainer = Training.person(Role.TRAINER);
        String cohort = Training.cohort(programme, trainer, null, false, false);
        for (int round = 0; round < 3; round++) {
            String enrolment = Training.enrol(
                    trainer,
                    cohort,
                    Training.learnerBody(Training.person(Role.LEARNER).email()));
            String path = "/api/v1/training/learners/" + learnerOf(trainer, cohort, enrolment) + "/accounts";
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(accounts.size());
            try {
                var futures = new ArrayList<Future<Integer>>();
                for (int i = 0; i < accounts.size(); i++) {
                    List<UUID> chosen = List.of(accounts.get(i), accounts.get((i + 1) % accounts.size()));
                    futures.add(pool.submit(() -> {
                        start.await();
                        return trainer.call()
                                .body(Map.of("accountIds", chosen))
                                .put(path)
                                .then()
                                .extract()
                                .statusCode();
                    }));
                }
                start.countDown();
                for (var future : futures) {
                    assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(trainer.call()
                            .get(path.replace("/accounts", ""))
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("accounts"))
                    .hasSize(2);
        }
    }

    @Test
    void concurrentMarksOfOneSessionListingTheLearnersInDifferentOrdersAllGoThrough() throws Exception {
        // marks locked each enrolment (its attendance row, then the enrolment for the completion rule) in the order
        // of the request: two requests listing the same learners in different orders deadlocked (409)
        String programme = Training.approvedProgramme(1);
        Person trainer = Training.person(Role.TRAINER);
        Map<String, Object> settings = Training.cohortBody(programme, List.of(trainer.id()), 100, false, false, 30);
        settings.put("autoIssue", false);
        String cohort = as(Role.COORDINATOR)
                .body(settings)
                .post("/api/v1/training/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> enrolments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            enrolments.add(Training.enrol(
                    trainer,
                    cohort,
                    Training.learnerBody(Training.person(Role.LEARNER).email())));
        }
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 3; round++) {
            String session = Training.session(trainer, cohort, 3 + round);
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(8);
            try {
                var futures = new ArrayList<Future<Integer>>();
                for (int i = 0; i < 8; i++) {
                    List<String> order = new ArrayList<>(enrolments);
                    java.util.Collections.shuffle(order, random);
                    String status = i % 2 == 0 ? "PRESENT" : "ABSENT";
                    Map<String, Object> marks = Map.of(
                            "marks",
                            order.stream()
                                    .map(e -> Map.of("enrolmentId", e, "status", status))
                                    .toList());
                    futures.add(pool.submit(() -> {
                        start.await();
                        return trainer.call()
                                .body(marks)
                                .put("/api/v1/training/sessions/" + session + "/attendance")
                                .then()
                                .extract()
                                .statusCode();
                    }));
                }
                start.countDown();
                // every answer collected before any is judged: none is left in flight for the next test
                List<Integer> codes = new ArrayList<>();
                for (var future : futures) {
                    codes.add(future.get(60, TimeUnit.SECONDS));
                }
                assertThat(codes).containsOnly(200);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
