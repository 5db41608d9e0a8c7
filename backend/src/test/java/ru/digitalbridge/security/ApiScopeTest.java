package ru.digitalbridge.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Machine keys act within their scopes: reading and registry sync by default, monitoring writes only if granted. */
@QuarkusTest
class ApiScopeTest {

    private static String key(List<String> roles, List<String> scopes) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Ключ " + unique());
        body.put("roles", roles);
        if (scopes != null) {
            body.put("scopes", scopes);
        }
        return asAdmin()
                .body(body)
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    private static RequestSpecification with(String key) {
        return given().contentType("application/json")
                .accept("application/json")
                .header("X-API-Key", key);
    }

    private static final List<String> MONITORING_WRITES = List.of(
            "/api/v1/campaigns/%s/transition",
            "/api/v1/campaigns/%s/assign",
            "/api/v1/evaluations/%s/approve",
            "/api/v1/evaluations/%s/corrections",
            "/api/v1/evaluations/%s/return",
            "/api/v1/objections/%s/accept");

    @Test
    void aCoordinatorKeyByDefaultReadsAndSyncsTheRegistryButCannotChangeMonitoring() {
        String name = "Региональная система " + unique();
        asAdmin()
                .body(Map.of("name", name, "roles", List.of("COORDINATOR")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .body("client.scopes", containsInAnyOrder("registry:read", "registry:write", "results:read"));
        String key = key(List.of("COORDINATOR"), null);

        with(key).get("/api/v1/organizations").then().statusCode(200);
        with(key).get("/api/v1/campaigns").then().statusCode(200);
        // registry writes pass the scope check (and then fail validation on the empty body)
        with(key).body("{}").post("/api/v1/organizations").then().statusCode(400);

        for (String path : MONITORING_WRITES) {
            with(key)
                    .header("Accept-Language", "en")
                    .body(Map.of("version", 0))
                    .post(path.formatted(UUID.randomUUID()))
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/api-scope-missing"))
                    .body("requiredScope", equalTo("monitoring:write"));
        }
        with(key).body("{}").post("/api/v1/campaigns").then().statusCode(403);
        with(key)
                .body("{}")
                .put("/api/v1/campaigns/" + UUID.randomUUID())
                .then()
                .statusCode(403);

        // the same calls by a signed-in coordinator are not affected by scopes
        as(Role.COORDINATOR)
                .body(Map.of("to", "EVALUATION", "version", 0))
                .post("/api/v1/campaigns/" + UUID.randomUUID() + "/transition")
                .then()
                .statusCode(404);
    }

    @Test
    void monitoringWriteOnlyWhenGrantedAndNarrowKeysAreNarrow() {
        String granted = key(List.of("COORDINATOR"), List.of("results:read", "monitoring:write"));
        with(granted)
                .body(Map.of("to", "EVALUATION", "version", 0))
                .post("/api/v1/campaigns/" + UUID.randomUUID() + "/transition")
                .then()
                .statusCode(404);
        // but not the registry
        with(granted).get("/api/v1/organizations").then().statusCode(403);

        String readOnly = key(List.of("COORDINATOR"), List.of("registry:read"));
        with(readOnly).get("/api/v1/organizations").then().statusCode(200);
        with(readOnly)
                .body("{}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(403)
                .body("requiredScope", equalTo("registry:write"));
        with(readOnly).get("/api/v1/campaigns").then().statusCode(403);
        with(readOnly).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void unknownScopesAreRefusedAndTheListShowsScopes() {
        asAdmin()
                .body(Map.of("name", "Ключ " + unique(), "roles", List.of("COORDINATOR"), "scopes", List.of("all")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(400);
        key(List.of("EXPERT"), List.of("results:read"));
        asAdmin()
                .get("/api/v1/api-clients")
                .then()
                .statusCode(200)
                .body("scopes.flatten()", hasItem("results:read"))
                .body("scopes.flatten()", not(hasItem("all")));
    }
}
