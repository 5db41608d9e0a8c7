package ru.digitalbridge.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.vertx.http.runtime.TrustedProxyCheckPartConverter;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trusted proxies of application.properties (the production default and the tests' value) are read by Quarkus's
 * own converter as addresses, never as host names: a host name makes Quarkus create a Vert.x DNS client and resolve
 * it on every forwarded request, and a bare "::1" was read as host ":" port 1 (so the IPv6 loopback was not trusted
 * at all, and every request paid for a DNS client). Both loopback addresses are trusted, nothing else.
 */
class TrustedProxiesConfigTest {

    private static final Pattern DEFAULT = Pattern.compile("\\$\\{[A-Z_]+:(.*)}");

    @ParameterizedTest
    @ValueSource(strings = {"quarkus.http.proxy.trusted-proxies", "%test.quarkus.http.proxy.trusted-proxies"})
    void trustedProxiesAreAddressesCoveringBothLoopbacks(String key) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String value = properties.getProperty(key);
        Matcher placeholder = DEFAULT.matcher(value);
        if (placeholder.matches()) {
            value = placeholder.group(1);
        }
        List<BiPredicate<InetAddress, Integer>> checks = new ArrayList<>();
        TrustedProxyCheckPartConverter converter = new TrustedProxyCheckPartConverter();
        for (String part : value.split(",")) {
            Object converted = converter.convert(part.trim());
            assertNull(field(converted, "hostName"), () -> "read as a host name, resolved per request: " + part);
            @SuppressWarnings("unchecked")
            BiPredicate<InetAddress, Integer> check =
                    (BiPredicate<InetAddress, Integer>) field(converted, "proxyCheck");
            checks.add(check);
        }
        assertEquals(2, checks.size());
        for (String trusted : List.of("127.0.0.1", "::1")) {
            InetAddress address = InetAddress.getByName(trusted);
            assertTrue(checks.stream().anyMatch(c -> c.test(address, 40000)), trusted + " is not trusted");
        }
        for (String other : List.of("192.0.2.1", "2001:db8::1", "127.0.0.2")) {
            InetAddress address = InetAddress.getByName(other);
            assertTrue(checks.stream().noneMatch(c -> c.test(address, 40000)), other + " is trusted");
        }
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
