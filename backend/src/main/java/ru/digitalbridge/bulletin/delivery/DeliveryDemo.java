package ru.digitalbridge.bulletin.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.Sql;

/**
 * Demo mode: after the demo data and bcore's demo issues are loaded (DemoStartup), adds a few confirmed synthetic
 * subscribers (example.org / example.net) and starts the delivery of every published demo issue, so the delivery
 * report has figures (HELD when no SMTP server is configured). Runs once: nothing happens when subscribers exist.
 */
@Singleton
class DeliveryDemo {
    private static final Logger LOG = Logger.getLogger(DeliveryDemo.class);

    static final List<String> SUBSCRIBERS = List.of(
            "reader.one@example.org",
            "reader.two@example.org",
            "journalist@example.net",
            "municipal.observer@example.net",
            "english.reader@example.org");

    private record Published(UUID id, int revision) {}

    private final Sql db;
    private final Deliveries deliveries;
    private final Tokens tokens;
    private final boolean enabled;

    DeliveryDemo(
            Sql db,
            Deliveries deliveries,
            Tokens tokens,
            @ConfigProperty(name = "bridge.demo.enabled", defaultValue = "false") boolean enabled) {
        this.db = db;
        this.deliveries = deliveries;
        this.tokens = tokens;
        this.enabled = enabled;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            // a later start finds the subscribers with one query and starts no transaction (README, "Start-up");
            // load() checks again inside its transaction
            if (db.exists("select 1 from bulletin_subscriber")) {
                return;
            }
            int started = QuarkusTransaction.requiringNew().call(this::load);
            if (started > 0) {
                LOG.infof("Demo bulletin subscribers added; deliveries of %d demo issues started", started);
            }
        } catch (RuntimeException e) {
            LOG.warnf("demo bulletin delivery not loaded: %s", e.getMessage());
        }
    }

    int load() {
        if (db.exists("select 1 from bulletin_subscriber")) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (String email : SUBSCRIBERS) {
            UUID id = UUID.randomUUID();
            String nonce = Tokens.nonce();
            db.update(
                    """
                    insert into bulletin_subscriber (id, email, email_hash, language, series, status, manage_nonce,
                                                     manage_token_hash, created_at, confirmed_at, updated_at)
                    values (?, ?, ?, ?, array['main'], 'CONFIRMED', ?, ?, ?, ?, ?)
                    """,
                    id,
                    email,
                    Addresses.hash(email),
                    email.startsWith("english") ? "en" : "ru",
                    nonce,
                    Tokens.hash(tokens.token(Subscriptions.MANAGE, id, nonce)),
                    now,
                    now,
                    now);
        }
        List<Published> issues = db.list(
                "select id, revision from bulletin_issue where revision > 0 order by published_at",
                rs -> new Published(rs.getObject(1, UUID.class), rs.getInt(2)));
        for (Published issue : issues) {
            deliveries.fanOut(issue.id(), issue.revision(), null);
        }
        return issues.size();
    }
}
