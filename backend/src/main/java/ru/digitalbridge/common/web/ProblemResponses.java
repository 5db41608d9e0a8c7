package ru.digitalbridge.common.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses each operation can give, all as RFC 9457 problem details
 * ({@code application/problem+json}, schema {@code Problem}), derived from what the operation is:
 *
 * <ul>
 *   <li>400 always (malformed input, a constraint violated, an unknown query parameter);
 *   <li>401 and 403 when it needs a credential; also on public operations that take one (a credential sent must be
 *       valid; an API key's scopes);
 *   <li>403 on every write: a browser origin outside the allow-list may not make changes (CorsPolicy);
 *   <li>404 when its path or a query parameter names a record (by id);
 *   <li>406 when it answers with a body (an Accept header none of its media types satisfies);
 *   <li>409 when it carries a version (optimistic locking);
 *   <li>413 and 415 when it takes a body;
 *   <li>304 (no body) on every GET answering JSON: {@link EntityTags} answers a matching {@code If-None-Match} so;
 *   <li>429 on every operation an API key may call (the key's rate limit, security.ApiRateLimit), with
 *       {@code Retry-After}.
 * </ul>
 *
 * Anything else an operation answers is declared on its resource method ({@code @APIResponse(responseCode =
 * "422")} for a refused reference, {@code "409"} for a state conflict without a version, {@code "429"} where it is
 * rate-limited…): such responses keep their description (a blank one gets the generic text below) and get the
 * problem content. No list of operations is kept here: every test's responses are checked against the served
 * contract (DocumentedResponses in the tests), so an undeclared status fails the test that provokes it. A 5xx is
 * the {@code default} response, also a problem.
 */
final class ProblemResponses {
    static final String PROBLEM = "application/problem+json";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Invalid request: malformed input or a violated constraint (violations name the fields)"),
            Map.entry("401", "No valid credential: sign in, refresh the token, or check the API key"),
            Map.entry("403", "The caller's roles, the API key's scopes or the web origin do not allow this"),
            Map.entry("404", "No such record"),
            Map.entry("409", "Conflict: a stale version, or the record's state does not allow this"),
            Map.entry("413", "The request body is too large"),
            Map.entry("406", "None of the media types in Accept can be given"),
            Map.entry("415", "Unsupported Content-Type of the request body"),
            Map.entry("422", "The request refers to something that does not exist or cannot be used here"),
            Map.entry("429", "Too many requests; retry after the number of seconds in Retry-After"),
            Map.entry("default", "Unexpected problem (RFC 9457 problem details)"));

    private ProblemResponses() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = Contract.schemas(openAPI);
        Schema problem = schemas.get("Problem");
        if (problem != null) {
            // RFC 9457 allows extension members: requestId on every problem, others per kind (existing, remaining…).
            problem.addProperty(
                    "requestId",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .description("The request's X-Request-Id, to quote when reporting the problem"));
            problem.addProperty("existing", existing());
            problem.setAdditionalPropertiesBoolean(Boolean.TRUE);
        }
        Contract.forEachOperation(openAPI, (path, method, operation) -> {
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            boolean body = operation.getRequestBody() != null;
            add(operation, "400"); // also without parameters: an unknown query parameter is refused (QueryParameters)
            if (ContractSecurity.secured(operation)) {
                add(operation, "401");
                add(operation, "403");
            } else if (ContractSecurity.acceptsApiKey(operation)) {
                // open to anyone, but a credential that is sent must be valid (an expired token, a revoked key), and
                // some values need one (e.g. status=DRAFT on the bulletin issues)
                add(operation, "401");
                add(operation, "403"); // an API key without the scope of the area
            }
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                add(operation, "403"); // a write from a web origin outside the allow-list (CorsPolicy)
            }
            if (path.contains("{") || namesRecordInQuery(operation)) {
                add(operation, "404");
            }
            if (answersContent(operation)) {
                add(operation, "406"); // an Accept header that none of its media types satisfies
            }
            if (versioned(operation, schemas)) {
                add(operation, "409");
            }
            if (body) {
                add(operation, "413");
                add(operation, "415");
            }
            if (ContractSecurity.acceptsApiKey(operation)) {
                add(operation, "429");
            }
            if (method == PathItem.HttpMethod.GET && answersJson(operation)) {
                if (operation.getResponses().getAPIResponse("304") == null) {
                    operation
                            .getResponses()
                            .addAPIResponse(
                                    "304",
                                    OASFactory.createAPIResponse()
                                            .description("Not modified: If-None-Match matched the ETag"));
                }
            }
            add(operation, "default");
            withProblemContent(operation.getResponses());
            sort(operation.getResponses());
        });
    }

    /** A query parameter that is a record's id (a filter naming something missing is a 404). */
    private static boolean namesRecordInQuery(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .filter(p -> p.getIn() == Parameter.In.QUERY && p.getSchema() != null)
                        .map(Parameter::getSchema)
                        .anyMatch(schema -> "uuid".equals(schema.getFormat())
                                || (schema.getRef() != null && schema.getRef().endsWith("/UUID")));
    }

    /** A success response with a body, so a request may accept none of its media types. */
    private static boolean answersContent(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2")
                        && e.getValue().getContent() != null
                        && e.getValue().getContent().getMediaTypes() != null
                        && !e.getValue().getContent().getMediaTypes().isEmpty());
    }

    /** A 200 with a JSON body: EntityTags gives it an ETag and answers a matching If-None-Match with 304. */
    private static boolean answersJson(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        return ok != null
                && ok.getContent() != null
                && ok.getContent().getMediaTypes() != null
                && ok.getContent().getMediaTypes().containsKey("application/json");
    }

    /** A {@code version} query parameter or body property: a stale one is refused with 409. */
    private static boolean versioned(Operation operation, Map<String, Schema> schemas) {
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "version".equals(p.getName()))) {
            return true;
        }
        if (operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return false;
        }
        return operation.getRequestBody().getContent().getMediaTypes().values().stream()
                .map(media -> Contract.resolve(media.getSchema(), schemas))
                .anyMatch(schema -> schema != null
                        && schema.getProperties() != null
                        && schema.getProperties().containsKey("version"));
    }

    private static void add(Operation operation, String code) {
        if (operation.getResponses().getAPIResponse(code) == null) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse());
        }
    }

    private static void withProblemContent(APIResponses responses) {
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            String code = entry.getKey();
            if (!code.startsWith("4") && !code.startsWith("5") && !"default".equals(code)) {
                continue;
            }
            APIResponse response = entry.getValue();
            String generic = DESCRIPTIONS.getOrDefault(code, "Problem details (RFC 9457)");
            if (response.getDescription() == null
                    || response.getDescription().isBlank()
                    || Set.of("Not Authorized", "Not Allowed", "Bad Request").contains(response.getDescription())
                    || response.getDescription().startsWith("Problem details (RFC 9457)")) {
                response.setDescription(generic);
            }
            response.setContent(problem());
            if ("429".equals(code)) {
                response.addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                                .description("Seconds to wait before trying again")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.INTEGER)
                                        .minimum(java.math.BigDecimal.ZERO)));
            }
        }
    }

    /** The extension member of a 409 for a duplicate (e.g. a taken account URL): the record that holds the value. */
    private static Schema existing() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("On a duplicate (409): the record that already holds the unique value")
                .addProperty(
                        "id",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("uuid"))
                .addProperty("url", text)
                .addProperty("displayName", text)
                .addProperty("organizationName", text)
                .addProperty("status", text)
                .addRequired("id");
    }

    private static Content problem() {
        return OASFactory.createContent()
                .addMediaType(
                        PROBLEM,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(Contract.SCHEMAS + "Problem")));
    }

    /** Status codes in numeric order, {@code default} last: a stable, readable contract. */
    private static void sort(APIResponses responses) {
        Map<String, APIResponse> sorted = new TreeMap<>((a, b) -> {
            if (a.equals(b)) {
                return 0;
            }
            if ("default".equals(a)) {
                return 1;
            }
            if ("default".equals(b)) {
                return -1;
            }
            return a.compareTo(b);
        });
        sorted.putAll(responses.getAPIResponses());
        responses.setAPIResponses(new java.util.LinkedHashMap<>(sorted));
    }
}
