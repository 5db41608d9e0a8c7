package ru.digitalbridge.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.support.Api.adminToken;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Any web origin may read anonymously ({@code *}); credentials are accepted only from the allow-list. */
@QuarkusTest
class CorsPolicyTest {
    private static final String LISTED = "http://localhost:5173";
    private static final String STRANGER = "https://rating-site.example";

    @Test
    void anyOriginReadsAnonymouslyWithoutCredentials() {
        given().header("Origin", STRANGER)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        // a preflight for a read that sends If-None-Match is answered alike
        given().header("Origin", STRANGER)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/organizations")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD")
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void strangerCannotSendCredentialsOrWrite() {
        given().header("Origin", STRANGER)
                .header("Authorization", "Bearer " + adminToken())
                .get("/api/v1/audit")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", STRANGER)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/audit")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", STRANGER)
                .contentType("application/json")
                .body(Map.of("email", "x@bridge.test", "password", "whatever-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", containsString("cross-origin-refused"))
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void listedOriginKeepsCredentials() {
        given().header("Origin", LISTED)
                .header("Authorization", "Bearer " + adminToken())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(LISTED))
                .header("Access-Control-Allow-Credentials", "true");
        given().header("Origin", LISTED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/api/v1/organizations")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(LISTED))
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Headers", "authorization, content-type");
    }
}
