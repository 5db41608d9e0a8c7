package ru.digitalbridge.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane, else a new one. The id is echoed
 * in the response header, put in the logging context and included in problem details.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(this::assign, 1000);
    }

    private void assign(RoutingContext context) {
        String incoming = context.request().getHeader(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : fresh();
        context.put(KEY, id);
        context.request().headers().set(HEADER, id);
        context.response().putHeader(HEADER, id);
        MDC.put(KEY, id);
        context.addEndHandler(done -> MDC.remove(KEY));
        context.next();
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
