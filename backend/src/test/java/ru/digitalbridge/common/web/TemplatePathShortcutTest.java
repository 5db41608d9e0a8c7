package ru.digitalbridge.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.support.Eventually;

/**
 * With Quarkus REST's per-request template lookup skipped ({@link TemplatePathShortcut}), the HTTP metrics still
 * carry each resource's URL template, and authentication failures still end as 401.
 */
@QuarkusTest
class TemplatePathShortcutTest {
    @Test
    void theShortcutIsInstalled() {
        org.assertj.core.api.Assertions.assertThat(TemplatePathShortcut.failingHandler())
                .isNotNull();
    }

    @Test
    void metricsKeepTheUrlTemplate() {
        given().get("/api/v1/ratings/snapshots/" + UUID.randomUUID() + "/rows");
        // a request is recorded when its response has ended, which can be just after the client read it: look again
        // (bounded) before the final check
        Eventually.await(
                () -> given().get("/q/metrics").asString().contains("uri=\"/api/v1/ratings/snapshots/{id}/rows\""),
                Duration.ofSeconds(30));
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("uri=\"/api/v1/ratings/snapshots/{id}/rows\""));
    }

    @Test
    void failedAuthenticationIsStill401() {
        given().get("/api/v1/certificates").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token")
                .get("/api/v1/certificates")
                .then()
                .statusCode(401);
        given().header("X-API-Key", "not-a-key")
                .get("/api/v1/certificates")
                .then()
                .statusCode(401);
    }
}
