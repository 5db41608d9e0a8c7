package ru.digitalbridge.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Host names are judged by the addresses they resolve to, every one of them: a public-looking name that resolves (or
 * is re-pointed, DNS-rebinding style) to a private, loopback, link-local, shared or IPv6 unique-local address is
 * refused, as is a name with one private address among public ones. The resolver is the test's own, so no DNS is
 * needed; WebhookResourceTest covers the literal addresses through HTTP.
 */
class WebhookTargetsTest {
    private static final Map<String, List<String>> DNS = Map.of(
            "public.example", List.of("93.184.216.34"),
            "both.example", List.of("93.184.216.34", "10.0.0.7"),
            "rebind-10.example", List.of("10.1.2.3"),
            "rebind-172.example", List.of("172.20.0.5"),
            "rebind-192.example", List.of("192.168.0.1"),
            "metadata.example", List.of("169.254.169.254"),
            "cgnat.example", List.of("100.100.0.1"),
            "loop.example", List.of("127.0.0.2"),
            "ula.example", List.of("fd12:3456::1"),
            "v6-mapped.example", List.of("::ffff:192.168.1.1"));

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        List<String> addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = InetAddress.getByName(addresses.get(i)); // literals: no lookup
        }
        return resolved;
    }

    private static final WebhookTargets TARGETS = new WebhookTargets(false, false, WebhookTargetsTest::resolve);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "rebind-10.example",
                "rebind-172.example",
                "rebind-192.example",
                "metadata.example",
                "cgnat.example",
                "loop.example",
                "ula.example",
                "v6-mapped.example",
                "both.example"
            })
    void aNameResolvingToAPrivateAddressIsRefused(String host) {
        assertThat(TARGETS.refusal("https://" + host + "/hook")).contains("webhook.url.private");
    }

    @Test
    void aNameResolvingOnlyToPublicAddressesIsAcceptedOverHttpsOnly() {
        assertThat(TARGETS.refusal("https://public.example/hook")).isEmpty();
        assertThat(TARGETS.refusal("http://public.example/hook")).contains("webhook.url.https");
        assertThat(TARGETS.refusal("https://unknown.example/hook")).contains("webhook.url.unresolvable");
    }

    @Test
    void privateNetworksOnlyWhenConfigured() {
        WebhookTargets lenient = new WebhookTargets(false, true, WebhookTargetsTest::resolve);
        assertThat(lenient.refusal("https://rebind-10.example/hook")).isEmpty();
        assertThat(lenient.refusal("https://ula.example/hook")).isEmpty();
        assertThat(lenient.refusal("https://loop.example/hook")).contains("webhook.url.private");
    }
}
