package ru.digitalbridge.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Conditional GETs for JSON reads: the body is serialised once here, its SHA-256 becomes a strong {@code ETag},
 * and a matching {@code If-None-Match} gets {@code 304 Not Modified} with no body. Cache-Control and Vary come from
 * {@link CachePolicy}.
 *
 * <p>{@code Last-Modified}: a resource that knows when its data last changed (published datasets, see {@link
 * Conditional}) sets it and answers {@code If-Modified-Since} itself; for any other read it is the time the answer
 * was generated (RFC 9110, 8.8.2.1), and {@code If-Modified-Since} is not evaluated, since a list cannot tell when a
 * record left it: the entity tag is the validator that is exact.
 */
@Provider
public class EntityTags implements ContainerResponseFilter {
    // resolved on the first JSON read, not when the REST deployment creates the filter at start: the ObjectMapper (a
    // @Singleton, ~650 classes with its customizers) is not needed to answer the health checks (README, "Start-up")
    private final Instance<ObjectMapper> objectMapper;

    public EntityTags(Instance<ObjectMapper> objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod())
                || response.getStatus() != 200
                || !response.hasEntity()
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())
                || response.getEntity() instanceof byte[]
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        byte[] body;
        try {
            body = objectMapper.get().writeValueAsBytes(response.getEntity());
        } catch (JsonProcessingException e) {
            return;
        }
        EntityTag tag = new EntityTag(hash(body));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (!response.getHeaders().containsKey(HttpHeaders.LAST_MODIFIED)) {
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, new java.util.Date());
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }

    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        return ifNoneMatch != null && Conditional.matches(ifNoneMatch, tag);
    }

    /** The entity tag value of a body: base64url of the first 18 bytes of its SHA-256. */
    public static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
