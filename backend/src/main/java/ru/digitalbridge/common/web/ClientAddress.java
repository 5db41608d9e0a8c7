package ru.digitalbridge.common.web;

import io.vertx.core.http.HttpServerRequest;

/** The caller's network address, for throttling and limits. */
public final class ClientAddress {
    private ClientAddress() {}

    /**
     * The address as the HTTP layer resolved it: the peer, or the {@code X-Forwarded-For} value only when the peer is
     * one of {@code quarkus.http.proxy.trusted-proxies} (the nginx of the compose setup, which overwrites the header
     * with its own peer's address); a header from anyone else is ignored.
     */
    public static String of(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }
}
