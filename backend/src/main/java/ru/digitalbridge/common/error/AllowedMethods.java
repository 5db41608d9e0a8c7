package ru.digitalbridge.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP methods the resources serve at a path, for the {@code Allow} header of a 405 (the REST layer's own
 * exception does not carry it), and whether the path reads an {@link Immutable} record. Built once from the
 * {@code @Path} resource beans.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class AllowedMethods {
    private static final Pattern PARAMETER =
            Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private record Endpoint(Pattern path, String method, String immutable) {}

    private final BeanManager beans;
    private volatile List<Endpoint> endpoints;

    AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    /** The methods served at {@code path}, with HEAD where GET is served and OPTIONS; empty when none. */
    public String allow(String path) {
        Set<String> methods = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().matcher(path).matches()) {
                methods.add(endpoint.method());
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    /** The problem kind of an {@link Immutable} record read at {@code path}; empty when the path reads none. */
    public java.util.Optional<String> immutable(String path) {
        return endpoints().stream()
                .filter(e -> e.immutable() != null && e.path().matcher(path).matches())
                .map(Endpoint::immutable)
                .findFirst();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> known = endpoints;
        if (known == null) {
            known = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    Immutable frozen = method.getAnnotation(Immutable.class);
                    if (frozen == null) {
                        frozen = type.getAnnotation(Immutable.class);
                    }
                    known.add(new Endpoint(
                            template(join(root.value(), sub == null ? "" : sub.value())),
                            verb,
                            frozen == null ? null : frozen.value()));
                }
            }
            endpoints = known;
        }
        return known;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String left = a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
        String right = b.isEmpty() || b.startsWith("/") ? b : "/" + b;
        String joined = left + right;
        return joined.startsWith("/") ? joined : "/" + joined;
    }

    static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(path);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(at, m.start())));
            regex.append(m.group(1) == null ? "[^/]+" : "(?:" + m.group(1).trim() + ")");
            at = m.end();
        }
        regex.append(Pattern.quote(path.substring(at)));
        return Pattern.compile(regex + "/?");
    }
}
