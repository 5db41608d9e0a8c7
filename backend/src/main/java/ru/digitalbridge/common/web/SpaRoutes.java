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
        router.routeWithRegex("^/(?!api/|api$|q/|q$).*").order(-1001).handler(context -> {
            HttpMethod method = context.request().method();
            if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
                String cacheControl = context.normalizedPath().startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
                // set just before the headers go out, so that it wins over the static handler's own
                context.addHeadersEndHandler(v -> {
                    if (context.response().getStatusCode() < 400) {
                        context.response().headers().set("Cache-Control", cacheControl);
                    }
                });
            }
            context.next();
        });
        router.getWithRegex("^/(?!api/|api$|q/|q$|assets/)[^.]*$").order(-1000).handler(context -> {
            if (getClass().getResource("/META-INF/resources/index.html") == null) {
                context.next();
                return;
            }
            context.reroute("/index.html");
        });
    }
}
