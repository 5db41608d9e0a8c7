package ru.digitalbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.support.Api;
import ru.digitalbridge.support.ContractOperations;

/**
 * The role × operation matrix, read from the live contract: every operation that does not allow anonymous access
 * (no empty security requirement) answers an anonymous caller 401, and one that lists its roles in {@code x-roles}
 * answers a signed-in user holding none of them 403, a problem, before it looks at the path, the query or the body
 * (so a caller learns nothing about which ids exist). Every operation is also called by one of the roles it allows
 * (drawn from a seed) and by a COORDINATOR API key holding every scope, with no parameters and an empty body: an
 * answer or a problem, never a server error. A new endpoint is covered the day it is added.
 */
@QuarkusTest
class RoleMatrixTest {
    private static final long SEED = Long.getLong("matrix.seed", System.nanoTime());

    /** The sign-out and the own-password change act on the caller's session: they would end the test's tokens. */
    private static final Set<String> SESSION_OPERATIONS = Set.of("/api/v1/auth/logout", "/api/v1/me/password");

    @Test
    void anonymousCallersGet401AndOtherRolesGet403OnEveryOperation() throws Exception {
        JsonNode contract = ContractOperations.document();
        List<String> scopes = new ArrayList<>();
        contract.path("components")
                .path("schemas")
                .path("ApiScope")
                .path("enum")
                .forEach(s -> scopes.add(s.asText()));
        String key = Api.anonymous()
                .header("Authorization", "Bearer " + Api.adminToken())
                .body(Map.of("name", "Matrix " + Api.unique(), "roles", List.of("COORDINATOR"), "scopes", scopes))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        Random sample = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int secured = 0;
        int refusedRoles = 0;
        int allowed = 0;
        for (ContractOperations.Operation entry : ContractOperations.all(contract)) {
            String method = entry.method();
            JsonNode operation = entry.spec();
            String url = entry.filled();
            String label = entry.label();
            boolean session = SESSION_OPERATIONS.contains(entry.path());
            if (!session) {
                // a machine key on every operation it may send or not: an answer, never a server error
                allowed++;
                check(
                        failures,
                        label + " with a key",
                        request(operation, Api.anonymousRaw()).header("X-API-Key", key),
                        method,
                        url,
                        0);
            }
            if (anonymousAllowed(operation)) {
                continue;
            }
            secured++;
            check(failures, label + " anonymous", request(operation, Api.anonymousRaw()), method, url, 401);
            if (session) {
                continue;
            }
            Set<String> roles = new TreeSet<>();
            operation.path("x-roles").forEach(role -> roles.add(role.asText()));
            List<Role> permitted = new ArrayList<>();
            for (Role role : Role.values()) {
                if (roles.isEmpty() || roles.contains(role.name())) {
                    permitted.add(role);
                    continue;
                }
                refusedRoles++;
                RequestSpecification caller =
                        request(operation, Api.anonymousRaw()).header("Authorization", "Bearer " + Api.token(role));
                check(failures, label + " as " + role + " (allowed: " + roles + ")", caller, method, url, 403);
            }
            // one of the roles it allows (drawn from the seed), without parameters: never a server error
            Role role = permitted.get(sample.nextInt(permitted.size()));
            allowed++;
            check(
                    failures,
                    label + " as " + role,
                    request(operation, Api.anonymousRaw()).header("Authorization", "Bearer " + Api.token(role)),
                    method,
                    url,
                    0);
        }
        assertThat(secured).as("operations that need a credential").isGreaterThan(100);
        assertThat(refusedRoles)
                .as("role × operation pairs that must be refused")
                .isGreaterThan(300);
        assertThat(allowed)
                .as("operations called by a caller they allow or by a key")
                .isGreaterThan(200);
        assertThat(failures)
                .as("seed " + SEED + ", repeat with -Dmatrix.seed=" + SEED)
                .isEmpty();
    }

    private static boolean anonymousAllowed(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return !operation.has("security");
    }

    /** The request with a body of the operation's first media type, when it takes one. */
    private static RequestSpecification request(JsonNode operation, RequestSpecification spec) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isObject() && content.size() > 0) {
            String type = content.fieldNames().next();
            spec.contentType(type.startsWith("multipart/") ? "multipart/form-data; boundary=x" : type)
                    .body(type.startsWith("multipart/") ? "--x--\r\n" : type.contains("json") ? "{}" : "x");
        }
        return spec.accept("*/*").header("X-Forwarded-For", Api.uniqueAddress());
    }

    /** {@code expected} 0: any status below 500, a problem when it is an error. */
    private static void check(
            List<String> failures, String label, RequestSpecification spec, String method, String url, int expected) {
        Response response = spec.request(method, url);
        int status = response.statusCode();
        boolean wrong = expected == 0
                ? status >= 500
                        || (status >= 400
                                && !String.valueOf(response.contentType()).startsWith("application/problem+json"))
                : status != expected || !String.valueOf(response.contentType()).startsWith("application/problem+json");
        if (wrong) {
            String body = response.asString();
            failures.add(label + " → " + response.statusCode() + " "
                    + (body.length() > 200 ? body.substring(0, 200) + "…" : body));
        }
    }
}
