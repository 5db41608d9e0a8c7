package ru.digitalbridge.training;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/**
 * A date or time in a body outside the years 1–9999 is a 400 naming the field, and nothing is written: Java reads
 * years up to ±999,999,999, and one PostgreSQL cannot store (year +999999999, +300000) was a 500 from the database.
 */
@QuarkusTest
class OutOfRangeDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-01-01", "+300000-01-01", "-4800-01-01", "0000-12-31", "+10000-01-01"})
    void aSessionOutsideTheYearsOneToNineThousandIsRefused(String day) {
        String programme = Training.approvedProgramme(1);
        Person trainer = Training.person(Role.TRAINER);
        String cohort = Training.cohort(programme, trainer, null, false, false);

        // in this order, so that startsAt is the first value read (and refused)
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("startsAt", day + "T10:00:00Z");
        session.put("endsAt", day + "T12:00:00Z");
        session.put("topic", "Занятие");
        session.put("mode", "ONLINE");
        session.put("link", "https://meet.example.org/x");

        trainer.call()
                .body(session)
                .post("/api/v1/training/cohorts/" + cohort + "/sessions")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("startsAt"));
        trainer.call()
                .get("/api/v1/training/cohorts/" + cohort)
                .then()
                .statusCode(200)
                .body("sessions.size()", equalTo(0));
    }
}
