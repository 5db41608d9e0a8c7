package ru.digitalbridge.registry;

import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.security.Role;

/** Test data for the registry, created through the API with unique names. */
final class Registry {
    /** Балаковский муниципальный район (V003). */
    static final String BALAKOVO = "64000000-0000-4000-8000-000000000005";
    /** Городской округ город Саратов (V003). */
    static final String SARATOV = "64000000-0000-4000-8000-000000000038";

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private Registry() {}

    /** A name containing a unique token, so a search for the token finds only this test's records. */
    static String uniqueName(String prefix) {
        return prefix + " " + token();
    }

    /** A unique word of letters: full-text search treats it as one lexeme. */
    static String token() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** A random 10-digit INN with a correct check digit, so tests never share one. */
    static String randomInn() {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        StringBuilder inn = new StringBuilder();
        int sum = 0;
        for (int weight : weights) {
            int digit = RANDOM.nextInt(10);
            inn.append(digit);
            sum += weight * digit;
        }
        return inn.append(sum % 11 % 10).toString();
    }

    static Map<String, Object> newOrganization(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "MUNICIPAL_INSTITUTION");
        body.put("sector", "EDUCATION");
        body.put("municipalityId", BALAKOVO);
        return body;
    }

    static JsonPath createOrganization(Map<String, Object> body) {
        return as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static String organization() {
        return createOrganization(newOrganization(uniqueName("Школа"))).getString("id");
    }

    static Map<String, Object> newAccount(String organizationId, String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("url", url);
        body.put("displayName", uniqueName("Аккаунт"));
        return body;
    }

    static JsonPath createAccount(Map<String, Object> body) {
        return as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static String vkUrl() {
        return "https://vk.com/" + token();
    }

    static long countOrganizations(String q) {
        return anonymous()
                .queryParam("q", q)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    static long countAccounts(String q) {
        return anonymous()
                .queryParam("q", q)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    static long countAccountsOf(String organizationId) {
        return anonymous()
                .queryParam("organization", organizationId)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    static UUID id(JsonPath json) {
        return UUID.fromString(json.getString("id"));
    }
}
