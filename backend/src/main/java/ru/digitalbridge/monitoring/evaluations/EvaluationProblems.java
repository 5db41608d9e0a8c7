package ru.digitalbridge.monitoring.evaluations;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ru.digitalbridge.common.error.Messages;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;

/**
 * The problems of evaluations, citizen questions and objections. Violation messages that name a criterion are
 * resolved here in the request's language, because one problem may name several criteria.
 */
@ApplicationScoped
public class EvaluationProblems {
    private final Instance<HttpServerRequest> request;

    EvaluationProblems(Instance<HttpServerRequest> request) {
        this.request = request;
    }

    /** A violation whose message is the bundle text {@code key} with {@code args}, in the request's language. */
    public Violation violation(String field, String key, Object... args) {
        return new Violation(field, Messages.get(key, locale(), args));
    }

    private Locale locale() {
        try {
            return request.isResolvable()
                    ? Messages.pick(request.get().getHeader("Accept-Language"))
                    : Messages.RUSSIAN;
        } catch (RuntimeException outsideRequest) {
            return Messages.RUSSIAN;
        }
    }

    static ProblemException evaluationNotFound(UUID id) {
        return ProblemException.notFound("entity.evaluation", id);
    }

    public static ProblemException objectionNotFound(UUID id) {
        return ProblemException.notFound("entity.objection", id);
    }

    public static ProblemException questionNotFound(UUID id) {
        return ProblemException.notFound("entity.citizen-question", id);
    }

    static ProblemException revisionNotFound(int revision) {
        return ProblemException.notFound("entity.evaluation-revision", revision);
    }

    public static ProblemException forbidden() {
        return new ProblemException(403, "evaluation-forbidden");
    }

    public static ProblemException stale() {
        return ProblemException.conflict("stale-version");
    }

    /** 409: answers and the question sample cannot change in this status or campaign stage. */
    public static ProblemException locked(EvaluationRow row) {
        return ProblemException.conflict("evaluation-locked", row.status().name(), row.stage())
                .with("status", row.status())
                .with("stage", row.stage());
    }

    /** 409: the workflow step is not allowed from this status or campaign stage. */
    static ProblemException illegalTransition(EvaluationRow row, String action) {
        return ProblemException.conflict(
                        "evaluation-illegal-transition", action, row.status().name(), row.stage())
                .with("status", row.status())
                .with("stage", row.stage());
    }

    static ProblemException invalid(List<Violation> violations) {
        return ProblemException.invalid(violations);
    }

    /** Whether {@code url} is an absolute http(s) URL with a host, at most 2000 characters. */
    public static boolean httpUrl(String url) {
        if (url == null || url.isBlank() || url.length() > EvaluationRequests.MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
