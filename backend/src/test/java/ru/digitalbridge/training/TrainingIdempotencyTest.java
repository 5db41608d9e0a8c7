package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;

/**
 * Idempotency-Key holds for the POSTs added after it (training here; the filter is one for every POST): a retry with
 * the same key and body replays the first answer, the same key with another body is 422 and runs nothing.
 */
@QuarkusTest
class TrainingIdempotencyTest {
    private static Response create(String key, Map<String, Object> body) {
        return as(Role.COORDINATOR)
                .header("Idempotency-Key", "\"" + key + "\"")
                .body(body)
                .post("/api/v1/training/programmes");
    }

    @Test
    void aProgrammeCreatedTwiceWithOneKeyExistsOnceAndAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Training.programmeBody(1);
        Response first = create(key, body);
        first.then().statusCode(201);
        String id = first.path("id");
        assertThat(first.header("Idempotency-Replayed")).isNull();

        Response again = create(key, body);
        again.then().statusCode(201).body("id", equalTo(id));
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));

        Map<String, Object> other = Training.programmeBody(1);
        create(key, other).then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        as(Role.COORDINATOR)
                .get("/api/v1/training/programmes/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo(body.get("title")));
    }
}
