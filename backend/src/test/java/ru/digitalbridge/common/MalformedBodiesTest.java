package ru.digitalbridge.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.support.Api;
import ru.digitalbridge.support.ContractOperations;

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
        JsonNode contract = ContractOperations.document();
        Random random = new Random(7);
        Random sample = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (ContractOperations.Operation operation : ContractOperations.writes(contract)) {
            operations++;
            String url = ContractOperations.filled(
                    operation.path(), () -> new UUID(random.nextLong(), random.nextLong()).toString());
            Set<String> bodies =
                    new LinkedHashSet<>(EXHAUSTIVE ? GENERIC : sampled(GENERIC, sample, GENERIC_PER_OPERATION));
            List<String> properties = properties(contract, operation.spec());
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
                        .request(operation.method(), url);
                String label = operation.label() + " " + abbreviate(body) + " → ";
                checkAnswer(failures, label, response, true);
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
    static final Pattern INTERNALS = Pattern.compile(
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
        JsonNode contract = ContractOperations.document();
        Random sample = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int pathRequests = 0;
        int queryRequests = 0;
        for (ContractOperations.Operation operation : ContractOperations.all(contract)) {
            String method = operation.method();
            String template = operation.path();
            Matcher parameter = ContractOperations.parameters(template);
            while (parameter.find()) {
                for (String value : sampled(PATH_VALUES, sample, VALUES_PER_PARAMETER)) {
                    String url = template.substring(0, parameter.start()) + value + template.substring(parameter.end());
                    pathRequests++;
                    send(failures, method, ContractOperations.filled(url), null, sample.nextBoolean());
                }
            }
            String url = operation.filled();
            for (JsonNode declared : operation.spec().path("parameters")) {
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

    private static void send(List<String> failures, String method, String url, String query, boolean admin)
            throws Exception {
        RequestSpecification request =
                given().urlEncodingEnabled(false).accept("*/*").header("X-Forwarded-For", Api.uniqueAddress());
        if (admin) {
            request.header("Authorization", "Bearer " + Api.adminToken());
        }
        if (!"GET".equals(method) && !"DELETE".equals(method)) {
            request.contentType("application/json").body("{}");
        }
        String target = query == null ? url : url + "?" + query;
        Response response = request.request(method, target);
        checkAnswer(
                failures,
                (admin ? "admin " : "anonymous ") + method + " " + abbreviate(target) + " → ",
                response,
                false);
    }

    /**
     * Adds to {@code failures} what is wrong with the answer: a server error, an error that is not a problem, a problem
     * without its type, title, status (or, with {@code detail}, its detail), or one that names internals.
     */
    private static void checkAnswer(List<String> failures, String label, Response response, boolean detail)
            throws Exception {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        String body = response.asString();
        if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
            failures.add(label + status + " " + type + " " + abbreviate(body));
        } else if (status >= 400) {
            JsonNode problem = JSON.readTree(body);
            if (!problem.hasNonNull("type")
                    || !problem.hasNonNull("title")
                    || problem.path("status").asInt() != status
                    || (detail && !problem.hasNonNull("detail"))) {
                failures.add(label + status + " incomplete problem " + abbreviate(body));
            } else if (INTERNALS.matcher(body).find()) {
                failures.add(label + status + " internals shown " + abbreviate(body));
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
        schema = ContractOperations.resolve(contract, schema);
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
