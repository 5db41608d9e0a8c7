package ru.digitalbridge.common.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.digitalbridge.common.error.ProblemException;

/**
 * Checks that the values of one query parameter can become its declared Java type, by the rules JAX-RS converts them
 * with ({@code fromString}/{@code valueOf}/{@code parse}/a String constructor), plus one it lacks: a boolean is
 * {@code true} or {@code false}, never "anything else is false". A value that cannot is a 400 problem on the
 * parameter whose message says what is expected ({@code query.invalid.*} in the message bundles).
 */
final class QueryValues {
    private QueryValues() {}

    static void check(String name, Type type, List<String> values) {
        Type element = element(type);
        if (!(element instanceof Class<?> target) || target == String.class || target == Object.class) {
            return;
        }
        for (String value : values) {
            check(name, target, value);
        }
    }

    /** {@code List<T>}, {@code Set<T>}, {@code Optional<T>} → {@code T}; anything else itself. */
    private static Type element(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)
                && parameterized.getActualTypeArguments().length == 1) {
            return parameterized.getActualTypeArguments()[0];
        }
        return type;
    }

    private static void check(String name, Class<?> target, String value) {
        String text = value == null ? "" : value;
        if (target == boolean.class || target == Boolean.class) {
            if (!"true".equalsIgnoreCase(text) && !"false".equalsIgnoreCase(text)) {
                throw refused(name, "query.invalid.boolean");
            }
            return;
        }
        try {
            if (target == int.class || target == Integer.class) {
                Integer.parseInt(text);
            } else if (target == long.class || target == Long.class) {
                Long.parseLong(text);
            } else if (target == short.class || target == Short.class) {
                Short.parseShort(text);
            } else if (target == double.class || target == Double.class) {
                Double.parseDouble(text);
            } else if (target == float.class || target == Float.class) {
                Float.parseFloat(text);
            } else if (target == UUID.class) {
                UUID.fromString(text);
            } else if (target == LocalDate.class) {
                LocalDate.parse(text);
            } else if (target == OffsetDateTime.class) {
                OffsetDateTime.parse(text);
            } else if (target == Instant.class) {
                Instant.parse(text);
            } else if (target == LocalDateTime.class) {
                LocalDateTime.parse(text);
            } else if (target == ZonedDateTime.class) {
                ZonedDateTime.parse(text);
            } else {
                convert(target, text);
            }
        } catch (RuntimeException e) {
            throw refused(name, target);
        } catch (ReflectiveOperationException e) {
            // no conversion this class can tell apart from a bad value: JAX-RS decides
        }
    }

    /** {@code fromString}, then {@code valueOf}, then {@code parse}, then a String constructor (JAX-RS order). */
    private static void convert(Class<?> target, String text) throws ReflectiveOperationException {
        for (String factory : List.of("fromString", "valueOf", "parse")) {
            Method method = factory(target, factory);
            if (method != null) {
                invoke(() -> method.invoke(null, text));
                return;
            }
        }
        Constructor<?> constructor = target.getConstructor(String.class);
        invoke(() -> constructor.newInstance(text));
    }

    private static Method factory(Class<?> target, String name) {
        for (Class<?> argument : List.of(String.class, CharSequence.class)) {
            try {
                Method method = target.getMethod(name, argument);
                if (Modifier.isStatic(method.getModifiers()) && target.isAssignableFrom(method.getReturnType())) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next
            }
        }
        return null;
    }

    private interface Reflective {
        Object call() throws ReflectiveOperationException;
    }

    private static void invoke(Reflective call) throws ReflectiveOperationException {
        try {
            Object result = call.call();
            if (result == null) {
                throw new IllegalArgumentException("no such value");
            }
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause());
        }
    }

    private static ProblemException refused(String name, Class<?> target) {
        if (target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
            return refused(name, "query.invalid.enum", allowed);
        }
        String kind;
        if (target == int.class
                || target == Integer.class
                || target == long.class
                || target == Long.class
                || target == short.class
                || target == Short.class) {
            kind = "integer";
        } else if (target == double.class || target == Double.class || target == float.class || target == Float.class) {
            kind = "number";
        } else if (target == UUID.class) {
            kind = "uuid";
        } else if (target == LocalDate.class) {
            kind = "date";
        } else if (target == OffsetDateTime.class
                || target == Instant.class
                || target == ZonedDateTime.class
                || target == LocalDateTime.class) {
            kind = "date-time";
        } else {
            kind = "value";
        }
        return refused(name, "query.invalid." + kind);
    }

    private static ProblemException refused(String name, String key, Object... args) {
        return ProblemException.invalidField(name, key, args);
    }
}
