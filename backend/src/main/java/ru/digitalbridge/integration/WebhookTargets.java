package ru.digitalbridge.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which URLs a webhook may call (against server-side request forgery): https, or http to a loopback address; never a
 * loopback, private, link-local, shared (100.64/10), multicast or unspecified address unless configuration allows
 * loopback ({@code bridge.webhooks.allow-loopback}) or private networks ({@code bridge.webhooks.allow-private}).
 * Checked when an endpoint is registered and again, on the addresses the name resolves to then, before every delivery.
 */
@ApplicationScoped
class WebhookTargets {
    static final int MAX_URL = 2000;

    /** Resolves a host name to every address it has (the system resolver; tests give their own). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    WebhookTargets(
            @ConfigProperty(name = "bridge.webhooks.allow-loopback") boolean allowLoopback,
            @ConfigProperty(name = "bridge.webhooks.allow-private") boolean allowPrivate) {
        this(allowLoopback, allowPrivate, InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowLoopback, boolean allowPrivate, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why the URL may not be called (a message key), or empty when it may. */
    Optional<String> refusal(String url) {
        if (url == null || url.length() > MAX_URL) {
            return Optional.of("webhook.url.invalid");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("webhook.url.invalid");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("webhook.url.unresolvable");
        }
        boolean loopback = addresses.length > 0;
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress()) {
                if (!allowLoopback) {
                    return Optional.of("webhook.url.private");
                }
            } else {
                loopback = false;
                if (isPrivate(address) && !allowPrivate) {
                    return Optional.of("webhook.url.private");
                }
            }
        }
        if (scheme.equals("http") && !loopback) {
            return Optional.of("webhook.url.https");
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second < 128) // shared address space (carrier-grade NAT)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            if (mapped) {
                try {
                    return isPrivate(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return (first & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return true;
    }
}
