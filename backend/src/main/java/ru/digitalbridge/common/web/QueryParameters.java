package ru.digitalbridge.common.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 *
 * <p>It also refuses a declared parameter whose value cannot become its Java type (an unknown enum constant, a
 * malformed UUID, a non-number, a bad date, a boolean other than true/false): JAX-RS would answer 404 for a failed
 * query-parameter conversion, which tells the client the resource does not exist. Here it is a 400 problem naming the
 * parameter and saying what is expected ({@link QueryValues}). A malformed <em>path</em> parameter stays 404: an
 * address such as {@code /accounts/x} names a record that cannot exist.
 */
public class QueryParameters {
    private final ConcurrentHashMap<Method, Set<String>> allowed = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Method, Map<String, Type>> types = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext context, ResourceInfo resource, HttpServerRequest request) {
        Method method = resource.getResourceMethod();
        String query = request.query();
        if (method == null || query == null || query.isEmpty()) {
            return; // most requests have no query: nothing to decode
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
        Map<String, Type> typed = types.computeIfAbsent(method, QueryParameters::types);
        for (Map.Entry<String, List<String>> parameter :
                new TreeMap<>(context.getUriInfo().getQueryParameters(true)).entrySet()) {
            Type type = typed.get(parameter.getKey());
            if (type != null) {
                QueryValues.check(parameter.getKey(), type, parameter.getValue());
            }
        }
    }

    /** The Java type of each query parameter {@code method} reads (its generic type: {@code List<UUID>}…). */
    static Map<String, Type> types(Method method) {
        Map<String, Type> types = new HashMap<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] classes = method.getParameterTypes();
        Type[] generic = method.getGenericParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    // an inner class constructor may have fewer generic than raw parameter types
                    types.put(query.value(), generic.length == classes.length ? generic[i] : classes[i]);
                } else if (annotation instanceof BeanParam) {
                    beanTypes(classes[i], types);
                }
            }
        }
        beanTypes(method.getDeclaringClass(), types);
        return Map.copyOf(types);
    }

    private static void beanTypes(Class<?> type, Map<String, Type> types) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                memberType(field, field.getGenericType(), field.getType(), types);
            }
            for (Method setter : c.getDeclaredMethods()) {
                if (setter.getParameterCount() == 1) {
                    memberType(setter, setter.getGenericParameterTypes()[0], setter.getParameterTypes()[0], types);
                }
            }
        }
    }

    private static void memberType(AnnotatedElement element, Type generic, Class<?> raw, Map<String, Type> types) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            types.put(query.value(), generic);
        }
        if (element.isAnnotationPresent(BeanParam.class)) {
            beanTypes(raw, types);
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
