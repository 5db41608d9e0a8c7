package ru.digitalbridge.common.web;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Walking helpers shared by the parts of {@link ContractFilter}. */
final class Contract {
    static final String SCHEMAS = "#/components/schemas/";

    interface OperationVisitor {
        void visit(String path, PathItem.HttpMethod method, Operation operation);
    }

    private Contract() {}

    static void forEachOperation(OpenAPI openAPI, OperationVisitor visitor) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> item :
                openAPI.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = item.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : operations.entrySet()) {
                visitor.visit(item.getKey(), operation.getKey(), operation.getValue());
            }
        }
    }

    static Map<String, Schema> schemas(OpenAPI openAPI) {
        return openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of()
                : openAPI.getComponents().getSchemas();
    }

    /** The schema itself, or the component it refers to. */
    static Schema resolve(Schema schema, Map<String, Schema> schemas) {
        if (schema != null && schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            return schemas.get(schema.getRef().substring(SCHEMAS.length()));
        }
        return schema;
    }

    /**
     * The names of the component schemas reachable from the given media types (only {@code mediaType}s whose name
     * contains {@code json} when {@code jsonOnly}).
     */
    static Set<String> reachable(Content content, Map<String, Schema> schemas, boolean jsonOnly) {
        Set<String> names = new LinkedHashSet<>();
        if (content == null || content.getMediaTypes() == null) {
            return names;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            if (media.getValue().getSchema() != null
                    && (!jsonOnly || media.getKey().contains("json"))) {
                pending.push(media.getValue().getSchema());
            }
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMAS)) {
                String name = ref.substring(SCHEMAS.length());
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
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.push(schema.getAdditionalPropertiesSchema());
            }
            for (var list : Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
                if (list != null) {
                    list.forEach(pending::push);
                }
            }
        }
        return names;
    }
}
