package ru.digitalbridge.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.idempotency.IdempotencyKeys.Claimed;
import ru.digitalbridge.common.idempotency.IdempotencyKeys.InProgress;
import ru.digitalbridge.common.idempotency.IdempotencyKeys.Mismatch;
import ru.digitalbridge.common.idempotency.IdempotencyKeys.Replay;
import ru.digitalbridge.common.idempotency.IdempotencyKeys.Stored;

/**
 * {@code Idempotency-Key} (draft-ietf-httpapi-idempotency-key-header) for every POST, in one place. The key is a
 * structured-field string ({@code "…"}; a bare token is accepted too), 1–255 printable ASCII characters, scoped to
 * the caller: a user, an API client, or the anonymous caller. The request's fingerprint is SHA-256 over method,
 * path, query and body.
 *
 * <ul>
 *   <li>first use: the key is claimed in PostgreSQL before the request runs; a 2xx answer (status, Location,
 *       Content-Type, body) is kept for 24 h and replayed to retries with {@code Idempotency-Replayed: true};
 *   <li>a failed request (any non-2xx: bad input, conflict, 5xx) writes nothing in this API, so its key is released
 *       and a corrected retry runs afresh; so are answers that must not be kept (a secret shown once, {@link
 *       NotReplayed}; a session, {@code Set-Cookie}), whose key then only guards against concurrent duplicates;
 *   <li>the same key with another request → 422 {@code idempotency-key-reused};
 *   <li>a retry while the first request still runs → 409 {@code idempotency-key-in-progress} (the draft's choice;
 *       nothing waits on a database lock); a claim whose request has not finished within the lease (5 min, longer
 *       than any transaction may last) is presumed lost with its instance and may be taken over.
 * </ul>
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName();
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]{1,255}");

    private record Claim(String caller, String key) {}

    @Context
    ResourceInfo resource;

    private final IdempotencyKeys keys;
    private final CurrentIdentityAssociation identities;
    // resolved on the first stored answer, not when the filter is built: the filter is created while the REST
    // deployment is set up at start, and the ObjectMapper (a @Singleton with its customizers, ~650 classes) is not
    // needed to answer the health checks (README, "Start-up")
    private final Instance<ObjectMapper> json;

    IdempotencyFilter(IdempotencyKeys keys, CurrentIdentityAssociation identities, Instance<ObjectMapper> json) {
        this.keys = keys;
        this.identities = identities;
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String header = request.getHeaderString(HEADER);
        if (header == null) {
            return;
        }
        String key = parse(header);
        String caller = caller();
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = fingerprint(request, body);
        IdempotencyKeys.Outcome outcome = keys.claim(caller, key, fingerprint);
        if (outcome instanceof Claimed) {
            request.setProperty(CLAIM, new Claim(caller, key));
        } else if (outcome instanceof Replay replay) {
            request.abortWith(replay(replay.response()));
        } else if (outcome instanceof Mismatch) {
            throw new ProblemException(422, "idempotency-key-reused");
        } else if (outcome instanceof InProgress) {
            throw new ProblemException(409, "idempotency-key-in-progress");
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        byte[] body = keepable(response) && !secret() ? body(response) : null;
        if (body == null) {
            keys.release(claim.caller(), claim.key());
            return;
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        MediaType type = response.getMediaType();
        keys.complete(
                claim.caller(),
                claim.key(),
                new Stored(
                        response.getStatus(),
                        location == null ? null : location.toString(),
                        type == null ? MediaType.APPLICATION_JSON : type.toString(),
                        body));
    }

    /** The key inside its structured-field quotes; a malformed key is a 400 naming the header. */
    static String parse(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (!KEY.matcher(key).matches() || key.isBlank()) {
            throw ProblemException.invalidField(HEADER, "idempotency-key.format");
        }
        return key;
    }

    private String caller() {
        SecurityIdentity identity;
        try {
            identity = identities.getDeferredIdentity().await().indefinitely();
        } catch (AuthenticationFailedException unknown) {
            return "anonymous";
        }
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        Object client = identity.getAttribute("apiClientId");
        if (client != null) {
            return "api-client:" + client;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return "user:" + token.getSubject();
        }
        return "user:" + identity.getPrincipal().getName();
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " "
                            + request.getUriInfo().getRequestUri().getRawPath() + "?"
                            + request.getUriInfo().getRequestUri().getRawQuery() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean keepable(ContainerResponseContext response) {
        return response.getStatus() >= 200
                && response.getStatus() < 300
                && !response.getHeaders().containsKey(HttpHeaders.SET_COOKIE);
    }

    private boolean secret() {
        return resource != null
                && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(NotReplayed.class);
    }

    /**
     * The answer's bytes as the client gets them, or null for an answer that cannot be kept (a stream). Entities are
     * written as JSON, as every resource of this API produces (the media type is often chosen only after filters).
     */
    private byte[] body(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof StreamingOutput || entity instanceof InputStream || entity instanceof File) {
            return null;
        }
        MediaType type = response.getMediaType();
        if (type != null && !type.getSubtype().endsWith("json")) {
            return null;
        }
        try {
            return json.get().writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Response replay(Stored stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.body().length > 0) {
            builder.entity(stored.body());
            if (stored.contentType() != null) {
                builder.type(stored.contentType());
            }
        }
        return builder.build();
    }
}
