package ru.digitalbridge.common.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Finishes the generated contract: every operation documents its errors as RFC 9457 problem details, and the
 * fields of response schemas are marked as always present ({@link ResponseFieldsRequired}).
 */
public class ContractFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemResponses(openAPI);
        ResponseFieldsRequired.apply(openAPI);
    }

    private static void addProblemResponses(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Content problem = OASFactory.createContent()
                .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            if (operations == null) {
                continue;
            }
            for (Operation operation : operations.values()) {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponse("default") == null) {
                    APIResponse response = OASFactory.createAPIResponse()
                            .description("Problem details (RFC 9457): validation, authentication, access, not found,"
                                    + " conflicts")
                            .content(problem);
                    operation.getResponses().addAPIResponse("default", response);
                }
            }
        }
    }
}
