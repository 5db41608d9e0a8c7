package ru.digitalbridge.common.text;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import ru.digitalbridge.common.error.ProblemException;

/**
 * Applies {@link ClientText} (single-line rules) to the decoded path and query parameters and the cookies of every
 * request that reached a resource, before the resource runs: a refused character is a 400 problem naming the
 * parameter. JSON bodies are checked by {@link ClientTextJackson}.
 */
public class ClientTextFilter {

    @ServerRequestFilter
    public void check(ContainerRequestContext context, HttpServerRequest request) {
        check(context.getUriInfo().getPathParameters(true));
        // the decoded maps are built only when there is something to decode
        String query = request.query();
        if (query != null && !query.isEmpty()) {
            check(context.getUriInfo().getQueryParameters(true));
        }
        if (request.getHeader(HttpHeaders.COOKIE) != null) {
            for (Map.Entry<String, Cookie> cookie : context.getCookies().entrySet()) {
                refuse(cookie.getKey(), cookie.getValue().getValue());
            }
        }
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            refuse(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                refuse(parameter.getKey(), value);
            }
        }
    }

    private static void refuse(String name, String value) {
        int at = ClientText.firstRefused(value, false);
        if (at >= 0) {
            String field = ClientText.firstRefused(name, false) >= 0 ? "" : name;
            throw ProblemException.invalidField(field, "text.refused-character", ClientText.codePoint(value, at));
        }
    }
}
