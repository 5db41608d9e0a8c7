package ru.digitalbridge.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;

/** Answers to requests with credentials are never stored by any cache; only anonymous reads are public. */
@QuarkusTest
class CachePolicyTest {
    private static final Matcher<String> VARY = allOf(
            containsString("Authorization"),
            containsString("X-API-Key"),
            containsString("Cookie"),
            containsString("Accept-Language"));

    private static String key() {
        return asAdmin()
                .body(Map.of("name", "Кэш " + unique(), "roles", List.of("COORDINATOR")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    @Test
    void anonymousReadsArePublicAndVaryOnCredentials() {
        for (String path : List.of("/api/v1/organizations", "/api/v1/campaigns", "/api/v1/reference")) {
            anonymous()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "public, max-age=60")
                    .header("Vary", VARY);
        }
    }

    @Test
    void bearerAndApiKeyAnswersArePrivateNoStore() {
        String key = key();
        // a fresh specification per request: REST Assured keeps the query of a path it was once sent to
        List<java.util.function.Supplier<RequestSpecification>> callers = List.of(
                () -> as(Role.COORDINATOR),
                () -> asAdmin(),
                () -> given().accept("application/json").header("X-API-Key", key));
        for (java.util.function.Supplier<RequestSpecification> caller : callers) {
            for (String path : List.of("/api/v1/organizations", "/api/v1/campaigns", "/api/v1/audit")) {
                caller.get()
                        .get(path)
                        .then()
                        .statusCode(200)
                        .header("Cache-Control", "private, no-store")
                        .header("Vary", VARY);
            }
            // non-JSON answers and errors too
            caller.get()
                    .get("/api/v1/organizations/export?format=csv")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "private, no-store");
            caller.get()
                    .get("/api/v1/organizations/" + java.util.UUID.randomUUID())
                    .then()
                    .statusCode(404)
                    .header("Cache-Control", "private, no-store");
        }
        // a conditional GET with credentials stays private
        String etag = as(Role.COORDINATOR)
                .get("/api/v1/organizations")
                .then()
                .extract()
                .header("ETag");
        as(Role.COORDINATOR)
                .header("If-None-Match", etag)
                .get("/api/v1/organizations")
                .then()
                .statusCode(304)
                .header("Cache-Control", "private, no-store");
    }

    /** The key set is the same for everyone: public whoever asks, never the SPA's {@code no-cache}. */
    @Test
    void wellKnownDocumentsArePublicForEveryone() {
        List<java.util.function.Supplier<RequestSpecification>> callers =
                List.of(() -> anonymous(), () -> as(Role.COORDINATOR), () -> asAdmin());
        for (java.util.function.Supplier<RequestSpecification> caller : callers) {
            String etag = caller.get()
                    .get("/.well-known/jwks.json")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "public, max-age=300")
                    .header("Vary", VARY)
                    .extract()
                    .header("ETag");
            caller.get()
                    .header("If-None-Match", etag)
                    .get("/.well-known/jwks.json")
                    .then()
                    .statusCode(304)
                    .header("Cache-Control", "public, max-age=300");
        }
    }
}
