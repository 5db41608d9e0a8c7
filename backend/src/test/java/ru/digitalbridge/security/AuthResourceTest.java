package ru.digitalbridge.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static ru.digitalbridge.support.Api.PASSWORD;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.createUser;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    private static String address() {
        return ru.digitalbridge.support.Api.uniqueAddress();
    }

    private static Response login(String email, String password, String address) {
        return anonymous()
                .header("X-Forwarded-For", address)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }

    @Test
    void loginReturnsShortLivedTokenAndHttpOnlyRefreshCookie() {
        String email = "coord-" + unique() + "@bridge.test";
        createUser(email, List.of(Role.COORDINATOR, Role.EXPERT), null);

        Response response = login(email, PASSWORD, address());
        response.then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", greaterThan(0))
                .body("accessToken", notNullValue())
                .body("user.email", equalTo(email))
                .body("user.roles", hasItem("COORDINATOR"))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        String setCookie = response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("bridge_refresh="))
                .findFirst()
                .orElse("");
        org.assertj.core.api.Assertions.assertThat(setCookie)
                .contains("bridge_refresh=")
                .contains("HttpOnly")
                .contains("Path=/api/v1/auth")
                .containsIgnoringCase("SameSite=Strict");

        String token = response.path("accessToken");
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("roles", equalTo(List.of("COORDINATOR", "EXPERT")));
    }

    @Test
    void simultaneousSignInsOfOneAccountAllSucceedAndLeaveItsVersionAlone() throws Exception {
        String email = "twice-" + unique() + "@bridge.test";
        UUID id = createUser(email, List.of(Role.COORDINATOR), null);
        long version = ru.digitalbridge.support.Api.asAdmin()
                .get("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
        // two tabs, a phone and an integration signing in at once: each is its own session, none a conflict or 500
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON)
                            .header("X-Forwarded-For", ru.digitalbridge.support.Api.uniqueAddress())
                            .body(Map.of("email", email, "password", PASSWORD))
                            .post("/api/v1/auth/login")
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(120, TimeUnit.SECONDS));
            }
            org.assertj.core.api.Assertions.assertThat(statuses).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
        // signing in is no edit of the user: an administrator's form opened before it still saves
        ru.digitalbridge.support.Api.asAdmin()
                .get("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo((int) version))
                .body("lastLoginAt", notNullValue());
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        String email = "user-" + unique() + "@bridge.test";
        createUser(email, List.of(Role.EXPERT), null);

        Response wrongPassword = login(email, "wrong-password-123", address());
        Response unknownEmail = login("nobody-" + unique() + "@bridge.test", "wrong-password-123", address());

        wrongPassword.then().statusCode(401).contentType("application/problem+json");
        unknownEmail.then().statusCode(401).contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(wrongPassword.jsonPath().getString("type"))
                .isEqualTo(unknownEmail.jsonPath().getString("type"))
                .endsWith("/bad-credentials");
        org.assertj.core.api.Assertions.assertThat(wrongPassword.jsonPath().getString("detail"))
                .isEqualTo(unknownEmail.jsonPath().getString("detail"));
    }

    @Test
    void moreThanTenFailuresForOneAccountGet429WithRetryAfter() {
        String email = "victim-" + unique() + "@bridge.test";
        createUser(email, List.of(Role.EXPERT), null);
        for (int i = 0; i < 10; i++) {
            login(email, "wrong-password-" + i, address()).then().statusCode(401);
        }
        login(email, PASSWORD, address())
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-sign-in-attempts"));
    }

    @Test
    void moreThanTenFailuresFromOneAddressGet429() {
        String address = address();
        String email = "good-" + unique() + "@bridge.test";
        createUser(email, List.of(Role.EXPERT), null);
        for (int i = 0; i < 10; i++) {
            login("stranger-" + unique() + "@bridge.test", "wrong-password", address)
                    .then()
                    .statusCode(401);
        }
        login(email, PASSWORD, address).then().statusCode(429).header("Retry-After", notNullValue());
        login(email, PASSWORD, address()).then().statusCode(200);
    }

    @Test
    void refreshRotatesTheCookieAndLogoutEndsTheSession() {
        String email = "refresh-" + unique() + "@bridge.test";
        createUser(email, List.of(Role.TRAINER), null);
        String cookie = login(email, PASSWORD, address())
                .then()
                .statusCode(200)
                .extract()
                .cookie("bridge_refresh");

        Response refreshed = given().cookie("bridge_refresh", cookie).post("/api/v1/auth/refresh");
        refreshed.then().statusCode(200).body("user.email", equalTo(email)).body("accessToken", notNullValue());
        String rotated = refreshed.getCookie("bridge_refresh");
        org.assertj.core.api.Assertions.assertThat(rotated).isNotBlank().isNotEqualTo(cookie);

        // the old refresh token was used up
        given().cookie("bridge_refresh", cookie)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401)
                .body("type", equalTo("/problems/session-expired"));

        given().cookie("bridge_refresh", rotated)
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        given().cookie("bridge_refresh", rotated)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
    }

    @Test
    void refreshWithoutCookieIs401() {
        given().post("/api/v1/auth/refresh").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void meNeedsAValidToken() {
        given().get("/api/v1/me").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer not.a.token")
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void loginValidatesItsBody() {
        anonymous()
                .body(Map.of("email", ""))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("email"))
                .body("violations.field", hasItem("password"));
        anonymous()
                .contentType(ContentType.TEXT)
                .body("email=x")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void deactivatedUserCannotSignIn() {
        String email = "gone-" + unique() + "@bridge.test";
        var id = createUser(email, List.of(Role.EXPERT), null);
        long version = ru.digitalbridge.support.Api.asAdmin()
                .get("/api/v1/users/" + id)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        ru.digitalbridge.support.Api.asAdmin()
                .body(Map.of("fullName", "Ушедший", "roles", List.of("EXPERT"), "active", false, "version", version))
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        login(email, PASSWORD, address()).then().statusCode(401);
    }
}
