package ru.digitalbridge.common.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.digitalbridge.common.error.RouterProblems;

/**
 * Cross-origin reads (replaces Quarkus's CORS filter, which can only answer every origin alike). Two rules:
 *
 * <ul>
 *   <li>an origin on the allow-list ({@code CORS_ORIGINS}) may do everything its caller's credentials allow: its
 *       origin is echoed with {@code Access-Control-Allow-Credentials: true};
 *   <li>any other origin may make anonymous reads only (GET or HEAD without {@code Authorization}, {@code X-API-Key}
 *       or a session cookie): the answer says {@code Access-Control-Allow-Origin: *}, which browsers never combine
 *       with credentials. Anything else from such an origin is refused with 403 before it reaches the application.
 * </ul>
 *
 * <p>Preflights follow the same rules: one for GET or HEAD that asks for no credential header is answered with
 * {@code *}.
 */
@ApplicationScoped
public class CorsPolicy {
    static final String EXPOSED = "Location, X-Request-Id, Retry-After, ETag, Last-Modified, Link, Content-Disposition";
    static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "x-api-key", "cookie");
    private static final String MAX_AGE = "86400";

    private final Set<String> allowed;

    private final RouterProblems problems;

    CorsPolicy(@ConfigProperty(name = "bridge.cors.origins") List<String> origins, RouterProblems problems) {
        this.problems = problems;
        this.allowed =
                origins.stream().map(String::strip).filter(o -> !o.isEmpty()).collect(Collectors.toSet());
    }

    void install(@Observes Router router) {
        router.route().order(-2000).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader("Origin");
        if (origin == null || sameOrigin(request, origin)) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        boolean listed = allowed.contains(origin);
        String preflightMethod = request.getHeader("Access-Control-Request-Method");
        if (request.method() == HttpMethod.OPTIONS && preflightMethod != null) {
            String headers = request.getHeader("Access-Control-Request-Headers");
            if (listed) {
                credentialed(response, origin);
                response.putHeader("Access-Control-Allow-Methods", METHODS);
            } else if (read(preflightMethod) && !asksForCredentials(headers)) {
                response.putHeader("Access-Control-Allow-Origin", "*");
                response.putHeader("Access-Control-Allow-Methods", "GET, HEAD");
            } else {
                refuse(context);
                return;
            }
            if (headers != null && !headers.isBlank()) {
                response.putHeader("Access-Control-Allow-Headers", headers);
            }
            response.putHeader("Access-Control-Max-Age", MAX_AGE);
            response.setStatusCode(204).end();
            return;
        }
        if (listed) {
            credentialed(response, origin);
        } else if (read(request.method().name()) && !CachePolicy.hasCredentials(request::getHeader)) {
            response.putHeader("Access-Control-Allow-Origin", "*");
        } else {
            refuse(context);
            return;
        }
        response.putHeader("Access-Control-Expose-Headers", EXPOSED);
        context.next();
    }

    private static void credentialed(HttpServerResponse response, String origin) {
        response.putHeader("Access-Control-Allow-Origin", origin);
        response.putHeader("Access-Control-Allow-Credentials", "true");
        response.headers().add("Vary", "Origin");
    }

    /** 403 problem: the origin is not on the allow-list for credentials or writes. */
    private void refuse(RoutingContext context) {
        problems.respond(context, 403, "cross-origin-refused");
    }

    private static boolean read(String method) {
        return "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
    }

    private static boolean asksForCredentials(String requestHeaders) {
        return requestHeaders != null
                && Arrays.stream(requestHeaders.split(","))
                        .map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .anyMatch(CREDENTIAL_HEADERS::contains);
    }

    /** A request from the page's own origin (the SPA served by this process) is not cross-origin. */
    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        String host = request.authority() == null ? null : request.authority().toString();
        return host != null && origin.equalsIgnoreCase(request.scheme() + "://" + host);
    }
}
