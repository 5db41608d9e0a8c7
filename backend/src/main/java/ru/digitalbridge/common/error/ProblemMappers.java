package ru.digitalbridge.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import ru.digitalbridge.common.text.RefusedTextException;
import ru.digitalbridge.common.web.RequestIds;

/** Maps every failure to RFC 9457 problem details; nothing internal (class names, SQL, stack traces) leaks. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = Messages.pick(headers);
        List<Violation> violations = e.violations().stream()
                .map(v -> new Violation(v.field(), Messages.resolve(v.message(), locale, e.violationArgs())))
                .toList();
        Response.ResponseBuilder builder = Response.status(e.status());
        if (e.status() == 429 && e.extensions().get("retryAfterSeconds") != null) {
            builder.header("Retry-After", e.extensions().get("retryAfterSeconds"));
        }
        return builder.type(Problem.MEDIA_TYPE)
                .entity(build(
                        e.status(), e.kind(), e.messageKey(), locale, request, violations, e.extensions(), e.args()))
                .build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = Messages.pick(headers);
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            List<String> required = requiredOfMissingBody(violation.getPropertyPath());
            if (required.isEmpty()) {
                violations.add(new Violation(fieldName(violation.getPropertyPath()), violation.getMessage()));
            } else {
                // a missing body: name the fields the body needs, as for {}
                for (String field : required) {
                    violations.add(new Violation(field, violation.getMessage()));
                }
            }
        }
        violations.sort(Comparator.comparing(Violation::field));
        return respond(400, "validation", locale, request, violations, Map.of());
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = Messages.pick(headers);
        String field = jsonPath(e);
        List<Violation> violations = List.of(new Violation(field, Messages.get("unknown-property.field", locale)));
        return respond(
                400,
                "unknown-property",
                locale,
                request,
                violations,
                Map.of("unknownProperties", List.of(field)),
                field);
    }

    @ServerExceptionMapper
    public Response badJsonValue(InvalidFormatException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = Messages.pick(headers);
        String field = jsonPath(e);
        List<Violation> violations = List.of(new Violation(field, Messages.get("invalid-value.field", locale)));
        return respond(400, "validation", locale, request, violations, Map.of());
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = Messages.pick(headers);
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(400, "malformed-json", locale, request, List.of(), Map.of());
        }
        List<Violation> violations = List.of(new Violation(field, Messages.get("invalid-value.field", locale)));
        return respond(400, "validation", locale, request, violations, Map.of());
    }

    @ServerExceptionMapper
    public Response refusedText(RefusedTextException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = Messages.pick(headers);
        String field = jsonPath(e);
        return respond(
                400,
                "validation",
                locale,
                request,
                List.of(new Violation(field, Messages.get("text.refused-character", locale, e.codePoint()))),
                Map.of());
    }

    /**
     * A body Jackson could not bind to the request type for a reason of the input's shape (for example a repeated
     * creator property); logged, answered like malformed JSON.
     */
    @ServerExceptionMapper
    public Response unbindable(InvalidDefinitionException e, HttpHeaders headers, HttpServerRequest request) {
        LOG.warnf("Unbindable body of %s %s: %s", request.method(), request.path(), e.getOriginalMessage());
        return malformedJson(e, headers, request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = Messages.pick(headers);
        if (e instanceof JsonMappingException mapping && !jsonPath(mapping).isEmpty()) {
            List<Violation> violations =
                    List.of(new Violation(jsonPath(mapping), Messages.get("invalid-value.field", locale)));
            return respond(400, "validation", locale, request, violations, Map.of());
        }
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            List<Violation> violations = List.of(new Violation(duplicate, Messages.get("duplicate-key.field", locale)));
            return respond(400, "duplicate-key", locale, request, violations, Map.of(), duplicate);
        }
        return respond(400, "malformed-json", locale, request, List.of(), Map.of());
    }

    /** The repeated key when the parser refused a duplicate (STRICT_DUPLICATE_DETECTION), else {@code null}. */
    static String duplicateKey(JsonProcessingException e) {
        if (e instanceof StreamReadException read
                && read.getProcessor() != null
                && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            try {
                return read.getProcessor().getParsingContext().getCurrentName();
            } catch (RuntimeException ignored) {
                return null;
            }
        }
        return null;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(Exception e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = Messages.pick(headers);
        Response response = respond(401, "unauthorized", locale, request, List.of(), Map.of());
        return Response.fromResponse(response)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, HttpServerRequest request) {
        return respond(403, "forbidden", Messages.pick(headers), request, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, HttpServerRequest request) {
        return respond(404, "no-such-resource", Messages.pick(headers), request, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers, HttpServerRequest request) {
        AllowedMethods allowed =
                io.quarkus.arc.Arc.container().instance(AllowedMethods.class).get();
        // an attempt to change a frozen record is a conflict with its state, not an unknown method
        String frozen = isRead(request.method().name())
                ? null
                : allowed.immutable(request.path()).orElse(null);
        Response response = respond(
                frozen == null ? 405 : 409,
                frozen == null ? "method-not-allowed" : frozen,
                Messages.pick(headers),
                request,
                List.of(),
                Map.of());
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow == null || allow.isBlank()) {
            allow = allowed.allow(request.path());
        }
        return Response.fromResponse(response).header("Allow", allow).build();
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, HttpHeaders headers, HttpServerRequest request) {
        return respond(415, "unsupported-media-type", Messages.pick(headers), request, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers, HttpServerRequest request) {
        return respond(406, "not-acceptable", Messages.pick(headers), request, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            if (json instanceof RefusedTextException refused) {
                return refusedText(refused, headers, request);
            }
            return json instanceof MismatchedInputException mismatched
                    ? mismatchedJson(mismatched, headers, request)
                    : malformedJson(json, headers, request);
        }
        int status = e.getResponse().getStatus();
        Locale locale = Messages.pick(headers);
        if (status >= 500) {
            return internal(e, headers, request);
        }
        String kind = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "no-such-resource";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        return respond(status, kind, locale, request, List.of(), Map.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response internal(Throwable e, HttpHeaders headers, HttpServerRequest request) {
        String sqlState = sqlState(e);
        if ("23505".equals(sqlState) || "40001".equals(sqlState) || "40P01".equals(sqlState)) {
            // a unique key taken by a concurrent request between our check and the insert, or two transactions
            // that PostgreSQL could not serialise (a deadlock or a serialisation failure): the client may retry
            LOG.infof("Concurrent write conflict on %s %s", request.method(), request.path());
            return respond(409, "concurrent-conflict", Messages.pick(headers), request, List.of(), Map.of());
        }
        LOG.errorf(e, "Unhandled failure of %s %s", request.method(), request.path());
        return respond(500, "internal", Messages.pick(headers), request, List.of(), Map.of());
    }

    /** The SQLSTATE of the first {@link java.sql.SQLException} among the causes, if any. */
    static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static Response respond(
            int status,
            String kind,
            Locale locale,
            HttpServerRequest request,
            List<Violation> violations,
            Map<String, Object> extensions,
            Object... args) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(build(status, kind, kind, locale, request, violations, extensions, args))
                .build();
    }

    static Problem build(
            int status,
            String kind,
            String messageKey,
            Locale locale,
            HttpServerRequest request,
            List<Violation> violations,
            Map<String, Object> extensions,
            Object... args) {
        Map<String, Object> members = new LinkedHashMap<>(extensions);
        members.keySet().removeAll(ProblemException.RESERVED_MEMBERS);
        String requestId = RequestIds.current(request);
        if (requestId != null) {
            members.put("requestId", requestId);
        }
        return new Problem(
                "/problems/" + kind,
                Messages.get(messageKey + ".title", locale, args),
                status,
                Messages.get(messageKey + ".detail", locale, args),
                request == null ? null : request.path(),
                violations,
                members);
    }

    /**
     * When a required request body is missing ({@code null} or no body), the violation names the Java parameter;
     * for a record body, the fields it needs ({@code @NotNull} components) are named instead.
     */
    static List<String> requiredOfMissingBody(Path path) {
        Class<?>[] types = null;
        Integer index = null;
        int nodes = 0;
        for (Path.Node node : path) {
            nodes++;
            if (node.getKind() == ElementKind.METHOD) {
                types = node.as(Path.MethodNode.class).getParameterTypes().toArray(Class<?>[]::new);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        if (types == null || index == null || nodes != 2 || index >= types.length || !types[index].isRecord()) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        for (java.lang.reflect.RecordComponent component : types[index].getRecordComponents()) {
            var accessor = component.getAccessor();
            if (accessor.isAnnotationPresent(jakarta.validation.constraints.NotNull.class)
                    || accessor.isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)
                    || accessor.isAnnotationPresent(jakarta.validation.constraints.NotEmpty.class)) {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    /** {@code create.request.url} → {@code url}; {@code list.size} → {@code size}; lists keep their index. */
    static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER || kind == ElementKind.CROSS_PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() == 0) {
            return parameter == null ? "" : parameter;
        }
        return field.toString();
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
