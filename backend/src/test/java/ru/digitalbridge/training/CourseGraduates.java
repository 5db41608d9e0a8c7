package ru.digitalbridge.training;

import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.unique;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/** For other features' tests: a learner who completes a course this month and runs the given accounts, via the API. */
public final class CourseGraduates {
    private CourseGraduates() {}

    /** Enrols a new learner in a new one-session cohort, links the accounts, marks them present; the learner's id. */
    public static String graduate(List<UUID> accounts) {
        String programme = Training.approvedProgramme(1);
        Person trainer = Training.person(Role.TRAINER);
        String cohort = Training.cohort(programme, trainer, 100, false, false);
        String session = Training.session(trainer, cohort, 3);
        String enrolment =
                Training.enrol(trainer, cohort, Training.learnerBody("graduate-" + unique() + "@example.org"));
        String learner = trainer.call()
                .get("/api/v1/training/cohorts/" + cohort + "/roster")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.enrolmentId == '" + enrolment + "' }.learner.id", String.class)
                .get(0);
        as(Role.COORDINATOR)
                .body(Map.of("accountIds", accounts))
                .put("/api/v1/training/learners/" + learner + "/accounts")
                .then()
                .statusCode(200);
        trainer.call()
                .body(Map.of("marks", List.of(Map.of("enrolmentId", enrolment, "status", "PRESENT"))))
                .put("/api/v1/training/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
        return learner;
    }
}
