package ru.digitalbridge.security;

import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * With forwarding on but the test client not among the trusted proxies (as any client reaching the backend past
 * nginx would be), a client-supplied X-Forwarded-For is ignored: changing it on every attempt does not reset the
 * per-address sign-in limit.
 */
@QuarkusTest
@TestProfile(ForwardedForTest.UntrustedClient.class)
class ForwardedForTest {

    public static class UntrustedClient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.1");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void aChangedForwardedForDoesNotResetThePerAddressLimit() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate("delete from login_failure where throttle_key like 'address:%'");
        }
        for (int i = 0; i < 10; i++) {
            anonymous()
                    .header("X-Forwarded-For", "198.51.100." + (i + 1))
                    .body(Map.of("email", "nobody-" + unique() + "@bridge.test", "password", "wrong-password"))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        }
        anonymous()
                .header("X-Forwarded-For", "198.51.100.200")
                .body(Map.of("email", "nobody-" + unique() + "@bridge.test", "password", "wrong-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }
}
