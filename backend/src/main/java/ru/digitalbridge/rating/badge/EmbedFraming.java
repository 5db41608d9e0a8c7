package ru.digitalbridge.rating.badge;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets other sites frame the badges and embed pages, which the application's default headers forbid
 * ({@code X-Frame-Options: DENY}, {@code frame-ancestors 'none'}). Their answers get a policy of their own: any
 * site may frame them; they load nothing, run no script and submit no form. Set as the headers go out, so it wins
 * over the defaults.
 */
@ApplicationScoped
public class EmbedFraming {
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " frame-ancestors *; base-uri 'none'; form-action 'none'";

    void install(@Observes Router router) {
        // a plain route that tests the prefix (not routeWithRegex, whose matcher would run on every request)
        router.route().order(-1002).handler(context -> {
            if (!badge(context.normalizedPath())) {
                context.next();
                return;
            }
            context.addHeadersEndHandler(v -> {
                context.response().headers().remove("X-Frame-Options");
                context.response().headers().set("Content-Security-Policy", POLICY);
            });
            context.next();
        });
    }

    /** {@code ^/api/v1/badges/.*}: the prefix and no line terminator, which {@code .} does not match. */
    static boolean badge(String path) {
        if (path == null || !path.startsWith("/api/v1/badges/")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
