package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/**
 * A trainer sees the certificates of the cohorts they train and no others: the list and the ZIP are bounded to
 * them, another cohort's filter, certificate or PDF is a 403. Administrators see every certificate.
 */
@QuarkusTest
class CertificateTrainerScopeTest {

    /** A cohort of {@code trainer} whose one learner completed (no requirements) and holds a certificate. */
    private static String certified(String programme, Person trainer) {
        String cohort = Training.cohort(programme, trainer, null, false, false);
        Training.enrol(
                trainer,
                cohort,
                Training.learnerBody(Training.person(Role.LEARNER).email()));
        trainer.call()
                .post("/api/v1/training/cohorts/" + cohort + "/certificates")
                .then()
                .statusCode(200);
        return cohort;
    }

    private static String certificateOf(String cohort) {
        List<String> ids = as(Role.ADMIN)
                .queryParam("cohort", cohort)
                .get("/api/v1/certificates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @Test
    void aTrainerListsAndOpensOnlyTheirOwnCohortsCertificates() throws IOException {
        String programme = Training.approvedProgramme(1);
        Person mine = Training.person(Role.TRAINER);
        Person other = Training.person(Role.TRAINER);
        String myCohort = certified(programme, mine);
        String otherCohort = certified(programme, other);
        String myCertificate = certificateOf(myCohort);
        String otherCertificate = certificateOf(otherCohort);

        List<String> listed = mine.call()
                .queryParam("size", 100)
                .get("/api/v1/certificates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(listed).contains(myCertificate).doesNotContain(otherCertificate);
        assertThat(mine.call()
                        .queryParam("q", "")
                        .queryParam("size", 100)
                        .get("/api/v1/certificates")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.cohortId", String.class))
                .containsOnly(myCohort);

        mine.call()
                .queryParam("cohort", otherCohort)
                .get("/api/v1/certificates")
                .then()
                .statusCode(403);
        mine.call().get("/api/v1/certificates/" + otherCertificate).then().statusCode(403);
        mine.call()
                .accept("application/pdf")
                .get("/api/v1/certificates/" + otherCertificate + "/pdf")
                .then()
                .statusCode(403);
        mine.call()
                .accept("application/zip")
                .queryParam("cohort", otherCohort)
                .get("/api/v1/certificates/archive")
                .then()
                .statusCode(403);
        mine.call().get("/api/v1/certificates/" + myCertificate).then().statusCode(200);

        // a ZIP by year holds only the trainer's own cohorts' documents
        String myNumber = mine.call()
                .get("/api/v1/certificates/" + myCertificate)
                .then()
                .extract()
                .path("number");
        String otherNumber = as(Role.ADMIN)
                .get("/api/v1/certificates/" + otherCertificate)
                .then()
                .statusCode(200)
                .extract()
                .path("number");
        String year = myNumber.split("-")[1];
        byte[] zip = mine.call()
                .accept("application/zip")
                .queryParam("year", year)
                .get("/api/v1/certificates/archive")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains(myNumber + ".pdf").doesNotContain(otherNumber + ".pdf");

        // administrators see both
        assertThat(as(Role.ADMIN)
                        .queryParam("cohort", otherCohort)
                        .get("/api/v1/certificates")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .hasSize(1);
    }

    @Test
    void aTrainerIssuesOnlyFromTheRecordsOfTheirOwnCohortsCompletedLearners() {
        String programme = Training.approvedProgramme(1);
        Person mine = Training.person(Role.TRAINER);
        Person other = Training.person(Role.TRAINER);
        // another trainer's cohort with a completed learner: not mine to issue
        String otherCohort = Training.cohort(programme, other, null, false, false);
        Training.enrol(
                other,
                otherCohort,
                Training.learnerBody(Training.person(Role.LEARNER).email()));
        mine.call()
                .post("/api/v1/training/cohorts/" + otherCohort + "/certificates")
                .then()
                .statusCode(403);

        // my cohort, but the learner has not met the rule (attendance required, no sessions held)
        String myCohort = Training.cohort(programme, mine, 75, false, false);
        String enrolment = Training.enrol(
                mine,
                myCohort,
                Training.learnerBody(Training.person(Role.LEARNER).email()));
        assertThat(mine.call()
                        .post("/api/v1/training/cohorts/" + myCohort + "/certificates")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("$"))
                .isEmpty();

        // nor may a trainer write a certificate's fields themselves, even naming their own cohort and enrolment
        Map<String, Object> forged = new HashMap<>();
        forged.put("enrolmentId", enrolment);
        forged.put("cohortId", myCohort);
        forged.put("surname", "Подделкина");
        forged.put("givenName", "Анна");
        forged.put("programmeTitle", "Любая программа");
        forged.put("hours", 500);
        forged.put("studyStart", "2023-02-01");
        forged.put("studyEnd", "2023-03-31");
        forged.put("issuerName", "Кто угодно");
        forged.put("issuerInn", "7707083893");
        forged.put("licenceNumber", "Л035-1");
        forged.put("licenceDate", "2020-01-01");
        mine.call().body(forged).post("/api/v1/certificates").then().statusCode(403);
        forged.put("enrolmentId", null);
        forged.put("cohortId", null);
        mine.call().body(forged).post("/api/v1/certificates").then().statusCode(403);

        for (String cohort : List.of(myCohort, otherCohort)) {
            List<String> names = as(Role.ADMIN)
                    .queryParam("cohort", cohort)
                    .get("/api/v1/certificates")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.surname");
            assertThat(names).doesNotContain("Подделкина");
            if (cohort.equals(myCohort)) {
                assertThat(names).isEmpty();
            }
        }
        assertThat(as(Role.ADMIN)
                        .queryParam("q", "Подделкина")
                        .get("/api/v1/certificates")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .isEmpty();
    }
}
