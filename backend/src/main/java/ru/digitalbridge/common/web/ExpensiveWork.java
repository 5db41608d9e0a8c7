package ru.digitalbridge.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import ru.digitalbridge.common.error.ProblemException;

/**
 * Bounds expensive work that anyone may start (file exports): at most {@code perClient} at a time per client address
 * and {@code total} at a time on this instance. A request over either limit gets 429 {@code too-many-exports} with
 * {@code Retry-After} at once instead of queueing, so a burst of exports cannot slow every other request down.
 */
@ApplicationScoped
public class ExpensiveWork {

    @ConfigMapping(prefix = "bridge.exports")
    public interface Limits {
        /** Exports one client address may run at the same time. */
        @WithDefault("2")
        int perClient();

        /** Exports running at the same time on one instance. */
        @WithDefault("4")
        int total();

        /** Seconds a refused client is asked to wait. */
        @WithDefault("5")
        int retryAfterSeconds();
    }

    private final Limits limits;
    private final Semaphore total;
    private final ConcurrentHashMap<String, Semaphore> perClient = new ConcurrentHashMap<>();

    ExpensiveWork(Limits limits) {
        this.limits = limits;
        this.total = new Semaphore(limits.total());
    }

    /** A slot held until {@link #close()}; closing twice releases once. */
    public final class Slot implements AutoCloseable {
        private final String client;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Slot(String client) {
            this.client = client;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                total.release();
                Semaphore mine = perClient.get(client);
                if (mine != null) {
                    mine.release();
                }
            }
        }
    }

    /** Takes a slot for {@code client} or throws 429. */
    public Slot acquire(String client) {
        Semaphore mine = perClient.computeIfAbsent(client, k -> new Semaphore(limits.perClient()));
        if (!mine.tryAcquire()) {
            throw tooMany();
        }
        if (!total.tryAcquire()) {
            mine.release();
            throw tooMany();
        }
        return new Slot(client);
    }

    /** {@code body} written while holding a slot for {@code client}: the slot is taken now (or 429) and freed when the body is written. */
    public StreamingOutput limited(String client, StreamingOutput body) {
        Slot slot = acquire(client);
        return out -> {
            try (slot) {
                body.write(out);
            }
        };
    }

    private ProblemException tooMany() {
        return new ProblemException(429, "too-many-exports", limits.retryAfterSeconds())
                .with("retryAfterSeconds", limits.retryAfterSeconds());
    }
}
