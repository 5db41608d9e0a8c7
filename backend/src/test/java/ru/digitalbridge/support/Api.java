package ru.digitalbridge.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import ru.digitalbridge.security.Role;

/**
 * Request helpers for tests: anonymous calls and calls signed in as a fresh user of a given role. Users are created
 * through the API by the test administrator configured for the test profile.
 */
public final class Api {
    public static final String ADMIN_EMAIL = "test-admin@bridge.test";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "correct-horse-battery";

    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static final AtomicLong COUNTER = new AtomicLong();

    /**
     * 64 random bits in front of every {@link #uniqueAddress()}: the counter starts again whenever Quarkus restarts
     * the application for another test profile (the test classes are loaded anew), while sign-in failures per address
     * stay in the shared database for a minute. Without this prefix the first classes after a restart reused the
     * addresses the previous profile's tests had just locked out (AuthResourceTest, SessionSecurityTest), and their
     * sign-ins got 429.
     */
    private static final String ADDRESS_PREFIX = "2001:db8:"
            + String.join(
                    ":",
                    IntStream.range(0, 4)
                            .mapToObj(i -> Integer.toHexString(
                                    ThreadLocalRandom.current().nextInt(0x10000)))
                            .toList())
            + ":";

    private static String adminToken;

    private Api() {}

    /** A short string unique within this test run, for names and e-mails. */
    public static String unique() {
        return Long.toString(System.nanoTime(), 36) + COUNTER.incrementAndGet();
    }

    /**
     * A client address no other test uses (from the IPv6 documentation prefix), sent as {@code X-Forwarded-For} so
     * that sign-in throttling per address never couples tests, also across application restarts (a random prefix per
     * load of this class). Nothing is sent to it.
     */
    public static String uniqueAddress() {
        long n = COUNTER.incrementAndGet();
        // all eight groups, without leading zeros: the form the server resolves the header to
        return ADDRESS_PREFIX + Long.toHexString((n >>> 16) & 0xffff) + ":" + Long.toHexString(n & 0xffff);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request with no content type or accept header set, for callers that send other media types. */
    public static RequestSpecification anonymousRaw() {
        return given();
    }

    public static RequestSpecification as(Role role) {
        return anonymous().header("Authorization", "Bearer " + token(role));
    }

    public static RequestSpecification asAdmin() {
        return anonymous().header("Authorization", "Bearer " + adminToken());
    }

    public static synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return adminToken;
    }

    /** The token of a user holding exactly {@code role}, created once per test run. */
    public static synchronized String token(Role role) {
        if (role == Role.ADMIN) {
            return adminToken();
        }
        return TOKENS.computeIfAbsent(role, r -> {
            String email = r.name().toLowerCase() + "-" + unique() + "@bridge.test";
            createUser(email, List.of(r), null);
            return login(email, PASSWORD);
        });
    }

    /** Creates a user through the API and returns its id. */
    public static UUID createUser(String email, List<Role> roles, UUID organizationId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("email", email);
        body.put("fullName", "Тестовый пользователь " + unique());
        body.put("password", PASSWORD);
        body.put("roles", roles);
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        String id = given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + adminToken())
                .body(body)
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    public static String login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", uniqueAddress())
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }
}
