package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/**
 * Training meets certificates: a cohort that issues automatically issues in the transaction that completes an
 * enrolment, once; one that does not waits for the trainer's confirmation, which issues for completed enrolments only
 * and never twice; another cohort's trainer may not confirm.
 */
@QuarkusTest
class CertificatesFromTrainingTest {
    @Inject
    Sql db;

    @Test
    void anAutomaticCohortIssuesOnCompletionAndOnlyOnce() {
        String programme = Training.approvedProgramme(3);
        Person trainer = Training.person(Role.TRAINER);
        String cohort = Training.cohort(programme, trainer, 100, false, false);
        Person learner = Training.person(Role.LEARNER);
        String enrolment = Training.enrol(trainer, cohort, Training.learnerBody(learner.email()));
        String session = Training.session(trainer, cohort, 3);

        mark(trainer, session, enrolment, "PRESENT");
        JsonPath issued = certificatesOf(cohort);
        assertThat(issued.getList("items")).hasSize(1);
        assertThat(issued.getString("items[0].enrolmentId")).isEqualTo(enrolment);
        assertThat(issued.getString("items[0].number")).matches("ЦМ-\\d{4}-\\d{6}");
        assertThat(issued.getString("items[0].surname")).isEqualTo("Иванова");
        assertThat(issued.getString("items[0].studyEnd")).isEqualTo("2023-03-31");

        // completion lost and met again: still the one certificate
        mark(trainer, session, enrolment, "ABSENT");
        mark(trainer, session, enrolment, "PRESENT");
        assertThat(certificatesOf(cohort).getList("items")).hasSize(1);
        // the trainer's confirmation finds nothing more to issue
        trainer.call()
                .post("/api/v1/training/cohorts/" + cohort + "/certificates")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void aConfirmedCohortIssuesWhenItsTrainerConfirms() {
        String programme = Training.approvedProgramme(3);
        Person trainer = Training.person(Role.TRAINER);
        Map<String, Object> body = Training.cohortBody(programme, List.of(trainer.id()), 100, false, false, 30);
        body.put("autoIssue", false);
        String cohort = as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/training/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String done = Training.enrol(
                trainer,
                cohort,
                Training.learnerBody(Training.person(Role.LEARNER).email()));
        String notDone = Training.enrol(
                trainer,
                cohort,
                Training.learnerBody(Training.person(Role.LEARNER).email()));
        String session = Training.session(trainer, cohort, 5);
        mark(trainer, session, done, "PRESENT");
        mark(trainer, session, notDone, "ABSENT");
        assertThat(certificatesOf(cohort).getList("items")).isEmpty();

        Person stranger = Training.person(Role.TRAINER);
        stranger.call()
                .post("/api/v1/training/cohorts/" + cohort + "/certificates")
                .then()
                .statusCode(403);
        Training.person(Role.LEARNER)
                .call()
                .post("/api/v1/training/cohorts/" + cohort + "/certificates")
                .then()
                .statusCode(403);

        List<String> enrolments = trainer.call()
                .post("/api/v1/training/cohorts/" + cohort + "/certificates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("enrolmentId");
        assertThat(enrolments).containsExactly(done);
        trainer.call()
                .post("/api/v1/training/cohorts/" + cohort + "/certificates")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        assertThat(certificatesOf(cohort).getList("items")).hasSize(1);
    }

    @Test
    void aConfirmationRacingWithdrawalsIssuesNothingForAnEnrolmentWithdrawnBeforeIt() throws Exception {
        // the confirmation read the completion before it locked the enrolment: a withdrawal committed in between
        // (completion lost) still got a certificate
        String programme = Training.approvedProgramme(3);
        Person trainer = Training.person(Role.TRAINER);
        List<String> enrolments = new ArrayList<>();
        int rounds = 3;
        int learners = 8;
        for (int round = 0; round < rounds; round++) {
            Map<String, Object> body = Training.cohortBody(programme, List.of(trainer.id()), 100, false, false, 30);
            body.put("autoIssue", false);
            String cohort = as(Role.COORDINATOR)
                    .body(body)
                    .post("/api/v1/training/cohorts")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String session = Training.session(trainer, cohort, 5);
            List<String> inCohort = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                String enrolment = Training.enrol(
                        trainer,
                        cohort,
                        Training.learnerBody(Training.person(Role.LEARNER).email()));
                mark(trainer, session, enrolment, "PRESENT");
                inCohort.add(enrolment);
            }
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(learners + 4);
            try {
                var futures = new ArrayList<Future<Integer>>();
                for (String enrolment : inCohort) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return trainer.call()
                                .post("/api/v1/training/enrolments/" + enrolment + "/withdraw")
                                .then()
                                .extract()
                                .statusCode();
                    }));
                }
                for (int i = 0; i < 4; i++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return trainer.call()
                                .post("/api/v1/training/cohorts/" + cohort + "/certificates")
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
            enrolments.addAll(inCohort);
        }
        // a certificate issued after the withdrawal (its audit entry written later, under the same row lock)
        long issuedAfterWithdrawal = db.count("""
                select count(*) from certificate c
                  join audit_log w on w.entity_type = 'training-enrolment' and w.entity_id = c.enrolment_id::text
                                  and w.action = 'withdraw'
                  join audit_log i on i.entity_type = 'certificate' and i.entity_id = c.id::text and i.action = 'issue'
                 where c.enrolment_id::text = any(?) and i.id > w.id
                """, (Object) enrolments.toArray(String[]::new));
        assertThat(issuedAfterWithdrawal).isZero();
    }

    private static JsonPath certificatesOf(String cohort) {
        return as(Role.ADMIN)
                .queryParam("cohort", cohort)
                .get("/api/v1/certificates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void mark(Person trainer, String session, String enrolment, String status) {
        trainer.call()
                .body(Map.of("marks", List.of(Map.of("enrolmentId", enrolment, "status", status))))
                .put("/api/v1/training/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
    }
}
