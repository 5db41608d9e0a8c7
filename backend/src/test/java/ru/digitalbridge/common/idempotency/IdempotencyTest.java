package ru.digitalbridge.common.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.common.time.AppClock;
import ru.digitalbridge.security.Role;

/** Idempotency-Key on POST: replay, reuse with another body, concurrency, expiry, callers, format, failures. */
@QuarkusTest
class IdempotencyTest {
    private static final String BALAKOVO = "64000000-0000-4000-8000-000000000005";
    private static final String ORGANIZATIONS = "/api/v1/organizations";

    private static Map<String, Object> organization(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "MUNICIPAL_INSTITUTION");
        body.put("sector", "EDUCATION");
        body.put("municipalityId", BALAKOVO);
        return body;
    }

    private static String token() {
        StringBuilder word = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 14; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String key() {
        return "\"" + UUID.randomUUID() + "\"";
    }

    /** How many organizations carry the unique word in their name. */
    private static int named(String word) {
        return as(Role.COORDINATOR)
                .queryParam("q", word)
                .get(ORGANIZATIONS)
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static Response create(Map<String, Object> body, String key) {
        return as(Role.COORDINATOR).header("Idempotency-Key", key).body(body).post(ORGANIZATIONS);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstAnswerAndCreatesNothingMore() {
        String word = token();
        Map<String, Object> body = organization("Школа " + word);
        String key = key();
        Response first = create(body, key);
        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        Response again = create(body, key);
        again.then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", first.header("Location"))
                .contentType("application/json")
                .body("id", equalTo(first.path("id")))
                .body("name", equalTo("Школа " + word))
                .body("version", equalTo(first.<Integer>path("version")));
        assertThat(named(word)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
        String word = token();
        String other = token();
        String key = key();
        create(organization("Школа " + word), key).then().statusCode(201);
        create(organization("Школа " + other), key)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"))
                .body("title", equalTo("Ключ идемпотентности уже использован"));
        assertThat(named(other)).isZero();
    }

    @Test
    void concurrentDuplicatesRunOnceAndTheOtherReplaysOrIsTold409() throws Exception {
        String word = token();
        Map<String, Object> body = organization("Школа " + word);
        String key = key();
        String bearer = "Bearer " + ru.digitalbridge.support.Api.token(Role.COORDINATOR);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Response> call = () -> {
            start.await();
            return given().contentType("application/json")
                    .header("Authorization", bearer)
                    .header("Idempotency-Key", key)
                    .body(body)
                    .post(ORGANIZATIONS);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            futures.add(pool.submit(call));
            futures.add(pool.submit(call));
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Response> future : futures) {
                Response response = future.get();
                if (response.statusCode() == 201) {
                    ids.add(response.path("id"));
                } else {
                    response.then()
                            .statusCode(409)
                            .contentType("application/problem+json")
                            .body("type", endsWith("/idempotency-key-in-progress"));
                }
            }
            assertThat(ids).isNotEmpty();
            assertThat(ids).allMatch(ids.get(0)::equals);
        } finally {
            pool.shutdown();
        }
        assertThat(named(word)).isEqualTo(1);
        create(body, key).then().statusCode(201).header("Idempotency-Replayed", "true");
    }

    @Test
    void aKeyIsKeptForADayThenRunsAfresh() {
        String word = token();
        Map<String, Object> body = organization("Школа " + word);
        String key = key();
        String id = create(body, key).then().statusCode(201).extract().path("id");
        later(Duration.ofHours(23));
        create(body, key)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(id));
        later(Duration.ofHours(25));
        String fresh = create(body, key)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", nullValue())
                .extract()
                .path("id");
        assertThat(fresh).isNotEqualTo(id);
        assertThat(named(word)).isEqualTo(2);
    }

    private static void later(Duration shift) {
        QuarkusMock.installMockForType(
                new AppClock() {
                    @Override
                    public Instant now() {
                        return Instant.now().plus(shift);
                    }
                },
                AppClock.class);
    }

    @Test
    void keysBelongToTheirCaller() {
        String apiKey = asAdmin()
                .body(Map.of("name", "Система " + unique(), "roles", List.of("COORDINATOR")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        String word = token();
        Map<String, Object> body = organization("Школа " + word);
        String key = key();
        String byPerson = create(body, key).then().statusCode(201).extract().path("id");
        String byMachine = given().contentType("application/json")
                .header("X-API-Key", apiKey)
                .header("Idempotency-Key", key)
                .body(body)
                .post(ORGANIZATIONS)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", nullValue())
                .extract()
                .path("id");
        assertThat(byMachine).isNotEqualTo(byPerson);
        assertThat(named(word)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"a\\\"b\"", "\"   \""})
    void aMalformedKeyIs400NamingTheHeaderAndWritesNothing(String malformed) {
        String word = token();
        create(organization("Школа " + word), malformed)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertThat(named(word)).isZero();
    }

    @Test
    void aTooLongKeyIs400() {
        create(organization("Школа " + token()), "\"" + "k".repeat(256) + "\"")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aFailedRequestReleasesItsKeySoTheCorrectedRetryRuns() {
        String word = token();
        String key = key();
        Map<String, Object> invalid = organization("Школа " + word);
        invalid.remove("kind");
        create(invalid, key).then().statusCode(400).body("violations[0].field", equalTo("kind"));
        create(organization("Школа " + word), key).then().statusCode(201).header("Idempotency-Replayed", nullValue());
        assertThat(named(word)).isEqualTo(1);
    }

    @Test
    void anIssuedApiKeyIsNeverKeptSoARetryRunsAgain() {
        Map<String, Object> body = Map.of("name", "Система " + unique(), "roles", List.of("COORDINATOR"));
        String key = key();
        asAdmin()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .body("key", org.hamcrest.Matchers.startsWith("dbk_"));
        asAdmin()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/api-clients")
                .then()
                .statusCode(409)
                .header("Idempotency-Replayed", nullValue())
                .body("type", endsWith("/api-client-name-taken"))
                .body("key", nullValue());
    }
}
