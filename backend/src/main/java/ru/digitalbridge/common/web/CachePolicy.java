package ru.digitalbridge.common.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * One caching rule for every API response. An answer to a request that carries credentials (a bearer token, an API
 * key or a session cookie) is {@value #PRIVATE}, whatever the endpoint set: it may depend on who asks and must not be
 * kept by a browser or a shared cache. Only anonymous successful reads may be cached publicly, briefly. Every answer
 * varies on the credentials and the language, so a cache never serves one caller's answer to another.
 *
 * <p>The documents under {@value #DOCUMENTS} (the key set at {@code /.well-known/jwks.json}) are the same for
 * everyone, signed in or not: a successful read is {@value #SHARED} whoever asks, anything else {@code no-store}.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class CachePolicy implements ContainerResponseFilter {
    static final String PRIVATE = "private, no-store";
    static final String PUBLIC = "public, max-age=60";
    public static final String VARY = "Authorization, X-API-Key, Cookie, Accept-Language";
    static final String SHARED = "public, max-age=300";
    static final String DOCUMENTS = "/.well-known/";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        boolean document = path.startsWith(DOCUMENTS);
        if (!path.equals("/api") && !path.startsWith("/api/") && !document) {
            return;
        }
        response.getHeaders().remove(HttpHeaders.VARY);
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        if (document) {
            response.getHeaders()
                    .putSingle(HttpHeaders.CACHE_CONTROL, successfulRead(request, response) ? SHARED : "no-store");
            return;
        }
        if (hasCredentials(request)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
            return;
        }
        boolean publicRead = successfulRead(request, response);
        if (publicRead && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PUBLIC);
        } else if (!publicRead) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private static boolean successfulRead(ContainerRequestContext request, ContainerResponseContext response) {
        return HttpMethod.GET.equals(request.getMethod())
                && (response.getStatus() == 200 || response.getStatus() == 304);
    }

    /** Whether the request carries anything that identifies a caller. */
    static boolean hasCredentials(ContainerRequestContext request) {
        return hasCredentials(request::getHeaderString);
    }

    /** Whether the request whose headers {@code header} reads carries anything that identifies a caller. */
    static boolean hasCredentials(java.util.function.UnaryOperator<String> header) {
        if (present(header.apply(HttpHeaders.AUTHORIZATION)) || present(header.apply("X-API-Key"))) {
            return true;
        }
        String cookie = header.apply(HttpHeaders.COOKIE);
        return cookie != null && cookie.contains("bridge_");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
