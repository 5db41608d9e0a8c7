package ru.digitalbridge.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Authenticates machine clients by the {@code X-API-Key} header. Requests without it are left to the JWT
 * mechanism. A wrong or revoked key fails with 401 wherever a role is required; public reads do not look at
 * credentials (authentication is not proactive), so they answer as to anyone.
 */
@ApplicationScoped
class ApiKeyAuthentication implements HttpAuthenticationMechanism {
    static final String HEADER = "X-API-Key";

    static final class ApiKeyRequest extends BaseAuthenticationRequest {
        final String key;

        ApiKeyRequest(String key) {
            this.key = key;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String key = context.request().getHeader(HEADER);
        if (key == null || key.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(new ApiKeyRequest(key.trim()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom()
                .item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER.toLowerCase()));
    }

    @ApplicationScoped
    static class Provider implements IdentityProvider<ApiKeyRequest> {
        private final ApiClientService clients;

        Provider(ApiClientService clients) {
            this.clients = clients;
        }

        @Override
        public Class<ApiKeyRequest> getRequestType() {
            return ApiKeyRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> clients.authenticate(request.key)
                    .map(holder -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal("api-client:" + holder.name()))
                            .addRoles(holder.roles())
                            .addAttribute("apiClientId", holder.id())
                            .addAttribute("apiClientName", holder.name())
                            .addAttribute(ApiScopeCheck.ATTRIBUTE, holder.scopes())
                            .addAttribute(ApiRateLimit.ATTRIBUTE, holder.rateLimitPerMinute())
                            .build())
                    .orElseThrow(() -> new AuthenticationFailedException("unknown API key")));
        }
    }
}
