package ru.digitalbridge.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.digitalbridge.common.error.ProblemException;

/**
 * Checks the scopes of machine keys on every request, in one place: each API path belongs to an area whose reads
 * need one scope and whose writes need another. A key calling a write outside every area is refused (deny by
 * default), so a new endpoint is closed to keys until it is mapped here. People (bearer tokens) are not affected.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiScopeCheck implements ContainerRequestFilter {
    static final String ATTRIBUTE = "apiScopes";

    /** An area of the API: path prefixes, the scope to read and the scope to write. */
    record Area(List<String> prefixes, ApiScope read, ApiScope write) {}

    static final List<Area> AREAS = List.of(
            new Area(
                    List.of(
                            "/api/v1/organizations",
                            "/api/v1/accounts",
                            "/api/v1/municipalities",
                            "/api/v1/reference",
                            "/api/v1/changes",
                            "/api/v1/staff"),
                    ApiScope.REGISTRY_READ,
                    ApiScope.REGISTRY_WRITE),
            new Area(
                    List.of(
                            "/api/v1/campaigns",
                            "/api/v1/evaluations",
                            "/api/v1/objections",
                            "/api/v1/assignments",
                            "/api/v1/criteria-sets",
                            "/api/v1/my-organization",
                            "/api/v1/ratings",
                            "/api/v1/badges",
                            "/api/v1/open-data",
                            "/api/v1/audit",
                            "/api/v1/training/effect"),
                    ApiScope.RESULTS_READ,
                    ApiScope.MONITORING_WRITE),
            new Area(
                    List.of("/api/v1/certificates", "/api/v1/verifications", "/.well-known/jwks.json"),
                    ApiScope.RESULTS_READ,
                    ApiScope.CERTIFICATES_WRITE),
            new Area(
                    List.of("/api/v1/webhooks", "/api/v1/webhook-receiver", "/api/v1/outbox"),
                    ApiScope.WEBHOOKS_MANAGE,
                    ApiScope.WEBHOOKS_MANAGE),
            new Area(List.of("/api/v1/training"), ApiScope.TRAINING_READ, ApiScope.TRAINING_WRITE),
            new Area(List.of("/api/v1/bulletins"), ApiScope.RESULTS_READ, ApiScope.BULLETINS_WRITE));

    private final CurrentIdentityAssociation identities;

    ApiScopeCheck(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(ApiKeyAuthentication.HEADER);
        if (key == null || key.isBlank()) {
            return;
        }
        SecurityIdentity identity;
        try {
            identity = identities.getDeferredIdentity().await().indefinitely();
        } catch (AuthenticationFailedException unknownKey) {
            return; // endpoints that need a caller answer 401 themselves; public reads ignore credentials
        }
        Object scopes = identity == null ? null : identity.getAttribute(ATTRIBUTE);
        if (!(scopes instanceof Set<?> held)) {
            return;
        }
        Optional<ApiScope> needed = required(
                request.getMethod(), "/" + request.getUriInfo().getPath().replaceFirst("^/", ""));
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (needed.isEmpty() ? !read : !held.contains(needed.get())) {
            throw new ProblemException(
                            403,
                            "api-scope-missing",
                            needed.map(ApiScope::value).orElse("-"))
                    .with("requiredScope", needed.map(ApiScope::value).orElse(null));
        }
    }

    /** The scope a key needs for this method and path, empty outside every area. */
    static Optional<ApiScope> required(String method, String path) {
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        for (Area area : AREAS) {
            for (String prefix : area.prefixes()) {
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    return Optional.of(read ? area.read() : area.write());
                }
            }
        }
        return Optional.empty();
    }
}
