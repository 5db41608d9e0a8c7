package ru.digitalbridge.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.support.Api;
import ru.digitalbridge.support.Eventually;

/**
 * Every request the server answers is recorded in {@code http.server.requests} under a bounded {@code uri} tag: its
 * URL template, or a fixed value (NOT_FOUND, UNKNOWN, /{spa}) when no template matched. A raw path in the tag
 * would make one time series per distinct path, and Micrometer stops recording new ones after
 * {@code quarkus.micrometer.binder.http-server.max-uri-tags} (100): so the test checks both that no tag carries
 * a path it sent and that every request it sent was recorded (none was dropped by that cap).
 */
@QuarkusTest
class UriTagBoundTest {
    private static final int ROUNDS = 12;

    @Inject
    MeterRegistry registry;

    @Test
    void requestsThatMatchNoTemplateOrFailBeforeRoutingGetABoundedUriTag() throws IOException {
        Random random = new Random(11);
        String token = Api.adminToken();
        List<String> markers = new ArrayList<>();
        long before = recorded();
        int sent = 0;
        for (int i = 0; i < ROUNDS; i++) {
            String marker = "zq" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            markers.add(marker);
            UUID id = new UUID(random.nextLong(), random.nextLong());
            markers.add(id.toString());
            // an unknown path (404)
            given().get("/api/v1/" + marker).then().statusCode(404);
            // a known template with an unknown id (404 from the resource)
            clientError(given().header("Authorization", "Bearer " + token)
                    .get("/api/v1/users/" + id)
                    .statusCode());
            // a malformed body to a templated write operation, as MalformedBodiesTest sends (400)
            clientError(given().header("Authorization", "Bearer " + token)
                    .contentType("application/json")
                    .body("{")
                    .put("/api/v1/users/" + id)
                    .statusCode());
            // no credentials (401)
            clientError(given().get("/api/v1/users/" + id).statusCode());
            // a method a templated path does not have (405), and an unknown path under a known one (404)
            clientError(given().delete("/api/v1/users/" + id + "/password").statusCode());
            clientError(given().delete("/api/v1/auth/login/" + marker).statusCode());
            // answered by RouterProblems before any route: a broken %-escape (400), a declared body over the limit
            // (413)
            assertThat(raw("GET /api/v1/%ZZ" + marker + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 400");
            assertThat(raw("POST /api/v1/users/" + marker
                            + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                            + "\r\nContent-Length: 99999999\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 413");
            // a deep link into the SPA (its page, or 404 when the build carries no SPA)
            int spa = given().get("/organizations/" + marker).statusCode();
            assertThat(spa).isIn(200, 404);
            sent += 9;
        }
        // the server records a request when its response has ended, which can be just after the client has read
        // it: wait (bounded) for the last ones before counting
        int expected = sent;
        Eventually.await(() -> recorded() - before >= expected, Duration.ofSeconds(30));
        TreeSet<String> offending = new TreeSet<>();
        TreeSet<String> uris = new TreeSet<>();
        for (Timer timer : registry.find("http.server.requests").timers()) {
            String uri = timer.getId().getTag("uri");
            uris.add(uri);
            for (String marker : markers) {
                if (uri != null && uri.contains(marker)) {
                    offending.add(uri);
                }
            }
        }
        assertThat(offending)
                .as("uri tags carrying a raw path (all uri tags: %s)", uris)
                .isEmpty();
        assertThat(recorded() - before)
                .as("requests recorded in http.server.requests (uri tags: %s)", uris)
                .isGreaterThanOrEqualTo(sent);
    }

    private static void clientError(int status) {
        assertThat(status).isBetween(400, 499);
    }

    private long recorded() {
        long count = 0;
        for (Timer timer : registry.find("http.server.requests").timers()) {
            count += timer.count();
        }
        return count;
    }

    /** Sends {@code request} as it is (no client would send it) and returns the status line of the answer. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\r' && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
