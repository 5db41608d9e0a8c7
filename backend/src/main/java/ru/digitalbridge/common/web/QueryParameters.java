package ru.digitalbridge.common.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import ru.digitalbridge.common.error.ProblemException;

/**
 * Refuses query parameters that the matched resource method does not declare: a filter the server does not know is a
 * 400 problem naming the parameter, never a silently ignored one (a client asking for {@code
 * /evaluations?municipality=…} must not receive every evaluation). The allowed names are read once per method from its
 * {@code @QueryParam} parameters and the {@code @QueryParam} fields of its {@code @BeanParam} classes, so they are
 * exactly what the contract declares.
 */
public class QueryParameters {
    private final ConcurrentHashMap<Method, Set<String>> allowed = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext context, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> names = context.getUriInfo().getQueryParameters(true).keySet();
        if (names.isEmpty()) {
            return;
        }
        Set<String> declared = allowed.computeIfAbsent(method, QueryParameters::declared);
        for (String name : new TreeSet<>(names)) {
            if (!declared.contains(name)) {
                throw ProblemException.invalidField(
                        name, "query.unknown-parameter", declared.isEmpty() ? "—" : String.join(", ", declared));
            }
        }
        // A value that is not a constant of an enum parameter would otherwise be a 404 (JAX-RS conversion failure).
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            if (!types[i].isEnum()) {
                continue;
            }
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    String value = context.getUriInfo().getQueryParameters(true).getFirst(query.value());
                    Object[] constants = types[i].getEnumConstants();
                    if (value != null
                            && !value.isEmpty()
                            && java.util.Arrays.stream(constants)
                                    .noneMatch(c -> ((Enum<?>) c).name().equals(value))) {
                        throw ProblemException.invalidField(
                                query.value(),
                                "query.unknown-value",
                                java.util.Arrays.stream(constants)
                                        .map(c -> ((Enum<?>) c).name())
                                        .collect(java.util.stream.Collectors.joining(", ")));
                    }
                }
            }
        }
    }

    /** The query parameters {@code method} reads, in alphabetical order. */
    static Set<String> declared(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                } else if (annotation instanceof BeanParam) {
                    bean(types[i], names);
                }
            }
        }
        bean(method.getDeclaringClass(), names);
        return Set.copyOf(names);
    }

    /** The {@code @QueryParam} fields and setters of a bean parameter class and its superclasses, nested beans included. */
    private static void bean(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                member(field, field.getType(), names);
            }
            for (Method setter : c.getDeclaredMethods()) {
                if (setter.getParameterCount() == 1) {
                    member(setter, setter.getParameterTypes()[0], names);
                }
            }
        }
    }

    private static void member(AnnotatedElement element, Class<?> type, Set<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
        if (element.isAnnotationPresent(BeanParam.class)) {
            bean(type, names);
        }
    }
}
