package ru.digitalbridge.common.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the single-page app's {@code index.html} for its client-side routes (for example a reload on
 * {@code /registry/accounts}), so deep links work when the SPA is bundled into this process. It runs before
 * the REST layer, which answers unknown paths with a 404 problem.
 *
 * <p>Caching of the SPA's files: Vite names everything under {@code /assets/} by its content hash, so a
 * browser may keep those for a year without asking again; {@code index.html} (and any other unhashed file)
 * must be revalidated on every load, or a browser would keep starting an old build. Compression is
 * Quarkus's own ({@code quarkus.http.enable-compression}, see application.properties).
 */
@ApplicationScoped
public class SpaRoutes {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    void install(@Observes Router router) {
        // plain routes with the path tests written out (not routeWithRegex): a regex route runs its matcher on every
        // request, API calls included, before it can tell they are not the SPA's
        router.route().order(-1001).handler(context -> {
            HttpMethod method = context.request().method();
            String path = context.normalizedPath();
            if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && spa(path) && singleLine(path)) {
                String cacheControl = path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
                // set just before the headers go out, so that it wins over the static handler's own
                context.addHeadersEndHandler(v -> {
                    if (context.response().getStatusCode() < 400) {
                        context.response().headers().set("Cache-Control", cacheControl);
                    }
                });
            }
            context.next();
        });
        router.get().order(-1000).handler(context -> {
            String path = context.normalizedPath();
            if (!spa(path)
                    || path.startsWith("/assets/")
                    || path.indexOf('.') >= 0
                    || getClass().getResource("/META-INF/resources/index.html") == null) {
                context.next();
                return;
            }
            context.reroute("/index.html");
        });
    }

    /**
     * A path outside the API, Quarkus's own endpoints and the public documents under {@code /.well-known/} (whose
     * caching is {@link CachePolicy}'s): {@code ^/(?!api/|api$|q/|q$|\.well-known/)}.
     */
    static boolean spa(String path) {
        return path != null
                && path.startsWith("/")
                && !path.startsWith("/api/")
                && !path.equals("/api")
                && !path.startsWith("/q/")
                && !path.equals("/q")
                && !path.startsWith(CachePolicy.DOCUMENTS);
    }

    /** No line terminator, which the regex {@code .} does not match. */
    static boolean singleLine(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
