package ru.digitalbridge.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every response any test receives through RestAssured is checked against the contract the application serves
 * ({@code /q/openapi}, the document the build writes to openapi.yaml): its status code must be listed for the
 * operation (the catch-all {@code default} does not count) and its content type must be one the contract gives for
 * that status. Installed for every test by {@link DocumentedResponsesCallbacks}; no list of endpoints or statuses
 * is kept by hand. Responses to requests that match no operation (an unknown path, a method the path does not
 * have, the SPA and {@code /q/*}) are not the contract's business and are let through.
 *
 * <p>With the environment variable {@code CONTRACT_REPORT} set to a file, violations are appended there instead of
 * failing the test (to list every gap of the whole suite in one run).
 */
public final class DocumentedResponses implements OrderedFilter {
    static final DocumentedResponses INSTANCE = new DocumentedResponses();
    private static final String REPORT = System.getenv("CONTRACT_REPORT");
    private static final List<String> VIOLATIONS = new ArrayList<>();

    private volatile Contract contract;

    private DocumentedResponses() {}

    /** Installs the filter for every RestAssured request of this run (once). */
    static synchronized void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    /** Violations seen since the last call (requests made on other threads whose failure a test may swallow). */
    static List<String> drain() {
        synchronized (VIOLATIONS) {
            List<String> seen = List.copyOf(VIOLATIONS);
            VIOLATIONS.clear();
            return seen;
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext context) {
        Response response = context.next(request, spec);
        URI uri = URI.create(request.getURI());
        String path = routed(uri.getRawPath());
        if (path == null || !path.startsWith("/api/")) {
            return response;
        }
        String problem = check(contract(uri), request.getMethod(), path, response);
        if (problem != null) {
            if (REPORT != null) {
                try {
                    Files.writeString(
                            Path.of(REPORT),
                            problem + System.lineSeparator(),
                            StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                synchronized (VIOLATIONS) {
                    VIOLATIONS.add(problem);
                }
                throw new AssertionError(problem);
            }
        }
        return response;
    }

    /**
     * The path as the server routes it: percent-encoded dots decoded and dot segments removed (RFC 3986 §5.2.4), so
     * {@code /evaluations/{id}/questions/..} is checked against the operations of {@code /evaluations/{id}/}, which is
     * what answered, not against the question's.
     */
    static String routed(String rawPath) {
        if (rawPath == null) {
            return null;
        }
        return URI.create(rawPath.replace("%2E", ".").replace("%2e", "."))
                .normalize()
                .getRawPath();
    }

    /** What is wrong with {@code response} to {@code method path} under {@code contract}; null when it is documented. */
    public static String check(Contract contract, String method, String path, Response response) {
        boolean head = "HEAD".equalsIgnoreCase(method);
        Map.Entry<String, JsonNode> operation = contract.operation(head ? "GET" : method, path);
        if (operation == null) {
            return null;
        }
        String status = Integer.toString(response.statusCode());
        JsonNode responses = operation.getValue().path("responses");
        JsonNode documented = responses.get(status);
        if (documented == null) {
            documented = responses.get(status.charAt(0) + "XX");
        }
        String where = method + " " + operation.getKey() + " ("
                + operation.getValue().path("operationId").asText("?") + ")";
        if (documented == null) {
            List<String> codes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(codes::add);
            return "Undocumented status: " + where + " answered " + status + " " + response.contentType()
                    + "; the contract lists " + codes;
        }
        if (head || response.statusCode() == 304 || response.statusCode() == 204) {
            return null;
        }
        String type = mediaType(response.contentType());
        byte[] body = response.asByteArray();
        if (type.isEmpty() && body.length == 0) {
            return null;
        }
        JsonNode content = documented.path("content");
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            if (matches(types.next(), type)) {
                return null;
            }
        }
        List<String> types = new ArrayList<>();
        content.fieldNames().forEachRemaining(types::add);
        return "Undocumented content type: " + where + " answered " + status + " with '" + type
                + "'; the contract gives " + types + " for " + status;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String documented, String actual) {
        String d = documented.toLowerCase(Locale.ROOT);
        if (d.equals(actual) || d.equals("*/*")) {
            return true;
        }
        return d.endsWith("/*") && actual.startsWith(d.substring(0, d.length() - 1));
    }

    private Contract contract(URI uri) {
        Contract loaded = contract;
        if (loaded == null) {
            synchronized (this) {
                if (contract == null) {
                    contract = Contract.load(uri.resolve("/q/openapi?format=json"));
                }
                loaded = contract;
            }
        }
        return loaded;
    }

    /** The served contract's paths, matched segment by segment; literal segments beat templated ones. */
    public record Contract(JsonNode paths) {
        /** The contract served at {@code address}. */
        public static Contract load(URI address) {
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(address)
                                        .header("Accept", "application/json")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("the contract is not served: " + answer.statusCode());
                }
                return new Contract(new ObjectMapper().readTree(answer.body()).path("paths"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The path template and operation that {@code method path} calls, or null. */
        public Map.Entry<String, JsonNode> operation(String method, String path) {
            String[] segments = path.split("/", -1); // "/users/" is not "/users" (the server answers 404)
            String best = null;
            int bestLiterals = -1;
            for (Iterator<String> templates = paths.fieldNames(); templates.hasNext(); ) {
                String template = templates.next();
                String[] parts = template.split("/", -1);
                if (parts.length != segments.length) {
                    continue;
                }
                int literals = 0;
                boolean match = true;
                for (int i = 0; i < parts.length && match; i++) {
                    if (parts[i].startsWith("{") && parts[i].endsWith("}")) {
                        match = !segments[i].isEmpty();
                    } else if (parts[i].equals(segments[i])) {
                        literals++;
                    } else {
                        match = false;
                    }
                }
                if (match && literals > bestLiterals) {
                    best = template;
                    bestLiterals = literals;
                }
            }
            if (best == null) {
                return null;
            }
            JsonNode operation = paths.path(best).get(method.toLowerCase(Locale.ROOT));
            return operation == null ? null : Map.entry(best, operation);
        }
    }
}
