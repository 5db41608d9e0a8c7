package ru.digitalbridge.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiClientResourceTest {

    @Test
    void aKeyActsWithItsRolesUntilRevoked() {
        String name = "Региональная система " + unique();
        var created = asAdmin()
                .body(Map.of("name", name, "roles", List.of("COORDINATOR")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                .body("client.name", equalTo(name))
                .body("key", startsWith("dbk_"))
                .extract()
                .jsonPath();
        String key = created.getString("key");
        String id = created.getString("client.id");

        asAdmin()
                .get("/api/v1/api-clients")
                .then()
                .statusCode(200)
                .body("name", hasItem(name))
                .body("key", not(hasItem(key)));

        given().header("X-API-Key", key).get("/api/v1/audit").then().statusCode(200);
        given().header("X-API-Key", key).get("/api/v1/users").then().statusCode(403);

        asAdmin()
                .post("/api/v1/api-clients/" + id + "/revoke")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        given().header("X-API-Key", key)
                .get("/api/v1/audit")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void wrongKeyIs401() {
        given().header("X-API-Key", "dbk_not-a-real-key")
                .get("/api/v1/audit")
                .then()
                .statusCode(401);
    }

    @Test
    void administratorRoleCannotBeGrantedToAMachine() {
        asAdmin()
                .body(Map.of("name", "root " + unique(), "roles", List.of("ADMIN")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("roles"));
    }

    @Test
    void duplicateNameIs409() {
        String name = "Дубль " + unique();
        asAdmin()
                .body(Map.of("name", name, "roles", List.of("EXPERT")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201);
        asAdmin()
                .body(Map.of("name", name, "roles", List.of("EXPERT")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/api-client-name-taken"))
                .body("violations.field", hasItem("name"));
    }

    @Test
    void onlyAdministratorsManageKeys() {
        anonymous().get("/api/v1/api-clients").then().statusCode(401);
        as(Role.COORDINATOR).get("/api/v1/api-clients").then().statusCode(403);
        as(Role.COORDINATOR)
                .body(Map.of("name", "x " + unique(), "roles", List.of("EXPERT")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(403);
        asAdmin()
                .post("/api/v1/api-clients/" + java.util.UUID.randomUUID() + "/revoke")
                .then()
                .statusCode(404);
    }
}
