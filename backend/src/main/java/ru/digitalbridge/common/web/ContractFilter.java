package ru.digitalbridge.common.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Finishes the generated contract so that clients can be generated from it and Redocly and Spectral find nothing
 * to report (both run in {@code mvn verify}): stable operation ids ({@link OperationIds}), both authentication
 * schemes and who may call what ({@link ContractSecurity}), every error response as RFC 9457 problem details
 * ({@link ProblemResponses}), request schemas as strict as the server ({@link StrictRequests}), descriptions of
 * tags and operations, and the fields of response schemas marked as always present ({@link
 * ResponseFieldsRequired}), and no component schema that nothing uses.
 *
 * <p>Runs at build time only: the finished document is stored in the application and served as it is. Registered
 * through {@code mp.openapi.filter} it also ran a second time at every start, on a ~1.2 MB document that it had
 * already finished (README, "Start-up").
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {
    /** What each group of operations is about (tags come from {@code @Tag} on the resources). */
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("API clients", "Keys of machine clients (X-API-Key): issue, list, revoke. Administrators."),
            Map.entry("Accounts", "Official social-media accounts of organizations: search, edit, import, export."),
            Map.entry("Assignments", "Evaluations as work items of experts: queues and reassignment."),
            Map.entry("Audit", "Who changed what and when."),
            Map.entry(
                    "Badges",
                    "Embeddable results: an SVG badge and an iframe-friendly page per account or organization."),
            Map.entry("Authentication", "Sign-in, token refresh, sign-out and the caller's own profile."),
            Map.entry(
                    "Changes",
                    "The change feed for machines: what changed in the registry and the published results since a"
                            + " cursor, with tombstones."),
            Map.entry("Campaigns", "Monitoring campaigns: scope, experts, stages, progress and agreement."),
            Map.entry("Evaluations", "Evaluations of accounts against a criteria set: answers, review, publication."),
            Map.entry("Methodology", "Criteria sets: the versioned, approved methodology of evaluations."),
            Map.entry(
                    "Notifications",
                    "E-mail notifications: the outbox viewer (administrators) and each user's own choices."),
            Map.entry("Objections", "Objections of rated organizations to published evaluations."),
            Map.entry(
                    "Open data",
                    "Published results as files (CSV, NDJSON, XLSX) with Frictionless descriptors, and the catalogue"
                            + " of datasets. CC BY 4.0."),
            Map.entry("Organizations", "The registry of organizations: search, edit, import, export."),
            Map.entry("Reference data", "Municipalities, platforms, sectors and other code lists."),
            Map.entry("Service", "Liveness of the service."),
            Map.entry("Users", "People who sign in, and their roles. Administrators."));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OperationIds.apply(openAPI);
        ContractSecurity.apply(openAPI);
        StrictRequests.apply(openAPI);
        MachineHeaders.apply(openAPI);
        ProblemResponses.apply(openAPI);
        describe(openAPI);
        ResponseFieldsRequired.apply(openAPI);
        removeUnusedSchemas(openAPI);
    }

    /** Component schemas no operation refers to (directly or through other schemas) are dropped. */
    private static void removeUnusedSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = Contract.schemas(openAPI);
        if (schemas.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> Contract.reachable(p.getSchema(), schemas, used));
                }
            });
        }
        Contract.forEachOperation(openAPI, (path, method, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> Contract.reachable(p.getSchema(), schemas, used));
            }
            if (operation.getRequestBody() != null) {
                used.addAll(Contract.reachable(operation.getRequestBody().getContent(), schemas, false));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                for (APIResponse response :
                        operation.getResponses().getAPIResponses().values()) {
                    used.addAll(Contract.reachable(response.getContent(), schemas, false));
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(h -> Contract.reachable(h.getSchema(), schemas, used));
                    }
                }
            }
        });
        Set<String> unused = new HashSet<>(schemas.keySet());
        unused.removeAll(used);
        unused.forEach(openAPI.getComponents()::removeSchema);
    }

    private static void describe(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> {
                if (tag.getDescription() == null) {
                    tag.setDescription(TAGS.getOrDefault(tag.getName(), tag.getName()));
                }
            });
        }
        Contract.forEachOperation(openAPI, (path, method, operation) -> {
            if (operation.getDescription() == null && operation.getSummary() != null) {
                operation.setDescription(operation.getSummary());
                operation.setSummary(shortSummary(operation.getSummary()));
            }
        });
    }

    /** The first clause of a long summary (the whole text stays in the description). */
    static String shortSummary(String summary) {
        int end = summary.length();
        for (String stop : List.of("; ", ". ", ": ")) {
            int at = summary.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        String first = summary.substring(0, end).strip();
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
