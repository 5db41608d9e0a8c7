package ru.digitalbridge.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.support.Api;

/**
 * Sends malformed bodies to every write operation of the contract, read from the live OpenAPI document, as an
 * administrator: nothing a client can send may produce a 5xx, and every error is an RFC 9457 problem.
 *
 * <p>Every operation gets every generic body, and every bad property value in one of its properties (a different
 * property per value, drawn from a seed), plus a repeated key in one property. Body reading, text checks and number
 * bounds are done in one place for all properties, so putting each value into every property of every operation
 * (~15,000 requests, 7.5 minutes of CI) found nothing the sampled run does not. The seed changes on every run and is
 * printed in the failure message; {@code -Dmalformed.seed=N} repeats a run, {@code -Dmalformed.exhaustive=true} puts
 * every value into every property.
 */
@QuarkusTest
class MalformedBodiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Bodies that are wrong whatever the operation expects. */
    static final List<String> GENERIC = List.of(
            "",
            "{",
            "{\"version\":",
            "[]",
            "[{}]",
            "null",
            "\"text\"",
            "42",
            "true",
            "{}",
            "{\"version\":1,\"version\":2}",
            "{\"version\":null}",
            "{\"version\":1e999999}",
            "{\"version\":99999999999999999999}",
            "{\"version\":-99999999999999999999999999999}",
            "{\"version\":\"abc\"}",
            "{\"version\":1.5}",
            "{\"version\":[1]}",
            "{\"version\":{}}",
            "{\"\\u0000\":1}",
            "{\"version\":1}trailing",
            "\u0000",
            "{\"a\":\"\\ud800\"}");

    /** Values put into each property of the operation's request schema in turn. */
    static final List<String> VALUES = List.of(
            "1e999999",
            "99999999999999999999",
            "-9223372036854775809",
            "2147483648",
            "\"x\\u0000y\"",
            "\"\\u202Eevil\"",
            "\"a\\u200B\"",
            "\"\\udc00\"",
            "[]",
            "{}",
            "true",
            "\"not-a-uuid\"",
            "\"" + "z".repeat(5000) + "\"");

    private static final long SEED = Long.getLong("malformed.seed", System.nanoTime());
    /**
     * Generic bodies drawn (from the run's seed) for each write operation: JSON is parsed and refused in one place for
     * every operation, so each body still reaches ~30 operations of every kind per run, and every run draws anew; the
     * whole list on every operation made this test the largest share of CI time ({@code -Dmalformed.exhaustive=true}).
     */
    private static final int GENERIC_PER_OPERATION = 8;
    /** Malformed values drawn per path or query parameter and run (all of them with {@code -Dmalformed.exhaustive}). */
    private static final int VALUES_PER_PARAMETER = 1;

    private static final boolean EXHAUSTIVE = Boolean.getBoolean("malformed.exhaustive");

    @Test
    void noWriteOperationAnswersMalformedBodiesWithAServerError() throws Exception {
        JsonNode contract = JSON.readTree(given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Random random = new Random(7);
        Random sample = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                String url = path.getKey();
                while (url.contains("{")) {
                    url = url.replaceFirst("\\{[^}]+}", new UUID(random.nextLong(), random.nextLong()).toString());
                }
                Set<String> bodies =
                        new LinkedHashSet<>(EXHAUSTIVE ? GENERIC : sampled(GENERIC, sample, GENERIC_PER_OPERATION));
                List<String> properties = properties(contract, operation);
                if (EXHAUSTIVE) {
                    for (String property : properties) {
                        bodies.addAll(propertyBodies(JSON.writeValueAsString(property), VALUES));
                    }
                } else if (!properties.isEmpty()) {
                    for (String value : VALUES) {
                        String property = properties.get(sample.nextInt(properties.size()));
                        bodies.add("{" + JSON.writeValueAsString(property) + ":" + value + "}");
                    }
                    String repeated = JSON.writeValueAsString(properties.get(sample.nextInt(properties.size())));
                    bodies.addAll(propertyBodies(repeated, List.of()));
                }
                for (String body : bodies) {
                    requests++;
                    Response response = given().header("Authorization", "Bearer " + Api.adminToken())
                            .header("X-Forwarded-For", Api.uniqueAddress())
                            .contentType("application/json")
                            .body(body)
                            .request(method.toUpperCase(), url);
                    int status = response.statusCode();
                    String type = String.valueOf(response.contentType());
                    if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
                        failures.add(method.toUpperCase() + " " + path.getKey() + " " + abbreviate(body) + " → "
                                + status + " " + type + " " + abbreviate(response.asString()));
                    } else if (status >= 400) {
                        JsonNode problem = JSON.readTree(response.asString());
                        if (!problem.hasNonNull("type")
                                || !problem.hasNonNull("title")
                                || problem.path("status").asInt() != status
                                || !problem.hasNonNull("detail")) {
                            failures.add(method.toUpperCase() + " " + path.getKey() + " " + abbreviate(body)
                                    + " → incomplete problem " + abbreviate(response.asString()));
                        } else if (INTERNALS.matcher(response.asString()).find()) {
                            failures.add(method.toUpperCase() + " " + path.getKey() + " " + abbreviate(body)
                                    + " → internals shown " + abbreviate(response.asString()));
                        }
                    }
                }
            }
        }
        assertThat(operations).as("write operations in the contract").isGreaterThan(30);
        assertThat(requests).isGreaterThan(EXHAUSTIVE ? 6_000 : 1_500);
        assertThat(failures)
                .as("requests answered with a server error or a non-problem (seed " + SEED + ", repeat with"
                        + " -Dmalformed.seed=" + SEED + ")")
                .isEmpty();
    }

    /**
     * Raw (already %-encoded) values put into path parameters: NUL, dot segments, bidi and zero-width
     * characters, an overlong UTF-8 slash, numbers beyond every integer type, negatives, SQL-ish text, long text.
     */
    static final List<String> PATH_VALUES = List.of(
            // a broken escape such as %ZZ cannot be sent through java.net.URI; LowLevelErrorsTest sends those over a
            // raw socket
            "%00",
            "..",
            "%2E%2E",
            "%2F",
            "%25",
            "%E2%80%AE",
            "a%E2%80%8B",
            "%FF%FE",
            "%C0%AF",
            "%ED%A0%80",
            "99999999999999999999",
            "-1",
            "not-a-uuid",
            "00000000-0000-0000-0000-00000000000g",
            "%27%20or%201=1--",
            "z".repeat(3000));

    /** Raw values put into query parameters (the declared ones and the paging ones). */
    static final List<String> QUERY_VALUES = List.of(
            "%00",
            "a%00b",
            "%E2%80%AE",
            "a%E2%80%8B",
            "%FF",
            "%ED%A0%80",
            "99999999999999999999",
            "-99999999999999999999",
            "2147483648",
            "2147483647",
            "-1",
            "1e400",
            "NaN",
            "1.5",
            "",
            "x",
            "z".repeat(3000));

    /** Internal names a problem must never show: exception classes, packages, SQL, tables. */
    static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|org\\.hibernate|io\\.quarkus|io\\.vertx|jakarta\\.|java\\.lang"
                    + "|ru\\.digitalbridge|SQLState|relation \"|app_user|\\.java:\\d+");

    /**
     * Every operation of the contract, every method, with malformed path parameters and malformed query values (each
     * declared query parameter, and the same parameter repeated), as an anonymous caller and as an administrator:
     * never a 5xx, every error a complete problem that names no internals. Values are sampled per parameter from the
     * run's seed; {@code -Dmalformed.exhaustive=true} sends every value.
     */
    @Test
    void noOperationAnswersMalformedPathOrQueryValuesWithAServerError() throws Exception {
        JsonNode contract = JSON.readTree(given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Random sample = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int pathRequests = 0;
        int queryRequests = 0;
        for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                String template = path.getKey();
                java.util.regex.Matcher parameter =
                        java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
                while (parameter.find()) {
                    for (String value : sampled(PATH_VALUES, sample, VALUES_PER_PARAMETER)) {
                        String url =
                                template.substring(0, parameter.start()) + value + template.substring(parameter.end());
                        pathRequests++;
                        send(failures, method, filled(url), null, sample.nextBoolean());
                    }
                }
                String url = filled(template);
                for (JsonNode declared : operation.path("parameters")) {
                    if (!"query".equals(declared.path("in").asText())) {
                        continue;
                    }
                    String name = declared.path("name").asText();
                    for (String value : sampled(QUERY_VALUES, sample, VALUES_PER_PARAMETER)) {
                        queryRequests++;
                        send(failures, method, url, name + "=" + value, sample.nextBoolean());
                    }
                    queryRequests++;
                    send(failures, method, url, name + "=1&" + name + "=2", true);
                }
            }
        }
        assertThat(pathRequests).as("requests with a malformed path parameter").isGreaterThan(100);
        assertThat(queryRequests).as("requests with a malformed query value").isGreaterThan(300);
        assertThat(failures)
                .as("requests answered with a server error, a non-problem or internals (seed " + SEED
                        + ", repeat with -Dmalformed.seed=" + SEED + ")")
                .isEmpty();
    }

    private static List<String> sampled(List<String> values, Random sample, int count) {
        if (EXHAUSTIVE) {
            return values;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(values.get(sample.nextInt(values.size())));
        }
        return out;
    }

    /** The template's remaining parameters filled: revisions 1, everything else a random UUID. */
    private static String filled(String template) {
        return template.replace("{revision}", "1")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static void send(List<String> failures, String method, String url, String query, boolean admin)
            throws Exception {
        io.restassured.specification.RequestSpecification request =
                given().urlEncodingEnabled(false).accept("*/*").header("X-Forwarded-For", Api.uniqueAddress());
        if (admin) {
            request.header("Authorization", "Bearer " + Api.adminToken());
        }
        if (!"GET".equals(method) && !"DELETE".equals(method)) {
            request.contentType("application/json").body("{}");
        }
        String target = query == null ? url : url + "?" + query;
        Response response = request.request(method, target);
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        String body = response.asString();
        String label = (admin ? "admin " : "anonymous ") + method + " " + abbreviate(target) + " → " + status + " ";
        if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
            failures.add(label + type + " " + abbreviate(body));
        } else if (status >= 400) {
            JsonNode problem = JSON.readTree(body);
            if (!problem.hasNonNull("type")
                    || !problem.hasNonNull("title")
                    || problem.path("status").asInt() != status) {
                failures.add(label + "incomplete problem " + abbreviate(body));
            } else if (INTERNALS.matcher(body).find()) {
                failures.add(label + "internals shown " + abbreviate(body));
            }
        }
    }

    /** The property set to each value, and the property repeated with equal and with different values. */
    private static List<String> propertyBodies(String name, List<String> values) {
        List<String> bodies = new ArrayList<>();
        for (String value : values) {
            bodies.add("{" + name + ":" + value + "}");
        }
        bodies.add("{" + name + ":1," + name + ":1}");
        bodies.add("{" + name + ":\"a\"," + name + ":\"b\"}");
        return bodies;
    }

    private static List<String> properties(JsonNode contract, JsonNode operation) {
        JsonNode schema = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        schema = resolve(contract, schema);
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode resolve(JsonNode contract, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return contract.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
