package ru.digitalbridge.common.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Gives every operation a stable camelCase {@code operationId}: generated clients name their functions after it,
 * so it is keyed by the public method and path (not by the Java class or method, which refactoring may rename).
 * An operation missing from the table gets one derived from its method and path (for example
 * {@code postEvaluationsByIdQuestions}); add it to the table with a better name. Duplicates fail the build.
 */
final class OperationIds {
    private static final Map<String, String> IDS = Map.ofEntries(
            Map.entry("GET /api/v1/accounts", "listAccounts"),
            Map.entry("POST /api/v1/accounts", "createAccount"),
            Map.entry("GET /api/v1/accounts/export", "exportAccounts"),
            Map.entry("POST /api/v1/accounts/import", "importAccounts"),
            Map.entry("GET /api/v1/accounts/{id}", "getAccount"),
            Map.entry("PUT /api/v1/accounts/{id}", "updateAccount"),
            Map.entry("POST /api/v1/accounts/{id}/archive", "archiveAccount"),
            Map.entry("POST /api/v1/accounts/{id}/restore", "restoreAccount"),
            Map.entry("GET /api/v1/api-clients", "listApiClients"),
            Map.entry("POST /api/v1/api-clients", "createApiClient"),
            Map.entry("POST /api/v1/api-clients/{id}/revoke", "revokeApiClient"),
            Map.entry("GET /api/v1/assignments", "listAssignments"),
            Map.entry("PUT /api/v1/assignments/{evaluationId}", "reassignEvaluation"),
            Map.entry("GET /api/v1/audit", "listAuditEntries"),
            Map.entry("GET /api/v1/badges/accounts/{id}", "getAccountBadge"),
            Map.entry("GET /api/v1/badges/accounts/{id}/embed", "getAccountBadgeEmbed"),
            Map.entry("GET /api/v1/badges/organizations/{id}", "getOrganizationBadge"),
            Map.entry("GET /api/v1/badges/organizations/{id}/embed", "getOrganizationBadgeEmbed"),
            Map.entry("POST /api/v1/auth/login", "login"),
            Map.entry("POST /api/v1/auth/logout", "logout"),
            Map.entry("POST /api/v1/auth/refresh", "refreshSession"),
            Map.entry("GET /api/v1/campaigns", "listCampaigns"),
            Map.entry("GET /api/v1/changes", "listChanges"),
            Map.entry("POST /api/v1/campaigns", "createCampaign"),
            Map.entry("GET /api/v1/campaigns/experts", "listExpertCandidates"),
            Map.entry("POST /api/v1/campaigns/scope-preview", "previewCampaignScope"),
            Map.entry("GET /api/v1/campaigns/{id}", "getCampaign"),
            Map.entry("PUT /api/v1/campaigns/{id}", "updateCampaign"),
            Map.entry("DELETE /api/v1/campaigns/{id}", "deleteCampaign"),
            Map.entry("GET /api/v1/campaigns/{id}/agreement", "getCampaignAgreement"),
            Map.entry("POST /api/v1/campaigns/{id}/assign", "assignCampaignEvaluations"),
            Map.entry("PUT /api/v1/campaigns/{id}/experts", "setCampaignExperts"),
            Map.entry("GET /api/v1/campaigns/{id}/progress", "getCampaignProgress"),
            Map.entry("POST /api/v1/campaigns/{id}/transition", "transitionCampaign"),
            Map.entry("GET /api/v1/criteria-sets", "listCriteriaSets"),
            Map.entry("POST /api/v1/criteria-sets", "createCriteriaSet"),
            Map.entry("GET /api/v1/criteria-sets/{id}", "getCriteriaSet"),
            Map.entry("PUT /api/v1/criteria-sets/{id}", "updateCriteriaSet"),
            Map.entry("DELETE /api/v1/criteria-sets/{id}", "deleteCriteriaSet"),
            Map.entry("POST /api/v1/criteria-sets/{id}/approve", "approveCriteriaSet"),
            Map.entry("POST /api/v1/criteria-sets/{id}/new-version", "createCriteriaSetVersion"),
            Map.entry("POST /api/v1/criteria-sets/{id}/retire", "retireCriteriaSet"),
            Map.entry("GET /api/v1/evaluations", "listEvaluations"),
            Map.entry("GET /api/v1/evaluations/timeline", "getAccountTimeline"),
            Map.entry("GET /api/v1/evaluations/{id}", "getEvaluation"),
            Map.entry("PUT /api/v1/evaluations/{id}/answers", "saveEvaluationAnswers"),
            Map.entry("POST /api/v1/evaluations/{id}/approve", "approveEvaluation"),
            Map.entry("POST /api/v1/evaluations/{id}/corrections", "correctEvaluation"),
            Map.entry("GET /api/v1/evaluations/{id}/history", "getEvaluationHistory"),
            Map.entry("GET /api/v1/evaluations/{id}/objections", "listEvaluationObjections"),
            Map.entry("POST /api/v1/evaluations/{id}/objections", "createObjection"),
            Map.entry("GET /api/v1/evaluations/{id}/pair", "getEvaluationPair"),
            Map.entry("GET /api/v1/evaluations/{id}/questions", "listCitizenQuestions"),
            Map.entry("POST /api/v1/evaluations/{id}/questions", "createCitizenQuestion"),
            Map.entry("PUT /api/v1/evaluations/{id}/questions/{questionId}", "updateCitizenQuestion"),
            Map.entry("DELETE /api/v1/evaluations/{id}/questions/{questionId}", "deleteCitizenQuestion"),
            Map.entry("POST /api/v1/evaluations/{id}/reconcile", "reconcileEvaluation"),
            Map.entry("POST /api/v1/evaluations/{id}/return", "returnEvaluation"),
            Map.entry("GET /api/v1/evaluations/{id}/revisions/{revision}", "getEvaluationRevision"),
            Map.entry("POST /api/v1/evaluations/{id}/submit", "submitEvaluation"),
            Map.entry("GET /api/v1/me", "getMe"),
            Map.entry("GET /api/v1/me/notifications", "getMyNotificationSettings"),
            Map.entry("PUT /api/v1/me/notifications", "updateMyNotificationSettings"),
            Map.entry("GET /api/v1/notifications", "listNotifications"),
            Map.entry("GET /api/v1/notifications/{id}", "getNotification"),
            Map.entry("GET /api/v1/municipalities", "listMunicipalities"),
            Map.entry("GET /api/v1/my-organization/evaluations", "listMyOrganizationEvaluations"),
            Map.entry("GET /api/v1/objections", "listObjections"),
            Map.entry("GET /api/v1/open-data", "getOpenDataCatalogue"),
            Map.entry("GET /api/v1/open-data/campaigns/{id}/datapackage.json", "getCampaignDataPackage"),
            Map.entry("GET /api/v1/open-data/campaigns/{id}/files/{file}", "downloadCampaignResults"),
            Map.entry("GET /api/v1/objections/{id}", "getObjection"),
            Map.entry("POST /api/v1/objections/{id}/accept", "acceptObjection"),
            Map.entry("POST /api/v1/objections/{id}/reject", "rejectObjection"),
            Map.entry("GET /api/v1/organizations", "listOrganizations"),
            Map.entry("GET /api/v1/ratings/campaigns", "listRatedCampaigns"),
            Map.entry("GET /api/v1/ratings/campaigns/{campaignId}/snapshots", "listRatingSnapshots"),
            Map.entry("GET /api/v1/ratings/snapshots/{id}", "getRatingSnapshot"),
            Map.entry("GET /api/v1/ratings/snapshots/{id}/rows", "listRatingRows"),
            Map.entry("GET /api/v1/ratings/organizations/{id}/trend", "getOrganizationRatingTrend"),
            Map.entry("GET /api/v1/ratings/municipalities/{id}/trend", "getMunicipalityRatingTrend"),
            Map.entry("POST /api/v1/organizations", "createOrganization"),
            Map.entry("GET /api/v1/organizations/export", "exportOrganizations"),
            Map.entry("POST /api/v1/organizations/import", "importOrganizations"),
            Map.entry("GET /api/v1/organizations/{id}", "getOrganization"),
            Map.entry("PUT /api/v1/organizations/{id}", "updateOrganization"),
            Map.entry("POST /api/v1/organizations/{id}/archive", "archiveOrganization"),
            Map.entry("POST /api/v1/organizations/{id}/restore", "restoreOrganization"),
            Map.entry("GET /api/v1/ping", "ping"),
            Map.entry("GET /api/v1/reference", "getReference"),
            Map.entry("GET /api/v1/webhooks", "listWebhooks"),
            Map.entry("POST /api/v1/webhooks", "createWebhook"),
            Map.entry("GET /api/v1/webhooks/event-types", "listWebhookEventTypes"),
            Map.entry("GET /api/v1/webhooks/{id}", "getWebhook"),
            Map.entry("PUT /api/v1/webhooks/{id}", "updateWebhook"),
            Map.entry("GET /api/v1/webhooks/{id}/attempts", "listWebhookAttempts"),
            Map.entry("GET /api/v1/webhooks/{id}/deliveries", "listWebhookDeliveries"),
            Map.entry("POST /api/v1/webhooks/{id}/disable", "disableWebhook"),
            Map.entry("POST /api/v1/webhooks/{id}/enable", "enableWebhook"),
            Map.entry("POST /api/v1/webhooks/{id}/redeliver", "redeliverWebhookEvents"),
            Map.entry("POST /api/v1/webhooks/{id}/rotate-secret", "rotateWebhookSecret"),
            Map.entry("POST /api/v1/webhooks/{id}/test", "sendWebhookTestEvent"),
            Map.entry("POST /api/v1/webhook-receiver/{endpointId}", "receiveDemoWebhook"),
            Map.entry("GET /api/v1/outbox/deliveries", "listOutboxDeliveries"),
            Map.entry("POST /api/v1/outbox/deliveries/{id}/redeliver", "redeliverOutboxDelivery"),
            Map.entry("GET /api/v1/users", "listUsers"),
            Map.entry("POST /api/v1/users", "createUser"),
            Map.entry("GET /api/v1/users/{id}", "getUser"),
            Map.entry("PUT /api/v1/users/{id}", "updateUser"),
            Map.entry("POST /api/v1/users/{id}/password", "setUserPassword"));

    private OperationIds() {}

    static void apply(OpenAPI openAPI) {
        Map<String, String> seen = new HashMap<>();
        Contract.forEachOperation(openAPI, (path, method, operation) -> {
            String key = method.name() + " " + path;
            String id = IDS.getOrDefault(key, derived(method, path));
            String previous = seen.put(id, key);
            if (previous != null) {
                throw new IllegalStateException("operationId " + id + " of " + key + " is already used by " + previous);
            }
            operation.setOperationId(id);
        });
    }

    /** {@code POST /api/v1/evaluations/{id}/questions} → {@code postEvaluationsByIdQuestions}. */
    static String derived(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.replaceFirst("^/api/v\\d+", "").split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean parameter = segment.startsWith("{");
            if (parameter) {
                id.append("By");
            }
            for (String word : segment.replaceAll("[{}]", "").split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return id.toString();
    }
}
