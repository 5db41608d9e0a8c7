package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/** Programmes, cohorts, learners and enrolment through HTTP: rules, access and personal data. */
@QuarkusTest
class TrainingResourceTest {
    private static String programme;

    @BeforeEach
    void programme() {
        if (programme == null) {
            programme = Training.approvedProgramme(2);
        }
    }

    @Test
    void aProgrammeNeedsSixteenHoursAndModulesThatAddUp() {
        Map<String, Object> body = Training.programmeBody(1);
        body.put("totalHours", 12);
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/training/programmes")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("totalHours"));
        body.put("totalHours", 40);
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/training/programmes")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("modules"));
        body.put("totalHours", 36);
        body.put("issuer", Map.of("name", "X", "inn", "7707083894", "licenceNumber", "1", "licenceDate", "2020-01-01"));
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/training/programmes")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("issuer.inn")));
        String title = (String) Training.programmeBody(1).get("title");
        as(Role.COORDINATOR)
                .queryParam("size", 200)
                .get("/api/v1/training/programmes")
                .then()
                .statusCode(200)
                .body("items.title", not(hasItem(title)));
    }

    @Test
    void programmesAreFoundByPartOfTheTitleWildcardsTakenLiterally() {
        String tag = "Поиск " + unique();
        Map<String, Object> percent = Training.programmeBody(1);
        percent.put("title", tag + " 100% онлайн");
        Map<String, Object> digits = Training.programmeBody(1);
        digits.put("title", tag + " 1000 онлайн");
        String percentId = as(Role.COORDINATOR)
                .body(percent)
                .post("/api/v1/training/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String digitsId = as(Role.COORDINATOR)
                .body(digits)
                .post("/api/v1/training/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Role.TRAINER)
                .queryParam("q", tag.toUpperCase())
                .get("/api/v1/training/programmes")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(percentId, digitsId));
        as(Role.COORDINATOR)
                .queryParam("q", tag + " 100%")
                .get("/api/v1/training/programmes")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(percentId));
        // the filters combine: neither draft is approved
        as(Role.COORDINATOR)
                .queryParam("q", tag)
                .queryParam("status", "APPROVED")
                .get("/api/v1/training/programmes")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(Role.COORDINATOR)
                .queryParam("q", "x".repeat(201))
                .get("/api/v1/training/programmes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("q"));
    }

    @Test
    void anApprovedProgrammeIsImmutableAndChangesAsANewEdition() {
        var created = as(Role.COORDINATOR)
                .body(Training.programmeBody(1))
                .post("/api/v1/training/programmes")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("DRAFT"))
                .extract()
                .jsonPath();
        String id = created.getString("id");
        String cohortOnDraft = as(Role.COORDINATOR)
                .body(Training.cohortBody(id, List.of(), null, false, false, 10))
                .post("/api/v1/training/cohorts")
                .then()
                .statusCode(422)
                .extract()
                .path("type");
        assertThat(cohortOnDraft).isEqualTo("/problems/training-programme-not-approved");
        as(Role.COORDINATOR)
                .body(Map.of("version", created.getLong("version") + 5))
                .post("/api/v1/training/programmes/" + id + "/approve")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        long version = as(Role.COORDINATOR)
                .body(Map.of("version", created.getLong("version")))
                .post("/api/v1/training/programmes/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .extract()
                .jsonPath()
                .getLong("version");
        Map<String, Object> change = Training.programmeBody(1);
        change.put("version", version);
        as(Role.COORDINATOR)
                .body(change)
                .put("/api/v1/training/programmes/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/training-programme-not-draft"));
        as(Role.COORDINATOR)
                .post("/api/v1/training/programmes/" + id + "/new-version")
                .then()
                .statusCode(201)
                .body("edition", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("familyId", equalTo(created.getString("familyId")));
        as(Role.COORDINATOR)
                .post("/api/v1/training/programmes/" + id + "/new-version")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/training-programme-has-draft"));
    }

    @Test
    void programmesAndCohortsAreNotForAnonymousLearnersOrExperts() {
        anonymous().get("/api/v1/training/programmes").then().statusCode(401);
        anonymous().get("/api/v1/training/cohorts").then().statusCode(401);
        as(Role.LEARNER).get("/api/v1/training/programmes").then().statusCode(403);
        as(Role.EXPERT).get("/api/v1/training/cohorts").then().statusCode(403);
        as(Role.TRAINER)
                .body(Training.programmeBody(1))
                .post("/api/v1/training/programmes")
                .then()
                .statusCode(403);
    }

    @Test
    void aCohortNeedsTrainersWhoAreTrainers() {
        Person expert = Training.person(Role.EXPERT);
        as(Role.COORDINATOR)
                .body(Training.cohortBody(programme, List.of(expert.id()), 75, true, true, 10))
                .post("/api/v1/training/cohorts")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("trainerIds")));
    }

    @Test
    void aTrainerRunsOnlyTheirOwnCohorts() {
        Person trainer = Training.person(Role.TRAINER);
        Person other = Training.person(Role.TRAINER);
        String cohort = Training.cohort(programme, trainer, 75, false, false);
        String enrolment = Training.enrol(trainer, cohort, Training.learnerBody(unique() + "@learner.test"));
        String session = Training.session(trainer, cohort, 2);

        other.call().get("/api/v1/training/cohorts/" + cohort).then().statusCode(403);
        other.call()
                .get("/api/v1/training/cohorts/" + cohort + "/roster")
                .then()
                .statusCode(403);
        other.call()
                .body(Map.of("marks", List.of(Map.of("enrolmentId", enrolment, "status", "PRESENT"))))
                .put("/api/v1/training/sessions/" + session + "/attendance")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/training-forbidden"));
        other.call()
                .body(Map.of("learner", Training.learnerBody(unique() + "@learner.test")))
                .post("/api/v1/training/cohorts/" + cohort + "/enrolments")
                .then()
                .statusCode(403);
        other.call()
                .post("/api/v1/training/sessions/" + session + "/check-in-code")
                .then()
                .statusCode(403);
        other.call().get("/api/v1/training/cohorts").then().statusCode(200).body("items.id", not(hasItem(cohort)));
        trainer.call().get("/api/v1/training/cohorts").then().statusCode(200).body("items.id", hasItem(cohort));
        as(Role.LEARNER)
                .body(Map.of("marks", List.of(Map.of("enrolmentId", enrolment, "status", "PRESENT"))))
                .put("/api/v1/training/sessions/" + session + "/attendance")
                .then()
                .statusCode(403);
        anonymous().get("/api/v1/training/cohorts/" + cohort + "/roster").then().statusCode(401);
        trainer.call()
                .get("/api/v1/training/cohorts/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void personalDataIsForAdministratorsTheCohortsTrainersAndTheLearnerOnly() {
        Person trainer = Training.person(Role.TRAINER);
        Person other = Training.person(Role.TRAINER);
        Person learner = Training.person(Role.LEARNER);
        Person stranger = Training.person(Role.LEARNER);
        String cohort = Training.cohort(programme, trainer, 75, false, false);
        Map<String, Object> data = Training.learnerBody(learner.email());
        String snils = (String) data.get("snils");
        Training.enrol(trainer, cohort, data);
        String learnerId = trainer.call()
                .get("/api/v1/training/cohorts/" + cohort + "/roster")
                .then()
                .statusCode(200)
                .body("[0].learner.personal.snils", equalTo(snils))
                .body("[0].learner.personal.birthDate", equalTo("1990-05-17"))
                .extract()
                .path("[0].learner.id");

        asAdmin().get("/api/v1/training/learners/" + learnerId).then().body("personal.snils", equalTo(snils));
        learner.call().get("/api/v1/training/learners/" + learnerId).then().body("personal.snils", equalTo(snils));
        as(Role.COORDINATOR)
                .get("/api/v1/training/learners/" + learnerId)
                .then()
                .statusCode(200)
                .body("surname", equalTo("Иванова"))
                .body("personal", nullValue());
        as(Role.COORDINATOR)
                .get("/api/v1/training/cohorts/" + cohort + "/roster")
                .then()
                .statusCode(200)
                .body("[0].learner.personal", nullValue());
        other.call().get("/api/v1/training/learners/" + learnerId).then().statusCode(403);
        stranger.call().get("/api/v1/training/learners/" + learnerId).then().statusCode(403);
        anonymous().get("/api/v1/training/learners/" + learnerId).then().statusCode(401);

        String digits = snils.replaceAll("\\D", "");
        for (var reader : List.of(asAdmin(), as(Role.COORDINATOR))) {
            String audit = reader.queryParam("entityId", learnerId)
                    .get("/api/v1/audit")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(audit).contains("Иванова").doesNotContain(snils).doesNotContain(digits.substring(0, 9));
            assertThat(audit).doesNotContain("1990-05-17").doesNotContain(learner.email());
        }
    }

    @Test
    void aSnilsWithAWrongCheckNumberIsRefusedAndNothingIsWritten() {
        Map<String, Object> data = Training.learnerBody(unique() + "@learner.test");
        data.put("snils", "112-233-445 96");
        as(Role.COORDINATOR)
                .body(data)
                .post("/api/v1/training/learners")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("snils")))
                .body("violations[0].message", containsString("СНИЛС"));
        as(Role.COORDINATOR)
                .queryParam("q", data.get("email"))
                .get("/api/v1/training/learners")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        data.put("snils", Training.snils());
        as(Role.COORDINATOR).body(data).post("/api/v1/training/learners").then().statusCode(201);
    }

    @Test
    void enrolmentMatchesLearnersByEmailAndSnilsAndRespectsCapacity() {
        Person trainer = Training.person(Role.TRAINER);
        String cohort = as(Role.COORDINATOR)
                .body(Training.cohortBody(programme, List.of(trainer.id()), null, false, false, 1))
                .post("/api/v1/training/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> data = Training.learnerBody(unique() + "@learner.test");
        Training.enrol(trainer, cohort, data);
        trainer.call()
                .body(Map.of("learner", data))
                .post("/api/v1/training/cohorts/" + cohort + "/enrolments")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/training-already-enrolled"));
        trainer.call()
                .body(Map.of("learner", Training.learnerBody(unique() + "@learner.test")))
                .post("/api/v1/training/cohorts/" + cohort + "/enrolments")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/training-cohort-full"));
        // the same СНИЛС under another e-mail is the same person, recorded once
        Map<String, Object> sameSnils = Training.learnerBody(unique() + "@learner.test");
        sameSnils.put("snils", data.get("snils"));
        String other = Training.cohort(programme, trainer, null, false, false);
        Training.enrol(trainer, other, sameSnils);
        as(Role.COORDINATOR)
                .queryParam("q", data.get("email"))
                .get("/api/v1/training/learners")
                .then()
                .body("total", equalTo(1));
        as(Role.COORDINATOR)
                .queryParam("q", sameSnils.get("email"))
                .get("/api/v1/training/learners")
                .then()
                .body("total", equalTo(0));
        trainer.call()
                .body(Map.of())
                .post("/api/v1/training/cohorts/" + cohort + "/enrolments")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("learnerId")));
    }

    @Test
    void aLearnerAppliesATrainerApprovesAndTheLearnerChecksInWithTheCode() {
        Person trainer = Training.person(Role.TRAINER);
        Person learner = Training.person(Role.LEARNER);
        String cohort = Training.cohort(programme, trainer, 100, false, false);
        String session = Training.session(trainer, cohort, 5);
        String enrolment = learner.call()
                .body(Training.learnerBody(learner.email()))
                .post("/api/v1/training/cohorts/" + cohort + "/applications")
                .then()
                .statusCode(201)
                .body("status", equalTo("APPLIED"))
                .extract()
                .path("id");
        String code = trainer.call()
                .post("/api/v1/training/sessions/" + session + "/check-in-code")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        learner.call()
                .body(Map.of("code", code))
                .post("/api/v1/training/check-in")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/training-checkin-code-invalid"));
        Training.person(Role.TRAINER)
                .call()
                .post("/api/v1/training/enrolments/" + enrolment + "/approve")
                .then()
                .statusCode(403);
        trainer.call()
                .post("/api/v1/training/enrolments/" + enrolment + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENROLLED"));
        String wrong = code.equals("000000") ? "000001" : "000000";
        learner.call()
                .body(Map.of("code", wrong))
                .post("/api/v1/training/check-in")
                .then()
                .statusCode(422);
        learner.call()
                .body(Map.of("code", code))
                .post("/api/v1/training/check-in")
                .then()
                .statusCode(200)
                .body("status", equalTo("PRESENT"));
        learner.call()
                .get("/api/v1/training/me")
                .then()
                .statusCode(200)
                .body("learner.personal.snils", notNullValue())
                .body("enrolments[0].sessions[0].attendance", equalTo("PRESENT"))
                .body("enrolments[0].completion.met", equalTo(true));
        Training.person(Role.LEARNER).call().get("/api/v1/training/me").then().statusCode(404);
        anonymous().get("/api/v1/training/me").then().statusCode(401);
    }

    @Test
    void aFailedSubmissionMayBeResubmittedAPendingOneMayNot() {
        Person trainer = Training.person(Role.TRAINER);
        Person learner = Training.person(Role.LEARNER);
        String cohort = Training.cohort(programme, trainer, null, true, false);
        Training.enrol(trainer, cohort, Training.learnerBody(learner.email()));
        String assignment = trainer.call()
                .body(Map.of("title", "Самооценка аккаунта", "dueAt", "2030-01-01T00:00:00Z", "required", true))
                .post("/api/v1/training/cohorts/" + cohort + "/assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> answer = Map.of("text", "Мой ответ", "links", List.of("https://vk.com/club1"));
        String first = learner.call()
                .body(answer)
                .post("/api/v1/training/assignments/" + assignment + "/submissions")
                .then()
                .statusCode(201)
                .body("attempt", equalTo(1))
                .extract()
                .path("id");
        learner.call()
                .body(answer)
                .post("/api/v1/training/assignments/" + assignment + "/submissions")
                .then()
                .statusCode(409);
        Training.person(Role.LEARNER)
                .call()
                .body(answer)
                .post("/api/v1/training/assignments/" + assignment + "/submissions")
                .then()
                .statusCode(403);
        trainer.call()
                .body(Map.of("grade", "FAIL", "comment", "Нет ссылок на посты"))
                .post("/api/v1/training/submissions/" + first + "/grade")
                .then()
                .statusCode(200)
                .body("grade", equalTo("FAIL"));
        learner.call()
                .body(Map.of("text", "Исправлено", "links", List.of("not a link")))
                .post("/api/v1/training/assignments/" + assignment + "/submissions")
                .then()
                .statusCode(400);
        learner.call()
                .body(answer)
                .post("/api/v1/training/assignments/" + assignment + "/submissions")
                .then()
                .statusCode(201)
                .body("attempt", equalTo(2));
        trainer.call()
                .body(Map.of("grade", "PASS"))
                .post("/api/v1/training/submissions/" + first + "/grade")
                .then()
                .statusCode(409);
        learner.call()
                .get("/api/v1/training/me")
                .then()
                .body("enrolments[0].assignments[0].latest.attempt", equalTo(2))
                .body("enrolments[0].completion.missing", equalTo(List.of("ASSIGNMENTS")));
    }
}
