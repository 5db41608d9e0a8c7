package ru.digitalbridge.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.digitalbridge.support.Api.PASSWORD;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.createUser;
import static ru.digitalbridge.support.Api.login;
import static ru.digitalbridge.support.Api.unique;
import static ru.digitalbridge.support.Api.uniqueAddress;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Losing access takes effect on the next request (deactivation, role removal, password reset), refresh-token reuse
 * ends the whole sign-in, and device cookies keep the owner's browser out of lock-outs caused by strangers.
 */
@QuarkusTest
class SessionSecurityTest {

    private static Map<String, Object> user(String email) {
        return asAdmin()
                .get("/api/v1/users?q=" + email)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0]");
    }

    /** {@code GET path} with the bearer {@code token} answers {@code status}. */
    private static void expectGet(String token, String path, int status) {
        given().header("Authorization", "Bearer " + token).get(path).then().statusCode(status);
    }

    private static void update(UUID id, String email, List<Role> roles, boolean active) {
        Map<String, Object> current = user(email);
        asAdmin()
                .body(Map.of(
                        "fullName",
                        current.get("fullName"),
                        "roles",
                        roles,
                        "active",
                        active,
                        "version",
                        current.get("version")))
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void deactivatedCoordinatorsTokenIs401OnTheNextRequest() {
        String email = "deact-" + unique() + "@bridge.test";
        UUID id = createUser(email, List.of(Role.COORDINATOR), null);
        String token = login(email, PASSWORD);
        expectGet(token, "/api/v1/audit", 200);

        update(id, email, List.of(Role.COORDINATOR), false);

        expectGet(token, "/api/v1/audit", 401);
        expectGet(token, "/api/v1/me", 401);
    }

    @Test
    void removedRoleIs403AtOnce() {
        String email = "demote-" + unique() + "@bridge.test";
        UUID id = createUser(email, List.of(Role.COORDINATOR, Role.EXPERT), null);
        String token = login(email, PASSWORD);
        expectGet(token, "/api/v1/audit", 200);

        update(id, email, List.of(Role.EXPERT), true);

        expectGet(token, "/api/v1/audit", 403);
        expectGet(token, "/api/v1/me", 200);
    }

    @Test
    void passwordResetMakesTheOldToken401() {
        String email = "reset-" + unique() + "@bridge.test";
        UUID id = createUser(email, List.of(Role.COORDINATOR), null);
        String token = login(email, PASSWORD);
        expectGet(token, "/api/v1/me", 200);

        asAdmin()
                .body(Map.of("password", "Saratov-river-lantern"))
                .post("/api/v1/users/" + id + "/password")
                .then()
                .statusCode(204);

        expectGet(token, "/api/v1/me", 401);
        String fresh = login(email, "Saratov-river-lantern");
        expectGet(fresh, "/api/v1/me", 200);
    }

    @Test
    void oneRefreshTokenPresentedByConcurrentRequestsIsRotatedOnceAndTheRestIsAReplay() throws Exception {
        // every request read the token unrevoked without a lock, so all of them rotated it: one sign-in forked into
        // as many live sessions as requests (a thief racing the owner kept a session the replay rule should end)
        String email = "fork-" + unique() + "@bridge.test";
        createUser(email, List.of(Role.TRAINER), null);
        int parallel = 8;
        for (int round = 0; round < 3; round++) {
            String token = anonymous()
                    .header("X-Forwarded-For", uniqueAddress())
                    .body(Map.of("email", email, "password", PASSWORD))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(200)
                    .extract()
                    .cookie("bridge_refresh");
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(parallel);
            List<Response> answers = new ArrayList<>();
            try {
                var futures = new ArrayList<Future<Response>>();
                for (int i = 0; i < parallel; i++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return given().cookie("bridge_refresh", token).post("/api/v1/auth/refresh");
                    }));
                }
                start.countDown();
                for (var future : futures) {
                    answers.add(future.get(60, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            List<Integer> codes = answers.stream().map(Response::statusCode).toList();
            assertThat(codes).containsOnly(200, 401);
            assertThat(codes.stream().filter(c -> c == 200)).hasSize(1);
            // the rest were replays of a rotated token: the whole sign-in ended, the winner's new token too
            for (Response answer : answers) {
                if (answer.statusCode() == 200) {
                    given().cookie("bridge_refresh", answer.getCookie("bridge_refresh"))
                            .post("/api/v1/auth/refresh")
                            .then()
                            .statusCode(401)
                            .body("type", equalTo("/problems/session-expired"));
                }
            }
        }
    }

    @Test
    void replayingARotatedRefreshTokenRevokesTheWholeFamily() {
        String email = "replay-" + unique() + "@bridge.test";
        createUser(email, List.of(Role.TRAINER), null);
        String first = anonymous()
                .header("X-Forwarded-For", uniqueAddress())
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .cookie("bridge_refresh");
        String second = given().cookie("bridge_refresh", first)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .cookie("bridge_refresh");
        String third = given().cookie("bridge_refresh", second)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .cookie("bridge_refresh");

        // a thief replays the first token: refused, and the legitimate newest one dies with it
        given().cookie("bridge_refresh", first)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
        given().cookie("bridge_refresh", third)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401)
                .body("type", equalTo("/problems/session-expired"));

        // another sign-in of the same user is a different family and goes on
        String other = anonymous()
                .header("X-Forwarded-For", uniqueAddress())
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .cookie("bridge_refresh");
        given().cookie("bridge_refresh", other)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200);
    }

    @Test
    void passwordsOver72BytesCommonOrContainingTheEmailAre400OnTheField() {
        String email = "pw-" + unique() + "@bridge.test";
        UUID id = createUser(email, List.of(Role.LEARNER), null);
        String local = email.substring(0, email.indexOf('@'));
        for (String refused : List.of(
                "я".repeat(37), // 74 bytes in UTF-8, 37 characters
                "a".repeat(73),
                "qwerty123456",
                "Password2024",
                "1q2w3e4r5t6y",
                "ghbdtnghbdtn",
                "Qwertyuiop!",
                "x-" + local + "-2026")) {
            asAdmin()
                    .header("Accept-Language", "en")
                    .body(Map.of("password", refused))
                    .post("/api/v1/users/" + id + "/password")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of("password")));
            String newEmail = "new-" + unique() + "@bridge.test";
            asAdmin()
                    .body(Map.of(
                            "email",
                            newEmail,
                            "fullName",
                            "Новый",
                            "password",
                            refused.replace(local, newEmail.substring(0, newEmail.indexOf('@'))),
                            "roles",
                            List.of("LEARNER")))
                    .post("/api/v1/users")
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItem("password"));
        }
        // 36 Cyrillic letters are exactly 72 bytes: accepted
        asAdmin()
                .body(Map.of("password", "щ".repeat(18) + "ъ".repeat(18)))
                .post("/api/v1/users/" + id + "/password")
                .then()
                .statusCode(204);
    }

    @Test
    void adminNeedsTheCurrentPasswordForTheirOwnAndSelfServiceChangeChecksIt() {
        String email = "own-" + unique() + "@bridge.test";
        UUID id = createUser(email, List.of(Role.ADMIN), null);
        String token = login(email, PASSWORD);

        given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body(Map.of("password", "Volga-morning-bridge"))
                .post("/api/v1/users/" + id + "/password")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("currentPassword")));
        given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body(Map.of("password", "Volga-morning-bridge", "currentPassword", "wrong-password-1"))
                .post("/api/v1/users/" + id + "/password")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("currentPassword")));
        given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body(Map.of("password", "Volga-morning-bridge", "currentPassword", PASSWORD))
                .post("/api/v1/users/" + id + "/password")
                .then()
                .statusCode(204);
        String second = login(email, "Volga-morning-bridge");

        // self service: wrong current password is a field error; a right one answers a new session
        given().header("Authorization", "Bearer " + second)
                .contentType("application/json")
                .body(Map.of("currentPassword", "nope-nope-nope", "newPassword", "Lantern-over-Volga"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("currentPassword")));
        given().header("Authorization", "Bearer " + second)
                .contentType("application/json")
                .body(Map.of("currentPassword", "Volga-morning-bridge", "newPassword", "qwerty123456"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("newPassword")));
        String third = given().header("Authorization", "Bearer " + second)
                .contentType("application/json")
                .body(Map.of("currentPassword", "Volga-morning-bridge", "newPassword", "Lantern-over-Volga"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        expectGet(second, "/api/v1/me", 401);
        expectGet(third, "/api/v1/me", 200);
    }

    private static Response attempt(String email, String password, String address, String device) {
        var request = anonymous().header("X-Forwarded-For", address);
        if (device != null) {
            request = request.cookie(DeviceCookies.NAME, device);
        }
        return request.body(Map.of("email", email, "password", password)).post("/api/v1/auth/login");
    }

    @Test
    void strangersFailingFromManyAddressesDoNotLockOutTheOwnersBrowser() {
        String email = "owner-" + unique() + "@bridge.test";
        createUser(email, List.of(Role.EXPERT), null);
        Response first = attempt(email, PASSWORD, uniqueAddress(), null);
        first.then().statusCode(200);
        String device = first.getCookie(DeviceCookies.NAME);
        assertThat(first.getHeaders().getValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith(DeviceCookies.NAME + "=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict"));

        // the attacker: ten failures from ten addresses, then even the right password from a new address waits
        for (int i = 0; i < 10; i++) {
            attempt(email, "wrong-password-" + i, uniqueAddress(), null).then().statusCode(401);
        }
        attempt(email, PASSWORD, uniqueAddress(), null).then().statusCode(429);
        // a forged or foreign device cookie does not help
        attempt(email, PASSWORD, uniqueAddress(), device + "x").then().statusCode(429);

        // the owner's browser signs in despite the strangers' failures
        attempt(email, PASSWORD, uniqueAddress(), device).then().statusCode(200);

        // ... and has its own, smaller budget
        for (int i = 0; i < 5; i++) {
            attempt(email, "typo-" + i, uniqueAddress(), device).then().statusCode(401);
        }
        attempt(email, PASSWORD, uniqueAddress(), device).then().statusCode(429);
    }

    @Test
    void aDeviceCookieIsBoundToItsEmail() {
        String owner = "bound-" + unique() + "@bridge.test";
        String victim = "victim-" + unique() + "@bridge.test";
        createUser(owner, List.of(Role.EXPERT), null);
        createUser(victim, List.of(Role.EXPERT), null);
        String device = attempt(owner, PASSWORD, uniqueAddress(), null).getCookie(DeviceCookies.NAME);
        for (int i = 0; i < 10; i++) {
            attempt(victim, "wrong-password-" + i, uniqueAddress(), device)
                    .then()
                    .statusCode(401);
        }
        attempt(victim, PASSWORD, uniqueAddress(), device).then().statusCode(429);
    }
}
