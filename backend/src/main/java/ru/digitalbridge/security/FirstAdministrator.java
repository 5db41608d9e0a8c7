package ru.digitalbridge.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Creates the first administrator from {@code BRIDGE_ADMIN_EMAIL}/{@code BRIDGE_ADMIN_PASSWORD} when none exists. */
@ApplicationScoped
class FirstAdministrator {
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    void onStart(@Observes @Priority(10) StartupEvent event, AuthConfig config, UserService users) {
        if (config.adminEmail().isEmpty() || config.adminPassword().isEmpty()) {
            return;
        }
        if (users.ensureAdmin(config.adminEmail().get(), config.adminPassword().get(), "Administrator")) {
            LOG.infof("Created the first administrator %s", config.adminEmail().get());
        }
    }
}
