package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/**
 * Training meets certificates: a cohort that issues automatically issues in the transaction that completes an
 * enrolment, once; one that does not waits for the trainer's confirmation, which issues for completed enrolments only
 * and never twice; another cohort's trainer may not confirm.
 */
@QuarkusTest
class CertificatesFromTrainingTest {
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
