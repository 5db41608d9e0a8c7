package ru.digitalbridge.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.asAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every read of the contract refuses a query parameter it does not declare (400 naming it) and accepts every one it
 * declares. The operations come from the live OpenAPI document, so a new endpoint is covered the day it is added.
 */
@QuarkusTest
class QueryParametersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Read(String path, JsonNode operation) {}

    static List<Read> reads() throws Exception {
        JsonNode contract = JSON.readTree(
                given().accept("application/json").get("/q/openapi?format=json").asString());
        List<Read> reads = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get != null) {
                reads.add(new Read(path.getKey(), get));
            }
        }
        return reads;
    }

    /** The path with every template filled: ids are random UUIDs, revisions 1. */
    static String concrete(String path) {
        return path.replace("{revision}", "1")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @Test
    void unknownParameterIsRefusedOnEveryRead() throws Exception {
        List<Read> reads = reads();
        assertThat(reads).hasSizeGreaterThan(20);
        List<String> failures = new ArrayList<>();
        for (Read read : reads) {
            Response response = asAdmin()
                    .accept("*/*") // badges answer SVG and HTML, the rest JSON
                    .header("Accept-Language", "en")
                    .queryParam("frobnicate", "1")
                    .get(concrete(read.path()));
            if (response.statusCode() != 400
                    || !"frobnicate".equals(response.path("violations[0].field"))
                    || !String.valueOf((Object) response.path("violations[0].message"))
                            .startsWith("Unknown query parameter")) {
                failures.add(read.path() + " → " + response.statusCode() + " " + response.asString());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyDeclaredParameterIsAccepted() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Read read : reads()) {
            var request = asAdmin().header("Accept-Language", "en");
            for (JsonNode parameter : read.operation().path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    request.queryParam(parameter.path("name").asText(), sample(parameter.path("schema")));
                }
            }
            Response response = request.get(concrete(read.path()));
            if (response.asString().contains("Unknown query parameter")) {
                failures.add(read.path() + " → " + response.asString());
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Every declared query parameter with a typed schema (enum, uuid, integer, number, boolean, date, date-time)
     * refuses a value of the wrong type with a 400 problem naming it, never a 404 (the JAX-RS default for a failed
     * conversion, which says the resource does not exist) or a 500.
     */
    @Test
    void wrongTypedValueIsRefusedOnEveryRead() throws Exception {
        JsonNode contract = JSON.readTree(
                given().accept("application/json").get("/q/openapi?format=json").asString());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Read read : reads()) {
            for (JsonNode parameter : read.operation().path("parameters")) {
                if (!"query".equals(parameter.path("in").asText())) {
                    continue;
                }
                String name = parameter.path("name").asText();
                String wrong = wrong(resolve(parameter.path("schema"), contract));
                if (wrong == null) {
                    continue;
                }
                checked++;
                Response response = asAdmin()
                        .accept("*/*")
                        .header("Accept-Language", "en")
                        .queryParam(name, wrong)
                        .get(concrete(read.path()));
                if (response.statusCode() != 400
                        || !String.valueOf(response.contentType()).startsWith("application/problem+json")
                        || !name.equals(response.path("violations[0].field"))) {
                    failures.add(read.path() + "?" + name + "=" + wrong + " → " + response.statusCode() + " "
                            + response.asString());
                }
            }
        }
        assertThat(checked).as("typed query parameters in the contract").isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    /** A schema with its {@code $ref} (a named enum) and array items followed. */
    private static JsonNode resolve(JsonNode schema, JsonNode contract) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(contract.path("components").path("schemas").path(name), contract);
        }
        if (schema.has("items")) {
            return resolve(schema.get("items"), contract);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0), contract);
        }
        return schema;
    }

    /** A value the schema's type cannot take, or null for free text. */
    private static String wrong(JsonNode schema) {
        if (schema.has("enum")) {
            return "NO_SUCH_VALUE";
        }
        String format = schema.path("format").asText();
        if (List.of("uuid", "date", "date-time").contains(format)) {
            return "x";
        }
        String type = schema.path("type").isArray()
                ? schema.path("type").get(0).asText()
                : schema.path("type").asText();
        return switch (type) {
            case "integer", "number" -> "x";
            case "boolean" -> "maybe";
            default -> null;
        };
    }

    @Test
    void wrongValuesNameTheParameterAndWhatIsExpected() {
        UUID cohort = UUID.randomUUID();
        asAdmin()
                .get("/api/v1/users?role=EXPERTT")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("role"))
                .body("violations[0].message", containsString("Недопустимое значение. Допустимы:"))
                .body("violations[0].message", containsString("EXPERT"));
        asAdmin()
                .header("Accept-Language", "en")
                .get("/api/v1/users?active=yes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("active"))
                .body("violations[0].message", equalTo("true or false is expected"));
        asAdmin()
                .header("Accept-Language", "en")
                .get("/api/v1/certificates?cohort=x")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cohort"))
                .body("violations[0].message", startsWith("An id (UUID) is expected"));
        asAdmin()
                .get("/api/v1/certificates?year=twenty&cohort=" + cohort)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("year"))
                .body("violations[0].message", equalTo("Ожидается целое число"));
        // the right values of the same parameters are still accepted
        asAdmin().get("/api/v1/users?role=EXPERT&active=TRUE").then().statusCode(200);
    }

    private static String sample(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        String type = schema.path("type").isArray()
                ? schema.path("type").get(0).asText()
                : schema.path("type").asText();
        return switch (type) {
            case "integer", "number" ->
                schema.has("minimum") ? schema.get("minimum").asText() : "1";
            case "boolean" -> "true";
            default -> "a";
        };
    }

    @Test
    void evaluationsByMunicipalityIsNotSilentlyEverything() {
        anonymous()
                .get("/api/v1/evaluations?municipality=" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("municipality"))
                .body("violations[0].message", containsString("Неизвестный параметр запроса"))
                .body("violations[0].message", containsString("campaign"));
        // a declared filter and the paging parameters still work
        anonymous()
                .get("/api/v1/evaluations?campaign=" + UUID.randomUUID() + "&page=0&size=5")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }
}
