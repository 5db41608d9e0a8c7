package ru.digitalbridge.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.support.Api;

/**
 * Errors produced below the resources (by Vert.x, the router or the body reader) are problem+json too. Requests are
 * written on a raw socket so that nothing on the client side rewrites them.
 */
@QuarkusTest
class LowLevelErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Raw(int status, String headers, String body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    static Raw send(String method, String target, String extraHeaders, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Accept-Language: en\r\n" + extraHeaders
                    + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // the server may answer and close before reading a body it refuses
                }
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    bytes.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // a reset after the response is fine
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end)
                    .as("a response to " + method + " " + abbreviate(target))
                    .isPositive();
            String headers = text.substring(0, end);
            String rest = text.substring(end + 4);
            int status = Integer.parseInt(headers.substring(9, 12));
            Raw raw = new Raw(status, headers, rest);
            if ("chunked".equalsIgnoreCase(raw.header("Transfer-Encoding"))) {
                raw = new Raw(status, headers, dechunk(rest));
            }
            return raw;
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            byte[] all = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String piece = new String(all, 0, Math.min(size, all.length), StandardCharsets.UTF_8);
            out.append(piece);
            at = lineEnd + 2 + piece.length() + 2;
        }
        return out.toString();
    }

    static void assertProblem(Raw raw, int status) throws IOException {
        assertThat(raw.status()).as(raw.headers() + "\n" + raw.body()).isEqualTo(status);
        assertThat(raw.header("Content-Type"))
                .as(raw.headers() + "\n" + raw.body())
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(raw.body());
        assertThat(problem.path("type").asText()).startsWith("/problems/");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(raw.body().toLowerCase(Locale.ROOT))
                .doesNotContain("exception")
                .doesNotContain("vertx");
        // the problem is in the request's language, and a cache must not give one caller's answer to another
        assertThat(raw.headers().toLowerCase(Locale.ROOT))
                .as(raw.headers())
                .contains("vary: authorization, x-api-key, cookie, accept-language");
    }

    @Test
    void aTooLongUriIs414Problem() throws IOException {
        assertProblem(send("GET", "/api/v1/organizations?q=" + "a".repeat(10_000), "", null), 414);
        assertThat(send("GET", "/api/v1/organizations?q=" + "a".repeat(5_000), "", null)
                        .status())
                .isLessThan(500)
                .isNotEqualTo(414);
    }

    /**
     * Request lines and headers over the application's limits but under Vert.x's hard ones (256 KB, 64 KB) get a
     * problem too, not Vert.x's empty 414/431; headers just under the limit pass.
     */
    @Test
    void oversizeRequestLinesAndHeadersAreProblems() throws IOException {
        assertProblem(send("GET", "/api/v1/organizations?q=" + "a".repeat(100_000), "", null), 414);
        assertProblem(send("GET", "/api/v1/organizations", "X-Padding: " + "a".repeat(30_000) + "\r\n", null), 431);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            many.append("X-Padding-")
                    .append(i)
                    .append(": ")
                    .append("b".repeat(1_000))
                    .append("\r\n");
        }
        assertProblem(send("GET", "/api/v1/organizations", many.toString(), null), 431);
        assertThat(send("GET", "/api/v1/organizations", "X-Padding: " + "a".repeat(15_000) + "\r\n", null)
                        .status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/v1/organizations/%ZZ", "/api/v1/organizations/{", "/api/v1/organizations/%", "/api/v1/x%zz"
            })
    void aMalformedPathIs400Problem(String target) throws IOException {
        assertProblem(send("GET", target, "", null), 400);
    }

    @Test
    void aMalformedQueryIs400Problem() throws IOException {
        assertProblem(send("GET", "/api/v1/organizations?q=%ZZ", "", null), 400);
    }

    @Test
    void aBodyOverTheLimitIs413Problem() throws IOException {
        byte[] body = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        assertProblem(
                send(
                        "POST",
                        "/api/v1/organizations",
                        "Content-Type: application/json\r\nAuthorization: Bearer " + Api.adminToken() + "\r\n",
                        body),
                413);
    }

    @Test
    void aWrongMethodIs405ProblemWithAllow() throws IOException {
        Raw raw = send("DELETE", "/api/v1/ping", "", null);
        assertProblem(raw, 405);
        assertThat(raw.header("Allow")).contains("GET");
        Raw put = send(
                "PUT",
                "/api/v1/organizations",
                "Content-Type: application/json\r\nAuthorization: Bearer " + Api.adminToken() + "\r\n",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertProblem(put, 405);
        assertThat(put.header("Allow")).contains("GET").contains("POST");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/v1/no-such-thing", "/api/nothing", "/api", "/api/v1/organizations/x/y/z", "/api/v2/a"})
    void anUnknownPathUnderApiIs404Problem(String target) throws IOException {
        assertProblem(send("GET", target, "", null), 404);
    }

    private static String abbreviate(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
