package ru.digitalbridge.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a machine key may do, on top of its roles. A key calls an endpoint only when it holds the endpoint's scope
 * (ApiScopeCheck maps endpoints to scopes). To add a scope, add a constant here and its paths in ApiScopeCheck.
 */
public enum ApiScope {
    /** Read the registry: organizations, accounts, municipalities, reference data. */
    REGISTRY_READ("registry:read"),
    /** Create, change, archive and import organizations and accounts (registry sync). */
    REGISTRY_WRITE("registry:write"),
    /** Read methodology, campaigns, evaluations, objections and the audit log (as the roles allow). */
    RESULTS_READ("results:read"),
    /** Change monitoring: campaigns, assignment, evaluations, corrections, objections. Only when granted explicitly. */
    MONITORING_WRITE("monitoring:write"),
    /**
     * Register, change and test the key's own client's webhook endpoints and read their delivery logs. Only when
     * granted explicitly.
     */
    WEBHOOKS_MANAGE("webhooks:manage"),
    /** Issue certificates (registering documents from another system). Only when granted explicitly. */
    CERTIFICATES_WRITE("certificates:write"),
    /** Read training: programmes, cohorts, rosters, learners (as the key's roles allow). Only when granted explicitly. */
    TRAINING_READ("training:read"),
    /** Change training: programmes, cohorts, enrolment, attendance, grades. Only when granted explicitly. */
    TRAINING_WRITE("training:write"),
    /** Edit bulletin drafts and start deliveries (as the key's roles allow). Only when granted explicitly. */
    BULLETINS_WRITE("bulletins:write");

    /** What a key gets when the administrator names no scopes: reading and registry sync. */
    public static final Set<ApiScope> DEFAULT = EnumSet.of(REGISTRY_READ, REGISTRY_WRITE, RESULTS_READ);

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static ApiScope of(String value) {
        for (ApiScope scope : values()) {
            if (scope.value.equals(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope " + value);
    }
}
