package ru.digitalbridge.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Constructor;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * Spares every request a rebuild of Quarkus REST's request mapper. Right after authentication (filter priority 199)
 * Quarkus REST swaps the request's default authentication-failure handler for its own failing one and, because
 * Micrometer's HTTP metrics are on, first works out the request's URL template for them — by building a new {@code
 * RequestMapper} over every resource class on every request (Quarkus 3.33: two thirds of the bytes a {@code GET
 * /api/v1/ping} allocates, ~19 KB, and the gap to an empty application). The template is only needed there for an
 * authentication that fails before the REST layer, which proactive authentication would do and this application
 * does not ({@code quarkus.http.auth.proactive=false}); the REST layer sets the template itself for every request it
 * matches.
 *
 * <p>So this filter runs between the two (priority 200, registered after Quarkus's authentication filter, so its route
 * comes next) and makes the same swap with the same handler (Quarkus REST's own class, created once), which leaves
 * Quarkus's filter nothing to do. Should the class be missing (another Quarkus version), nothing is installed and
 * Quarkus does as before.
 */
@ApplicationScoped
public class TemplatePathShortcut {
    private static final Logger LOG = Logger.getLogger(TemplatePathShortcut.class);
    private static final String HANDLER_KEY = "io.quarkus.vertx.http.auth-failure-handler";
    private static final String FAILING_HANDLER =
            "io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder$FailingDefaultAuthFailureHandler";

    void register(@Observes Filters filters) {
        Object failing = failingHandler();
        if (failing != null) {
            filters.register(context -> swap(context, failing), 200);
        }
    }

    private static void swap(RoutingContext context, Object failing) {
        if (context.get(HANDLER_KEY) instanceof HttpSecurityRecorder.DefaultAuthFailureHandler) {
            context.put(HANDLER_KEY, failing);
        }
        context.next();
    }

    /** Quarkus REST's failing authentication-failure handler (stateless), or null when it cannot be made. */
    static Object failingHandler() {
        try {
            Class<?> type = Class.forName(FAILING_HANDLER, true, TemplatePathShortcut.class.getClassLoader());
            if (!BiConsumer.class.isAssignableFrom(type)) {
                return null;
            }
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Quarkus REST's failing authentication-failure handler is not available: %s", e);
            return null;
        }
    }
}
