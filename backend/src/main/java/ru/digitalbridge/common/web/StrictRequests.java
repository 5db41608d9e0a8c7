package ru.digitalbridge.common.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Makes the request side of the contract as strict as the server, so that clients and fuzzers that follow it
 * send only what the server accepts:
 *
 * <ul>
 *   <li>reads take no body (a body on a GET is an injected context parameter the generator took for one);
 *   <li>JSON request bodies refuse unknown properties ({@code quarkus.jackson.fail-on-unknown-properties}), so
 *       every object schema they reach says {@code additionalProperties: false};
 *   <li>query parameters that carry an id ("… id" in their description) are UUIDs (the server refuses anything
 *       else with 400);
 *   <li>parameters with a closed set of values list it ({@link #ENUMS});
 *   <li>an export takes the filters of its list: its undocumented parameters copy the list's schemas;
 *   <li>schema examples survive a round trip through any YAML loader: an unquoted date in YAML is read as a date
 *       and written back in another form (a space instead of {@code T}) that the server rejects, so date and
 *       date-time examples are replaced by a description of the format.
 * </ul>
 */
final class StrictRequests {
    private static final Pattern ID = Pattern.compile("(?i)\\bid\\b");

    /**
     * Query parameters with a closed set of values that the code parses by hand (ExportFormat, Filters.Sort), on the
     * paths that match: another feature's parameter of the same name (a rating's {@code sort}) has values of its own.
     */
    private static final Map<String, ClosedValues> ENUMS = Map.of(
            "format", new ClosedValues(Pattern.compile(".*"), List.of("csv", "xlsx", "ndjson")),
            "sort",
                    new ClosedValues(
                            Pattern.compile("/api/v1/(accounts|organizations)(/export)?"),
                            List.of("name", "-name", "updatedAt", "-updatedAt", "relevance")));

    private record ClosedValues(Pattern paths, List<Object> values) {}

    /** Component schemas of dates whose generated examples are unsafe in YAML, and what to say instead. */
    private static final Map<String, String> DATES = Map.of(
            "OffsetDateTime", "RFC 3339 date-time with an offset, for example 2026-03-10T12:15:50+03:00",
            "LocalDate", "ISO 8601 calendar date, for example 2026-03-10");

    private StrictRequests() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = Contract.schemas(openAPI);
        // A GET has no body: a body here is a context parameter the generator did not recognise (for example
        // an injected HttpServerRequest).
        Contract.forEachOperation(openAPI, (path, method, operation) -> {
            if (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD) {
                operation.setRequestBody(null);
            }
        });
        closeRequestBodies(openAPI, schemas);
        Map<String, Operation> lists = new HashMap<>();
        Contract.forEachOperation(openAPI, (path, method, operation) -> {
            if (method == PathItem.HttpMethod.GET) {
                lists.put(path, operation);
            }
        });
        Contract.forEachOperation(openAPI, (path, method, operation) -> {
            if (operation.getParameters() == null) {
                return;
            }
            Operation list = method == PathItem.HttpMethod.GET && path.endsWith("/export")
                    ? lists.get(path.substring(0, path.length() - "/export".length()))
                    : null;
            for (Parameter parameter : operation.getParameters()) {
                if (list != null) {
                    copyFromList(parameter, list);
                }
                tighten(path, parameter);
            }
        });
        DATES.forEach((name, description) -> {
            Schema schema = schemas.get(name);
            if (schema != null) {
                schema.setExamples(null);
                schema.setDescription(description);
            }
        });
    }

    private static void closeRequestBodies(OpenAPI openAPI, Map<String, Schema> schemas) {
        Set<String> names = new java.util.LinkedHashSet<>();
        Contract.forEachOperation(openAPI, (path, method, operation) -> {
            if (operation.getRequestBody() != null) {
                names.addAll(Contract.reachable(operation.getRequestBody().getContent(), schemas, true));
            }
        });
        for (String name : names) {
            Schema schema = schemas.get(name);
            if (schema != null
                    && schema.getProperties() != null
                    && schema.getAdditionalPropertiesSchema() == null
                    && schema.getAdditionalPropertiesBoolean() == null) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            }
        }
    }

    private static void copyFromList(Parameter parameter, Operation list) {
        if (list.getParameters() == null) {
            return;
        }
        for (Parameter listed : list.getParameters()) {
            if (listed.getName().equals(parameter.getName()) && listed.getIn() == parameter.getIn()) {
                if (parameter.getDescription() == null) {
                    parameter.setDescription(listed.getDescription());
                }
                Schema schema = parameter.getSchema();
                boolean plain = schema == null
                        || (schema.getRef() == null && schema.getFormat() == null && schema.getEnumeration() == null);
                if (plain && listed.getSchema() != null) {
                    parameter.setSchema(listed.getSchema());
                }
            }
        }
    }

    private static void tighten(String path, Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null || parameter.getIn() == Parameter.In.COOKIE) {
            return;
        }
        boolean string = schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
        if (!string) {
            return;
        }
        ClosedValues closedValues = ENUMS.get(parameter.getName());
        if (closedValues != null && closedValues.paths().matcher(path).matches() && schema.getEnumeration() == null) {
            Schema closed =
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(closedValues.values());
            parameter.setSchema(closed);
            return;
        }
        if (schema.getFormat() == null
                && parameter.getDescription() != null
                && ID.matcher(parameter.getDescription()).find()) {
            parameter.setSchema(
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"));
        }
    }
}
