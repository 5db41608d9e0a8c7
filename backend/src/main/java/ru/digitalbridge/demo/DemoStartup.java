package ru.digitalbridge.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import ru.digitalbridge.notification.NotificationPlanner;

/**
 * In demo mode, fills an empty registry at start-up (after the Flyway migration), queues the notifications its demo
 * users are owed at once (so the outbox viewer shows them from the first minute), and prints how to sign in.
 */
@Singleton
class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class);

    private final DemoConfig config;
    private final DemoDataService service;
    private final NotificationPlanner notifications;
    private final DemoCertificates certificates;
    private final DemoBulletins bulletins;

    DemoStartup(
            DemoConfig config,
            DemoDataService service,
            NotificationPlanner notifications,
            DemoCertificates certificates,
            DemoBulletins bulletins) {
        this.bulletins = bulletins;
        this.config = config;
        this.service = service;
        this.notifications = notifications;
        this.certificates = certificates;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        service.loadIntoEmptyRegistry(config.scale(), config.seed())
                .ifPresentOrElse(
                        summary -> {
                            LOG.infof("Demo certificates issued: %d", certificates.load());
                            LOG.infof("Demo bulletin issues published: %d", bulletins.load());
                            LOG.infof(
                                    "Demo data loaded in %d ms (scale %s, seed %d): %d organizations, %d accounts,"
                                            + " %d users, %d monitoring campaigns with %d evaluations. Sign in as"
                                            + " admin@demo.bridge, coordinator@demo.bridge, expert@demo.bridge,"
                                            + " trainer@demo.bridge, learner@demo.bridge or representative@demo.bridge"
                                            + " with the password %s",
                                    summary.millis(),
                                    config.scale(),
                                    config.seed(),
                                    summary.organizations(),
                                    summary.accounts(),
                                    summary.users(),
                                    summary.campaigns(),
                                    summary.evaluations(),
                                    DemoDataGenerator.DEMO_PASSWORD);
                            // what the fresh demo users are owed, queued at once; a later start leaves it to the
                            // scheduled planner (bridge.mail.plan-delay after start): a full planning round, in a
                            // transaction, only delayed the health checks there (README, "Start-up")
                            int queued = notifications.plan();
                            if (queued > 0) {
                                LOG.infof("Demo notifications queued: %d (Administration → Outbox)", queued);
                            }
                        },
                        () -> LOG.info(
                                service.demoUsersPresent()
                                        ? "Demo data already present (the registry has organizations); not loading."
                                                + " Demo sign-in: admin@demo.bridge / "
                                                + DemoDataGenerator.DEMO_PASSWORD
                                        : "The registry already has organizations; demo data not loaded"));
    }
}
