package ru.digitalbridge.common.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Marks every property of the schemas that only appear in successful responses as required: the API always
 * writes them, with {@code null} where a field is declared nullable. Clients (and the SPA's generated types) can
 * then tell "always present" from "may be null". Request schemas keep the constraints their validation declares.
 */
final class ResponseFieldsRequired {
    private static final String PREFIX = "#/components/schemas/";

    private ResponseFieldsRequired() {}

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null
                || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inRequests = new HashSet<>();
        Set<String> inResponses = new HashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    collect(operation.getRequestBody().getContent(), schemas, inRequests);
                }
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, APIResponse> response :
                        operation.getResponses().getAPIResponses().entrySet()) {
                    if (response.getKey().startsWith("2")) {
                        collect(response.getValue().getContent(), schemas, inResponses);
                    }
                }
            }
        }
        inResponses.removeAll(inRequests);
        for (String name : inResponses) {
            Schema schema = schemas.get(name);
            if (schema != null
                    && schema.getProperties() != null
                    && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static void collect(Content content, Map<String, Schema> schemas, Set<String> names) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() != null) {
                pending.push(media.getSchema());
            }
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(PREFIX)) {
                String name = ref.substring(PREFIX.length());
                if (names.add(name) && schemas.get(name) != null) {
                    pending.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::push);
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            for (var list : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
                if (list != null) {
                    list.forEach(pending::push);
                }
            }
        }
    }
}
