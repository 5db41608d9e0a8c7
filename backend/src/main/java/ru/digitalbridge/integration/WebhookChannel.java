package ru.digitalbridge.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.outbox.DeliveryOutcome;
import ru.digitalbridge.outbox.OutboxChannel;
import ru.digitalbridge.outbox.OutboxClock;
import ru.digitalbridge.outbox.OutboxEvent;
import ru.digitalbridge.outbox.OutboxMessage;

/**
 * Delivers outbox events to webhook endpoints per Standard Webhooks: a JSON body {@code {type, timestamp, data}} with
 * the headers {@code webhook-id} (the event id, the receiver's de-duplication key), {@code webhook-timestamp} (Unix
 * seconds of the attempt) and {@code webhook-signature}. A 2xx answer is delivered; 410 disables the endpoint; any other
 * answer, a redirect (never followed), a timeout or a refused target is a failure, retried by the outbox; after {@code
 * bridge.webhooks.disable-after} failed attempts in a row the endpoint is disabled.
 */
@ApplicationScoped
public class WebhookChannel implements OutboxChannel {
    public static final String NAME = "webhook";
    static final int EXCERPT = 200;
    /** A claim outlasts one delivery: connect (5 s) plus the answer (10 s). */
    static final Duration MIN_LEASE = Duration.ofSeconds(15);
    /** The time a receiver has to answer one request. */
    static final Duration ANSWER = Duration.ofSeconds(10);
    /** A try that broke off without an answer sooner than this met a connection the receiver had already closed. */
    static final Duration STALE = Duration.ofSeconds(1);

    private final WebhookService webhooks;
    private final WebhookTargets targets;
    private final ObjectMapper json;
    private final OutboxClock clock;
    private final Sql db;
    private final int disableAfter;
    private final Duration lease;
    private final HttpClient http;

    WebhookChannel(
            WebhookService webhooks,
            WebhookTargets targets,
            ObjectMapper json,
            OutboxClock clock,
            Sql db,
            @ConfigProperty(name = "bridge.webhooks.disable-after") int disableAfter,
            @ConfigProperty(name = "bridge.webhooks.lease", defaultValue = "60s") Duration lease) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.json = json;
        this.clock = clock;
        this.db = db;
        this.disableAfter = disableAfter;
        if (lease.compareTo(MIN_LEASE) < 0) {
            throw new IllegalArgumentException("bridge.webhooks.lease must be at least " + MIN_LEASE.toSeconds()
                    + " s: a claim must outlast one delivery (connect 5 s + answer 10 s)");
        }
        this.lease = lease;
        this.http = client();
    }

    /** A client that never follows redirects and gives up connecting after 5 s. */
    private static HttpClient client() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration lease() {
        return lease;
    }

    @Override
    public List<String> subscribers(OutboxEvent event) {
        return webhooks.subscribers(event.type());
    }

    /** The body of a delivery: {@code {"type", "timestamp", "data"}}. */
    String body(OutboxEvent event) {
        ObjectNode body = json.createObjectNode();
        body.put("type", event.type());
        body.put("timestamp", event.occurredAt().toInstant().toString());
        body.set("data", event.payload());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable", e);
        }
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        Optional<WebhookService.Signing> found = webhooks.signing(UUID.fromString(message.target()));
        if (found.isEmpty() || !found.get().active()) {
            return DeliveryOutcome.refused(null, "endpoint disabled or removed");
        }
        WebhookService.Signing signing = found.get();
        Optional<String> refusal = targets.refusal(signing.url());
        if (refusal.isPresent()) {
            return DeliveryOutcome.failed(null, "target refused: " + refusal.get());
        }
        String id = message.event().id().toString();
        long timestamp = clock.now().toEpochSecond();
        String body = body(message.event());
        HttpRequest request = HttpRequest.newBuilder(URI.create(signing.url()))
                .timeout(ANSWER)
                .header("content-type", "application/json")
                .header("user-agent", "DigitalBridge-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(signing.secrets(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = send(request);
        } catch (IOException e) {
            return DeliveryOutcome.failed(
                    null, e.getClass().getSimpleName().replace("Exception", "") + " " + String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.failed(null, "interrupted");
        }
        int status = response.statusCode();
        String excerpt = excerpt(response.body());
        if (status >= 200 && status < 300) {
            return DeliveryOutcome.delivered(status, excerpt);
        }
        if (status == 410) {
            return DeliveryOutcome.refused(status, excerpt);
        }
        if (status >= 300 && status < 400) {
            return DeliveryOutcome.failed(
                    status,
                    "redirect not followed"
                            + response.headers()
                                    .firstValue("location")
                                    .map(l -> ": " + l)
                                    .orElse(""));
        }
        return DeliveryOutcome.failed(status, excerpt);
    }

    /**
     * Sends once, and once more at once when the first try broke off without an answer within {@link #STALE}: the
     * receiver had closed the pooled keep-alive connection the client picked (the JDK client retries that itself only
     * for GET and HEAD). The second try goes through a client of its own, so it is sent on a new connection: the shared
     * pool may hold more connections the receiver has just closed (bench/outbox.sh with a receiver that closes after
     * each answer: half of the retries on the shared pool met another one). A webhook is idempotent by its {@code
     * webhook-id}, so a second send is safe even in the rare case that the receiver did read the first. A timeout or a
     * refused connection is not retried here. The retry gets what is left of the 10 s answer budget, so one attempt
     * still fits the {@link #MIN_LEASE}: a stale pooled connection costs no connect time.
     */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException | ConnectException e) {
            throw e;
        } catch (IOException e) {
            Duration spent = Duration.ofNanos(System.nanoTime() - started);
            if (spent.compareTo(STALE) >= 0) {
                throw e;
            }
            HttpRequest again = HttpRequest.newBuilder(request, (name, value) -> true)
                    .timeout(ANSWER.minus(spent))
                    .build();
            return client().send(again, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Counts failures in a row and disables the endpoint on 410 or at the threshold; a success resets the count. */
    @Override
    public void recorded(OutboxMessage message, DeliveryOutcome outcome, boolean dead) {
        UUID endpoint = UUID.fromString(message.target());
        switch (outcome.kind()) {
            case DELIVERED ->
                db.update(
                        "update webhook_endpoint set consecutive_failures = 0 where id = ? and consecutive_failures > 0",
                        endpoint);
            case REFUSED -> {
                if (outcome.statusCode() != null && outcome.statusCode() == 410) {
                    webhooks.disable(endpoint, "GONE");
                }
            }
            case FAILED -> {
                Integer failures = db.one(
                                "update webhook_endpoint set consecutive_failures = consecutive_failures + 1"
                                        + " where id = ? and active returning consecutive_failures",
                                rs -> rs.getInt(1),
                                endpoint)
                        .orElse(0);
                if (failures >= disableAfter) {
                    webhooks.disable(endpoint, "FAILURES");
                }
            }
        }
    }

    private static String excerpt(String body) {
        if (body == null) {
            return null;
        }
        String flat = body.strip();
        return flat.length() > EXCERPT ? flat.substring(0, EXCERPT) : flat;
    }
}
