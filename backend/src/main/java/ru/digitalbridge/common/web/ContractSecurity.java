package ru.digitalbridge.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares both ways to authenticate, a JWT bearer token (people) and an {@code X-API-Key} header (machine
 * clients), and rewrites the security requirements Quarkus derives from {@code @RolesAllowed}:
 *
 * <ul>
 *   <li>a secured operation accepts the bearer token, and the API key too when a key may hold one of the roles
 *       allowed; the roles are listed in {@code x-roles} (scopes belong to OAuth2 schemes only);
 *   <li>a public operation lists the empty requirement {@code {}}: anonymous access is allowed; reads also take
 *       either credential (they may show the caller more), the sign-in endpoints and the ping take none.
 * </ul>
 */
final class ContractSecurity {
    /** The JWT scheme, named by {@code quarkus.smallrye-openapi.security-scheme-name}. */
    static final String BEARER = "bearerAuth";

    static final String API_KEY = "apiKey";
    static final String ROLES_EXTENSION = "x-roles";

    /** Roles an API key may hold (ApiClientService.GRANTABLE: never ADMIN). */
    static final Set<String> KEY_ROLES = Set.of("COORDINATOR", "EXPERT", "TRAINER");

    /** Public operations that take no credential at all. */
    private static final Set<String> WITHOUT_CREDENTIALS = Set.of("login", "logout", "refreshSession", "ping");

    private ContractSecurity() {}

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(
                        API_KEY,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-API-Key")
                                .description("A machine client's key, issued by an administrator (POST"
                                        + " /api/v1/api-clients); it acts with the roles given to it, never ADMIN."));
        Contract.forEachOperation(openAPI, (path, method, operation) -> rewrite(operation));
    }

    /** The roles an operation requires (empty for a public one). */
    static Set<String> roles(Operation operation) {
        Set<String> roles = new TreeSet<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(scopes -> {
                        if (scopes != null) {
                            roles.addAll(scopes);
                        }
                    });
                }
            }
        }
        return roles;
    }

    /** After {@link #apply}: whether the operation needs a credential (no empty requirement). */
    static boolean secured(Operation operation) {
        return operation.getSecurity() != null
                && !operation.getSecurity().isEmpty()
                && operation.getSecurity().stream()
                        .noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    }

    private static void rewrite(Operation operation) {
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (secured) {
            Set<String> roles = roles(operation);
            requirements.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
            if (roles.isEmpty() || roles.stream().anyMatch(KEY_ROLES::contains)) {
                requirements.add(OASFactory.createSecurityRequirement().addScheme(API_KEY));
            }
            if (!roles.isEmpty()) {
                operation.addExtension(ROLES_EXTENSION, new ArrayList<>(roles));
            }
        } else {
            requirements.add(OASFactory.createSecurityRequirement());
            if (!WITHOUT_CREDENTIALS.contains(operation.getOperationId())) {
                requirements.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
                requirements.add(OASFactory.createSecurityRequirement().addScheme(API_KEY));
            }
        }
        operation.setSecurity(requirements);
    }
}
