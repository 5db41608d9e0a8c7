package ru.digitalbridge.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.common.time.AppClock;

/** API keys: per-key rate limit with RateLimit headers and 429, optional expiry, last use, webhooks:manage. */
@QuarkusTest
class ApiKeyLimitsTest {

    private static JsonPath issue(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Система " + unique());
        body.put("roles", List.of("COORDINATOR"));
        body.putAll(extra);
        return asAdmin()
                .body(body)
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static RequestSpecification with(String key) {
        return given().contentType("application/json")
                .accept("application/json")
                .header("X-API-Key", key);
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

    private static Map<String, Object> client(String id) {
        List<Map<String, Object>> all = asAdmin()
                .get("/api/v1/api-clients")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        return all.stream().filter(c -> id.equals(c.get("id"))).findFirst().orElseThrow();
    }

    @Test
    void aKeyMakesItsLimitOfRequestsAMinuteThenGets429UntilTheWindowEnds() {
        JsonPath issued = issue(Map.of("rateLimitPerMinute", 3));
        assertThat(issued.getInt("client.rateLimitPerMinute")).isEqualTo(3);
        String key = issued.getString("key");
        for (int remaining = 2; remaining >= 0; remaining--) {
            with(key)
                    .get("/api/v1/organizations?size=1")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Policy", "\"per-key\";q=3;w=60")
                    .header("RateLimit", org.hamcrest.Matchers.startsWith("\"per-key\";r=" + remaining + ";t="));
        }
        int retryAfter = Integer.parseInt(with(key)
                .header("Accept-Language", "en")
                .get("/api/v1/organizations?size=1")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/api-rate-limited"))
                .body("title", equalTo("Rate limit of the API key reached"))
                .header("RateLimit", org.hamcrest.Matchers.startsWith("\"per-key\";r=0;t="))
                .extract()
                .header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);
        // other keys and people are not affected
        String other = issue(Map.of()).getString("key");
        with(other)
                .get("/api/v1/organizations?size=1")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", "\"per-key\";q=600;w=60");
        as(Role.COORDINATOR)
                .get("/api/v1/organizations?size=1")
                .then()
                .statusCode(200)
                .header("RateLimit", nullValue());
        later(Duration.ofSeconds(61));
        with(key)
                .get("/api/v1/organizations?size=1")
                .then()
                .statusCode(200)
                .header("RateLimit", org.hamcrest.Matchers.startsWith("\"per-key\";r=2;t="));
    }

    @Test
    void anExpiredKeyIs401AndShownAsExpired() {
        OffsetDateTime expiry = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1);
        JsonPath issued = issue(Map.of("expiresAt", expiry.toString()));
        String key = issued.getString("key");
        String id = issued.getString("client.id");
        assertThat(issued.getBoolean("client.expired")).isFalse();
        with(key).body("{}").post("/api/v1/organizations").then().statusCode(400);
        later(Duration.ofHours(2));
        with(key)
                .body("{}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"));
        assertThat(client(id).get("expired")).isEqualTo(true);
        assertThat(client(id).get("expiresAt")).isNotNull();
    }

    @Test
    void useIsShownToAdministrators() {
        JsonPath issued = issue(Map.of());
        String id = issued.getString("client.id");
        assertThat(client(id).get("lastUsedAt")).isNull();
        with(issued.getString("key")).get("/api/v1/organizations?size=1").then().statusCode(200);
        assertThat(client(id).get("lastUsedAt")).isNotNull();
        assertThat(client(id).get("rateLimitPerMinute")).isEqualTo(600);
    }

    @Test
    void badLimitsAndPastExpiriesAre400AndNothingIsIssued() {
        String name = "Система " + unique();
        asAdmin()
                .body(Map.of(
                        "name",
                        name,
                        "roles",
                        List.of("COORDINATOR"),
                        "rateLimitPerMinute",
                        0,
                        "expiresAt",
                        OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString()))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("expiresAt", "rateLimitPerMinute"));
        asAdmin().get("/api/v1/api-clients").then().statusCode(200).body("name", not(hasItem(name)));
        as(Role.COORDINATOR)
                .body(Map.of("name", name, "roles", List.of("COORDINATOR"), "rateLimitPerMinute", 10))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(403);
    }

    @Test
    void webhookManagementIsItsOwnScope() {
        assertThat(ApiScopeCheck.required("POST", "/api/v1/webhooks")).contains(ApiScope.WEBHOOKS_MANAGE);
        assertThat(ApiScopeCheck.required("GET", "/api/v1/webhooks/x/deliveries"))
                .contains(ApiScope.WEBHOOKS_MANAGE);
        JsonPath issued = issue(Map.of("scopes", List.of("webhooks:manage")));
        assertThat(issued.getList("client.scopes")).containsExactly("webhooks:manage");
        assertThat(ApiScope.DEFAULT).doesNotContain(ApiScope.WEBHOOKS_MANAGE);
    }

    /**
     * The caller's own profile: a key reads its own identity there (reads outside every area are open), and changing
     * a password is refused to keys by deny-by-default (writes outside every area).
     */
    private static final java.util.Set<String> OWN_PROFILE = java.util.Set.of(
            "GET /api/v1/me",
            "POST /api/v1/me/password",
            "GET /api/v1/me/notifications",
            "PUT /api/v1/me/notifications",
            "GET /api/v1/me/bulletin-sections",
            "GET /api/v1/me/bulletin-settings",
            "PUT /api/v1/me/bulletin-settings");

    /** Every operation a key may call belongs to a scope's area, apart from the caller's own profile. */
    @Test
    void everyOperationAKeyMayCallMapsToAScope() {
        Map<String, Map<String, Object>> paths = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        List<String> unmapped = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?> details) || !acceptsKey(details)) {
                return;
            }
            if (!OWN_PROFILE.contains(method.toUpperCase() + " " + path)
                    && ApiScopeCheck.required(method.toUpperCase(), path.replaceAll("\\{[^}]+}", "x"))
                            .isEmpty()) {
                unmapped.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(unmapped).isEmpty();
        assertThat(paths).isNotEmpty();
    }

    private static boolean acceptsKey(Map<?, ?> operation) {
        Object security = operation.get("security");
        return security instanceof List<?> requirements
                && requirements.stream().anyMatch(r -> r instanceof Map<?, ?> m && m.containsKey("apiKey"));
    }

    @Test
    void aKeyWithoutLimitOrExpiryHasTheDefaults() {
        JsonPath issued = issue(Map.of());
        assertThat(issued.getString("client.expiresAt")).isNull();
        assertThat(issued.getInt("client.rateLimitPerMinute")).isEqualTo(600);
        with(issued.getString("key"))
                .get("/api/v1/organizations?size=1")
                .then()
                .statusCode(200)
                .header("RateLimit", notNullValue());
    }
}
