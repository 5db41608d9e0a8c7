package ru.digitalbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.support.Api.PASSWORD;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.createUser;
import static ru.digitalbridge.support.Api.login;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class UserResourceTest {

    private static Map<String, Object> newUser(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("fullName", "Иванова Мария Петровна");
        body.put("password", "long-enough-password");
        body.put("roles", List.of("EXPERT"));
        return body;
    }

    private static long countUsers(String q) {
        return asAdmin()
                .queryParam("q", q)
                .get("/api/v1/users")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    @Test
    void simultaneousEditsWithOneVersionGiveOneSuccessAndConflictsNeverA500() throws Exception {
        UUID id = createUser("race-" + unique() + "@bridge.test", List.of(Role.EXPERT), null);
        long version =
                asAdmin().get("/api/v1/users/" + id).then().extract().jsonPath().getLong("version");
        asAdmin().get("/api/v1/users/" + id).then().statusCode(200);
        // eight administrators save the form they all opened at the same version: the stale ones may be found only
        // when the transaction commits, and must still be a 409 problem
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String name = "Гонка " + i;
                answers.add(pool.submit(() -> {
                    var request = asAdmin()
                            .body(Map.of(
                                    "fullName", name, "roles", List.of("EXPERT"), "active", true, "version", version));
                    start.await();
                    return request.put("/api/v1/users/" + id).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(120, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        asAdmin().get("/api/v1/users/" + id).then().statusCode(200).body("version", equalTo((int) version + 1));
    }

    @Test
    void adminCreatesListsAndReadsUsers() {
        String email = "new-" + unique() + "@bridge.test";
        String id = asAdmin()
                .body(newUser(email))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("email", equalTo(email))
                .body("roles", equalTo(List.of("EXPERT")))
                .body("active", equalTo(true))
                .body("passwordHash", nullValue())
                .extract()
                .path("id");

        asAdmin()
                .queryParam("q", email)
                .get("/api/v1/users")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id));
        asAdmin().get("/api/v1/users/" + id).then().statusCode(200).body("fullName", equalTo("Иванова Мария Петровна"));
        asAdmin()
                .queryParam("q", email)
                .queryParam("role", "COORDINATOR")
                .get("/api/v1/users")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void duplicateEmailIs409AndWritesNothing() {
        String email = "dup-" + unique() + "@bridge.test";
        asAdmin().body(newUser(email)).post("/api/v1/users").then().statusCode(201);
        asAdmin()
                .body(newUser(email.toUpperCase()))
                .post("/api/v1/users")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/email-taken"))
                .body("violations.field", hasItem("email"));
        org.assertj.core.api.Assertions.assertThat(countUsers(email)).isEqualTo(1);
    }

    @Test
    void invalidUserIs400WithFieldsAndWritesNothing() {
        String email = "bad-" + unique();
        Map<String, Object> body = newUser(email);
        body.put("password", "short");
        body.put("roles", List.of());
        asAdmin()
                .body(body)
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("email"))
                .body("violations.field", hasItem("password"))
                .body("violations.field", hasItem("roles"));
        org.assertj.core.api.Assertions.assertThat(countUsers(email)).isZero();
    }

    @Test
    void unknownRoleAndUnknownPropertyAre400() {
        Map<String, Object> body = newUser("role-" + unique() + "@bridge.test");
        body.put("roles", List.of("SUPERUSER"));
        asAdmin().body(body).post("/api/v1/users").then().statusCode(400).body("violations.field", hasItem("roles[0]"));

        Map<String, Object> extra = newUser("extra-" + unique() + "@bridge.test");
        extra.put("isRoot", true);
        asAdmin()
                .body(extra)
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/unknown-property"))
                .body("unknownProperties", hasItem("isRoot"));
    }

    @Test
    void unknownOrganizationIs422() {
        Map<String, Object> body = newUser("org-" + unique() + "@bridge.test");
        body.put("organizationId", UUID.randomUUID().toString());
        asAdmin()
                .body(body)
                .post("/api/v1/users")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-organization"));
    }

    @Test
    void adminChangesRolesWithOptimisticLocking() {
        String email = "roles-" + unique() + "@bridge.test";
        UUID id = createUser(email, List.of(Role.EXPERT), null);
        long version =
                asAdmin().get("/api/v1/users/" + id).then().extract().jsonPath().getLong("version");
        Map<String, Object> update = Map.of(
                "fullName", "Петров Пётр", "roles", List.of("EXPERT", "TRAINER"), "active", true, "version", version);
        asAdmin()
                .body(update)
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("EXPERT", "TRAINER")));
        asAdmin()
                .body(update)
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        asAdmin()
                .queryParam("entityType", "user")
                .queryParam("entityId", id.toString())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("UPDATE"))
                .body("items[0].summary.after.roles", equalTo(List.of("EXPERT", "TRAINER")));
    }

    @Test
    void passwordResetEndsOldPasswordAndSessions() {
        String email = "reset-" + unique() + "@bridge.test";
        UUID id = createUser(email, List.of(Role.LEARNER), null);
        asAdmin()
                .body(Map.of("password", "brand-new-password"))
                .post("/api/v1/users/" + id + "/password")
                .then()
                .statusCode(204);
        anonymous()
                .header("X-Forwarded-For", ru.digitalbridge.support.Api.uniqueAddress())
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        login(email, "brand-new-password");
    }

    @Test
    void unknownUserIs404() {
        asAdmin()
                .get("/api/v1/users/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"COORDINATOR", "EXPERT", "TRAINER", "LEARNER"})
    void onlyAdminsManageUsers(Role role) {
        as(role).get("/api/v1/users").then().statusCode(403).contentType("application/problem+json");
        as(role).body(newUser("x-" + unique() + "@bridge.test"))
                .post("/api/v1/users")
                .then()
                .statusCode(403);
    }

    @Test
    void anonymousIs401() {
        anonymous().get("/api/v1/users").then().statusCode(401);
        anonymous().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void auditIsForAdminsAndCoordinators() {
        as(Role.COORDINATOR).get("/api/v1/audit").then().statusCode(200);
        as(Role.EXPERT).get("/api/v1/audit").then().statusCode(403);
        asAdmin()
                .queryParam("size", 500)
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("size"));
    }
}
