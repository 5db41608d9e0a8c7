package ru.digitalbridge.integration;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.demo.DemoConfig;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.security.ApiClientService;
import ru.digitalbridge.security.Role;

/**
 * In demo mode, a machine client with one webhook endpoint subscribed to every event type and pointing at the app's
 * own receiver ({@link WebhookReceiverResource}), plus a test event, so that the delivery log shows real deliveries.
 * Created once: a later start finds the client by name and leaves it.
 */
@Singleton
class DemoWebhook {
    static final String CLIENT = "Региональная система (демо)";
    private static final Logger LOG = Logger.getLogger(DemoWebhook.class);

    private final DemoConfig demo;
    private final ApiClientService clients;
    private final WebhookService webhooks;
    private final Sql db;
    private final int port;

    DemoWebhook(
            DemoConfig demo,
            ApiClientService clients,
            WebhookService webhooks,
            Sql db,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.demo = demo;
        this.clients = clients;
        this.webhooks = webhooks;
        this.db = db;
        this.port = port;
    }

    void onStart(@Observes StartupEvent event) {
        // a later start finds the client with one query and starts no transaction (README, "Start-up"); create()
        // checks again inside its transaction
        if (demo.enabled() && !db.exists("select 1 from api_client where name = ?", CLIENT)) {
            create();
        }
    }

    @Transactional
    void create() {
        if (db.exists("select 1 from api_client where name = ?", CLIENT)) {
            return;
        }
        UUID client = clients.create(
                        new ApiClientService.CreateApiClient(CLIENT, EnumSet.of(Role.COORDINATOR), null, null, null),
                        null)
                .client()
                .id();
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        db.update(
                "insert into webhook_endpoint (id, api_client_id, url, description, event_types, secret, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, now(), now())",
                id,
                client,
                "http://127.0.0.1:" + port + "/api/v1/webhook-receiver/" + id,
                "Демо: приёмник самого приложения",
                EventTypes.ALL.toArray(String[]::new),
                secret);
        webhooks.sendTest(id);
        LOG.infof(
                "Demo webhook endpoint %s for the machine client \"%s\" delivers to the app's own receiver",
                id, CLIENT);
    }
}
