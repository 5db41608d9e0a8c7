package ru.digitalbridge.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane, else a new one. The id is echoed
 * in the response header, put in the logging context and included in problem details.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "requestId";

    void register(@Observes Filters filters) {
        filters.register(this::assign, 1000);
    }

    private void assign(RoutingContext context) {
        String incoming = context.request().getHeader(HEADER);
        boolean sane = incoming != null && sane(incoming);
        String id = sane ? incoming : fresh();
        context.put(KEY, id);
        if (!sane) {
            // current() reads the id from the request; a sane incoming one is there already
            context.request().headers().set(HEADER, id);
        }
        context.response().putHeader(HEADER, id);
        MDC.put(KEY, id);
        context.addEndHandler(done -> MDC.remove(KEY));
        context.next();
    }

    /** {@code [A-Za-z0-9._:-]{1,64}}, tested without a regex matcher. */
    static boolean sane(String id) {
        int length = id.length();
        if (length < 1 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A new random (version 4) UUID from the thread's own generator: a request id correlates log lines and is no
     * secret, so it does not need {@link UUID#randomUUID()}'s SecureRandom, which every request would share.
     */
    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The id of the request being served, or {@code null} outside a request. */
    public static String current(HttpServerRequest request) {
        return request == null ? null : request.getHeader(HEADER);
    }
}
