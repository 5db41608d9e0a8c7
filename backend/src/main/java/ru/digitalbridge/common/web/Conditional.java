package ru.digitalbridge.common.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;

/**
 * Conditional GETs of resources that know their validators before writing a body (streamed downloads, published
 * datasets): {@code If-None-Match} is compared with the entity tag, and only when it is absent {@code
 * If-Modified-Since} with the last modification (RFC 9110, 13.2.2). A match is {@code 304 Not Modified} carrying both
 * validators.
 */
public final class Conditional {
    private Conditional() {}

    /** The 304 answer when the client's copy is current, else empty. */
    public static Optional<Response> notModified(HttpHeaders headers, EntityTag tag, Instant lastModified) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean current;
        if (ifNoneMatch != null) {
            current = matches(ifNoneMatch, tag);
        } else {
            current = notModifiedSince(headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), lastModified);
        }
        return current
                ? Optional.of(
                        validators(Response.notModified(), tag, lastModified).build())
                : Optional.empty();
    }

    /** Adds {@code ETag} and {@code Last-Modified} to an answer. */
    public static Response.ResponseBuilder validators(
            Response.ResponseBuilder builder, EntityTag tag, Instant lastModified) {
        return builder.tag(tag).lastModified(Date.from(lastModified));
    }

    /** Whether {@code If-Modified-Since} (null when absent) is no earlier than the last modification. */
    public static boolean notModifiedSince(String ifModifiedSince, Instant lastModified) {
        Instant since = httpDate(ifModifiedSince);
        return since != null && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
    }

    /** Weak comparison, as If-None-Match asks for (RFC 9110, 13.1.2). */
    public static boolean matches(String ifNoneMatch, EntityTag tag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> "*".equals(candidate) || ("\"" + tag.getValue() + "\"").equals(candidate));
    }

    private static Instant httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
