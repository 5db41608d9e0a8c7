package ru.digitalbridge.common.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Says where to open the platform once everything else has started. */
@ApplicationScoped
class StartupBanner {
    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void announce(
            @Observes @Priority(Integer.MAX_VALUE) StartupEvent event,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        LOG.infof(
                "Digital Bridge is starting on http://localhost:%d/ — API http://localhost:%d/api/v1, Swagger UI"
                        + " http://localhost:%d/q/swagger-ui",
                port, port, port);
    }
}
