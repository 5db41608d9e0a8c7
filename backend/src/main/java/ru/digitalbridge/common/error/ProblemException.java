package ru.digitalbridge.common.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain failure that the client can act on. {@code kind} becomes the problem type ({@code /problems/<kind>});
 * {@code messageKey} selects title and detail in the message bundles ({@code <key>.title}, {@code <key>.detail}).
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String kind;
    private final String messageKey;
    private final Object[] args;
    private final List<Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String kind, String messageKey, List<Violation> violations, Object... args) {
        super(kind, null, false, false);
        this.status = status;
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public ProblemException(int status, String kind, Object... args) {
        this(status, kind, kind, List.of(), args);
    }

    /**
     * 404: the entity named by {@code entityKey} (a bundle key such as {@code entity.account}) does not exist or is
     * not visible to the caller. The id is deliberately not part of the problem: a 404 names no id.
     */
    public static ProblemException notFound(String entityKey, Object id) {
        return new ProblemException(404, "not-found", "not-found", List.of(), entityKey);
    }

    /** 400 with field-level violations, raised by services for rules bean validation cannot express. */
    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(400, "validation", "validation", violations);
    }

    /** 400 on one field; {@code messageKey} is a bundle key, {@code args} fill it. */
    public static ProblemException invalidField(String field, String messageKey, Object... args) {
        return new ProblemException(
                        400, "validation", "validation", List.of(new Violation(field, "{" + messageKey + "}")))
                .withMessageArgs(args);
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String kind, Object... args) {
        return new ProblemException(409, kind, args);
    }

    /** 422: the request is well-formed but refers to something that does not exist or cannot be used. */
    public static ProblemException unprocessable(String kind, Object... args) {
        return new ProblemException(422, kind, args);
    }

    private Object[] violationArgs = new Object[0];

    private ProblemException withMessageArgs(Object... args) {
        this.violationArgs = args;
        return this;
    }

    /**
     * Members of every problem, which an extension may never replace: RFC 9457's own and the two this API adds.
     * A record's state, for example, goes under {@code recordStatus}, never {@code status}.
     */
    public static final java.util.Set<String> RESERVED_MEMBERS =
            java.util.Set.of("type", "title", "status", "detail", "instance", "violations", "requestId");

    /** Adds an extension member; a name of {@link #RESERVED_MEMBERS} is a programming error and refused. */
    public ProblemException with(String name, Object value) {
        if (name == null || RESERVED_MEMBERS.contains(name)) {
            throw new IllegalArgumentException("reserved problem member: " + name);
        }
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<Violation> violations() {
        return violations;
    }

    Object[] violationArgs() {
        return violationArgs;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
