package ru.digitalbridge.common.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares what machine clients rely on, for every operation it applies to: the {@code Idempotency-Key} header of
 * every POST (served by {@code common.idempotency.IdempotencyFilter}) with its 409 (still running) and 422 (key
 * reused with another request) answers. Runs before {@link ProblemResponses}, which gives those answers the
 * problem content.
 */
final class MachineHeaders {
    private MachineHeaders() {}

    static void apply(OpenAPI openAPI) {
        Contract.forEachOperation(openAPI, (path, method, operation) -> {
            if (method != PathItem.HttpMethod.POST) {
                return;
            }
            operation.addParameter(OASFactory.createParameter()
                    .name("Idempotency-Key")
                    .in(Parameter.In.HEADER)
                    .required(false)
                    .description("A key unique per request (e.g. a quoted UUID: \"8e03978e-…\"), 1–255 printable"
                            + " ASCII characters. A retry with the same key and the same request gets the first"
                            + " successful answer again (with Idempotency-Replayed: true) for 24 hours; only one of"
                            + " concurrent duplicates runs. Failed requests release their key.")
                    .schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .minLength(1)
                            .maxLength(257)));
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            describe(
                    operation.getResponses().getAPIResponse("409"),
                    "409",
                    operation,
                    "Conflict: a stale version or the record's state, or a request with the same Idempotency-Key"
                            + " is still running (retry shortly)");
            describe(
                    operation.getResponses().getAPIResponse("422"),
                    "422",
                    operation,
                    "The request refers to something that cannot be used here, or its Idempotency-Key was used"
                            + " with another request");
        });
    }

    private static void describe(
            APIResponse existing,
            String code,
            org.eclipse.microprofile.openapi.models.Operation operation,
            String text) {
        if (existing == null) {
            operation
                    .getResponses()
                    .addAPIResponse(code, OASFactory.createAPIResponse().description(text));
        } else if (existing.getDescription() == null
                || existing.getDescription().isBlank()) {
            existing.setDescription(text); // declared on the resource without words of its own
        }
    }
}
