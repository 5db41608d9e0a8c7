package ru.digitalbridge.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A malformed {@code Accept-Language} (a weight above 1 or not a number) is read as no preference: the answer is the
 * one in Russian, never a 500. JAX-RS' parsed list of languages throws on such a header, in a resource and again in
 * the problem mapper of that failure.
 */
@QuarkusTest
class AcceptLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"en;q=2", "*;q=abc", "en;q=-1", "ru;q=0.5;q=1"})
    void aMalformedWeightFallsBackToRussian(String header) {
        given().header("Accept-Language", header)
                .get("/api/v1/organizations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Не найдено"));
        given().header("Accept-Language", header)
                .get("/api/v1/bulletins/feed")
                .then()
                .statusCode(200);
        given().header("Accept-Language", header)
                .get("/api/v1/organizations?size=abc")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }
}
