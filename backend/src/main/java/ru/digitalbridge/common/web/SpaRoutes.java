package ru.digitalbridge.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the single-page app's {@code index.html} for its client-side routes (for example a reload on
 * {@code /registry/accounts}), so deep links work when the SPA is bundled into this process. It runs before
 * the REST layer, which answers unknown paths with a 404 problem.
 */
@ApplicationScoped
public class SpaRoutes {
    void install(@Observes Router router) {
        router.getWithRegex("^/(?!api/|api$|q/|q$|assets/)[^.]*$").order(-1000).handler(context -> {
            if (getClass().getResource("/META-INF/resources/index.html") == null) {
                context.next();
                return;
            }
            context.reroute("/index.html");
        });
    }
}
