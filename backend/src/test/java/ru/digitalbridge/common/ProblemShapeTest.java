package ru.digitalbridge.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.support.Api;

/** Required versions, repeated keys, reserved problem members, 404s that name nothing and /me for an API key. */
@QuarkusTest
class ProblemShapeTest {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Every state-changing call whose body carries the version the client last saw. */
    static Stream<String> versionedCalls() {
        return Stream.of(
                "/api/v1/organizations/%s/archive",
                "/api/v1/organizations/%s/restore",
                "/api/v1/accounts/%s/archive",
                "/api/v1/accounts/%s/restore",
                "/api/v1/criteria-sets/%s/approve",
                "/api/v1/criteria-sets/%s/retire",
                "/api/v1/evaluations/%s/submit",
                "/api/v1/evaluations/%s/approve",
                "/api/v1/evaluations/%s/return",
                "/api/v1/campaigns/%s/transition");
    }

    @ParameterizedTest
    @MethodSource("versionedCalls")
    void theVersionIsRequired(String template) {
        String path = template.formatted(UUID.randomUUID());
        for (String body : List.of("", "null", "{}", "{\"version\":null}")) {
            var request = Api.asAdmin().contentType("application/json");
            if (!body.isEmpty()) {
                request = request.body(body);
            }
            request.post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("version"));
        }
        Api.asAdmin()
                .body("{\"version\":1,\"version\":2}")
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/duplicate-key"))
                .body("violations.field", hasItem("version"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/criteria-sets/%s", "/api/v1/campaigns/%s"})
    void deletingNeedsTheVersion(String template) {
        Api.asAdmin()
                .delete(template.formatted(UUID.randomUUID()))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("version"));
    }

    @Test
    void aStaleVersionOnArchiveIs409() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Школа " + Api.unique());
        body.put("kind", "MUNICIPAL_INSTITUTION");
        body.put("sector", "EDUCATION");
        body.put("municipalityId", "64000000-0000-4000-8000-000000000005");
        var created = Api.asAdmin()
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        long version = created.getLong("version");
        Api.asAdmin()
                .body(Map.of("version", version + 1))
                .post("/api/v1/organizations/" + id + "/archive")
                .then()
                .statusCode(409);
        Api.asAdmin()
                .body("{}")
                .post("/api/v1/organizations/" + id + "/archive")
                .then()
                .statusCode(400);
        Api.asAdmin().get("/api/v1/organizations/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aProblemExtensionCannotReplaceAStandardMember() {
        for (String name : List.of("type", "title", "status", "detail", "instance")) {
            assertThatThrownBy(() -> ProblemException.conflict("x").with(name, "RETIRED"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(ProblemException.conflict("x")
                        .with("recordStatus", "RETIRED")
                        .extensions())
                .containsEntry("recordStatus", "RETIRED");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/organizations/%s",
                "/api/v1/accounts/%s",
                "/api/v1/criteria-sets/%s",
                "/api/v1/campaigns/%s",
                "/api/v1/evaluations/%s",
                "/api/v1/objections/%s",
                "/api/v1/users/%s",
                "/api/v1/evaluations/%s/questions"
            })
    void aNotFoundNamesNoId(String template) {
        String path = template.formatted(UUID.randomUUID());
        for (var request : List.of(given().accept("application/json"), Api.asAdmin())) {
            Response response = request.get(path);
            int status = response.statusCode();
            assertThat(status).as(path).isIn(401, 403, 404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            Map<String, Object> problem = new HashMap<>(response.jsonPath().getMap(""));
            problem.remove("requestId"); // the request's own id, not a record's
            problem.remove("instance"); // the path the client sent
            String text = problem.toString();
            assertThat(UUID_TEXT.matcher(text).find()).as("no id in " + text).isFalse();
        }
    }

    @Test
    void meWithAnApiKeyDescribesTheKey() {
        String name = "Система " + Api.unique();
        String key = Api.asAdmin()
                .body(Map.of("name", name, "roles", List.of("COORDINATOR")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        given().header("X-API-Key", key)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("kind", equalTo("api-client"))
                .body("fullName", equalTo(name))
                .body("roles", equalTo(List.of("COORDINATOR")))
                .body("email", nullValue())
                .body("organizationId", nullValue());
        Api.asAdmin().get("/api/v1/me").then().statusCode(200).body("kind", equalTo("user"));
    }
}
