package ru.digitalbridge.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of the contract the application serves ({@code /q/openapi}, the document the build writes to
 * openapi.yaml), for the tests that call every one of them: a new endpoint is covered the day it is added.
 */
public final class ContractOperations {
    /** The methods the tests call; the contract has no others but HEAD and OPTIONS, which the server derives. */
    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private ContractOperations() {}

    /** One operation: its path template, its method (upper case) and its description in the contract. */
    public record Operation(String path, String method, JsonNode spec) {
        /** {@code METHOD /path/{template}}, for failure messages. */
        public String label() {
            return method + " " + path;
        }

        /** The path with its parameters filled as {@link ContractOperations#filled} does. */
        public String filled() {
            return ContractOperations.filled(path);
        }
    }

    /** The served contract as text (the test's RestAssured port; call it from a test, not a static initializer). */
    public static String documentText() {
        return given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The served contract. */
    public static JsonNode document() {
        try {
            return new ObjectMapper().readTree(documentText());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation, paths and each path's methods in the order the contract lists them. */
    public static List<Operation> all(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                if (METHODS.contains(method)) {
                    operations.add(new Operation(path.getKey(), method, entry.getValue()));
                }
            }
        }
        return operations;
    }

    /** Every write operation: paths in the contract's order, each path's methods as POST, PUT, PATCH, DELETE. */
    public static List<Operation> writes(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new Operation(path.getKey(), method.toUpperCase(Locale.ROOT), operation));
                }
            }
        }
        return operations;
    }

    /** The template's parameters filled: revisions 1, everything else one random UUID. */
    public static String filled(String template) {
        return template.replace("{revision}", "1")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** The template's parameters filled one after the other with the values {@code value} gives. */
    public static String filled(String template, Supplier<String> value) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(url, Matcher.quoteReplacement(value.get()));
        }
        return parameter.appendTail(url).toString();
    }

    /** The template's parameters, in order, each with where it stands ({@link Matcher#start()}, {@code end()}). */
    public static Matcher parameters(String template) {
        return PARAMETER.matcher(template);
    }

    /** The schema a {@code $ref} to {@code #/components/schemas/...} names, or the schema itself. */
    public static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }
}
