package ru.digitalbridge.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.web.CachePolicy;

/**
 * Problem details for the errors produced below the resources, where no exception mapper runs: a request line
 * over {@value #MAX_URI} characters (414) and header fields over {@value #MAX_HEADERS} bytes in all (431), both
 * enforced here; Vert.x's own limits ({@code quarkus.http.limits.max-initial-line-length} 256 KB, {@code
 * max-header-size} 64 KB) are set well above them, so that only a request beyond those gets Vert.x's bare, empty
 * 414/431 (its decoder answers before any handler runs; there is no hook), a request target {@link URI} refuses or with a broken %-escape ({@code %ZZ}, a bare {@code %},
 * <code>{</code>: 400; Quarkus' own empty-bodied check is switched off with {@code vertx.disableURIValidation}, see
 * {@code Application}), a declared {@code Content-Length} over {@code quarkus.http.limits.max-body-size} (413), and
 * whatever status the router fails a request with (failure handler and error handlers). Each becomes {@code application/problem+json} with type, title, status and detail in the request's
 * language.
 */
@ApplicationScoped
public class RouterProblems {
    /** The longest request target (path and query) accepted, in characters. */
    public static final int MAX_URI = 8192;

    /**
     * The most bytes of header fields accepted, counted as Vert.x does ({@code name: value} and the line end per
     * field): Vert.x's default {@code max-header-size}.
     */
    public static final int MAX_HEADERS = 20 * 1024;

    private static final Logger LOG = Logger.getLogger(RouterProblems.class);

    /**
     * Resolved on the first problem it writes: this bean is created while the router is set up, and the
     * {@code ObjectMapper} (with Jackson's ~650 classes) is not needed to start (README, "Start-up").
     */
    private final Instance<ObjectMapper> json;

    private final long maxBody;

    RouterProblems(
            Instance<ObjectMapper> json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody) {
        this.json = json;
        this.maxBody = maxBody.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void filters(@Observes Filters filters) {
        // after RequestIds (1000), so that the problem carries the request id
        filters.register(this::requestLine, 900);
    }

    void router(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        for (int status : List.of(400, 404, 405, 413, 414, 415, 431, 500)) {
            router.errorHandler(status, this::failure);
        }
    }

    /** The checks of the request line and the declared body size that come before everything else. */
    private void requestLine(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > MAX_URI) {
            write(context, 414, "uri-too-long");
            return;
        }
        if (headerBytes(context.request()) > MAX_HEADERS) {
            write(context, 431, "headers-too-large");
            return;
        }
        if (malformed(context.request())) {
            write(context, 400, "malformed-uri");
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBody) {
                    write(context, 413, "payload-too-large");
                    return;
                }
            } catch (NumberFormatException e) {
                write(context, 400, "bad-request");
                return;
            }
        }
        context.next();
    }

    /** The size of the request's header fields as they came: name, colon, space, value and CRLF each. */
    static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> field : request.headers()) {
            bytes += field.getKey().length() + field.getValue().length() + 4;
        }
        return bytes;
    }

    /** A request target {@link URI} refuses or with a broken %-escape in its path or query. */
    static boolean malformed(HttpServerRequest request) {
        if (plain(request.uri())) {
            return false;
        }
        try {
            new URI(request.uri());
            String query = request.query();
            if (query != null) {
                QueryStringDecoder.decodeComponent(query.replace('+', ' '), StandardCharsets.UTF_8);
            }
            QueryStringDecoder.decodeComponent(request.path(), StandardCharsets.UTF_8);
            return false;
        } catch (URISyntaxException | RuntimeException e) {
            return true;
        }
    }

    /**
     * Characters that {@link URI} accepts anywhere in the path and query of a relative reference and that no decoder
     * changes: no {@code %}, {@code #}, brackets, spaces or controls.
     */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            PLAIN[c] = true;
            PLAIN[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            PLAIN[c] = true;
        }
        for (char c : "-_.!~*'();:@&=+$,/?".toCharArray()) {
            PLAIN[c] = true;
        }
    }

    /**
     * Whether {@code uri} is an absolute path (not {@code //}, which would name an authority) made only of {@link
     * #PLAIN} characters: such a target is well-formed and has no escapes to decode, so the common request skips
     * parsing it ({@code new URI} and the decoders) entirely.
     */
    static boolean plain(String uri) {
        int length = uri.length();
        if (length == 0 || uri.charAt(0) != '/' || (length > 1 && uri.charAt(1) == '/')) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = uri.charAt(i);
            if (c >= 128 || !PLAIN[c]) {
                return false;
            }
        }
        return true;
    }

    private void failure(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        int status = context.statusCode();
        Throwable failure = context.failure();
        if ((status < 400 || status >= 500) && malformed(context.request())) {
            // the router could not decode the path or query before any filter ran
            write(context, 400, "malformed-uri");
            return;
        }
        if (status < 400 || status >= 500) {
            LOG.errorf(
                    failure,
                    "Unhandled failure of %s %s",
                    context.request().method(),
                    context.request().path());
            write(context, 500, "internal");
            return;
        }
        write(context, status, kind(status));
    }

    static String kind(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "no-such-resource";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            default -> "bad-request";
        };
    }

    /**
     * Answers {@code context} with a problem of {@code status} whose title and detail are the messages
     * {@code kind.title} and {@code kind.detail}, for handlers below the resources (e.g. the CORS policy).
     */
    public void respond(RoutingContext context, int status, String kind) {
        write(context, status, kind);
    }

    private void write(RoutingContext context, int status, String kind) {
        HttpServerRequest request = context.request();
        Problem built = ProblemMappers.build(
                status, kind, kind, Messages.pick(request.getHeader("Accept-Language")), request, List.of(), Map.of());
        String instance = safePath(request);
        Problem problem = new Problem(
                built.type(),
                built.title(),
                built.status(),
                built.detail(),
                instance,
                built.violations(),
                built.extensions());
        String body;
        try {
            body = json.get().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"/problems/" + kind + "\",\"status\":" + status + "}";
        }
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // the title and detail are in the request's language: the same Vary as every other answer (added to the
        // CORS policy's Origin, if it set one)
        context.response().headers().add(HttpHeaders.VARY, CachePolicy.VARY);
        if (status == 413 || status == 414 || status == 431) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().end(body);
    }

    /** The path for {@code instance}, when it is short and printable; else none. */
    private static String safePath(HttpServerRequest request) {
        String path;
        try {
            path = request.path();
        } catch (RuntimeException e) {
            return null;
        }
        if (path == null || path.length() > 1024) {
            return null;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return null;
            }
        }
        return path;
    }
}
