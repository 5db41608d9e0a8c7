package ru.digitalbridge.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The test profile's JDBC driver: PostgreSQL's, with every SQL statement the application sends counted (each
 * {@code execute…} call, and each row of a batch). Tests read {@link #count()} around one HTTP request to pin
 * how many statements an endpoint runs; transaction control (begin/commit) is not a statement here.
 */
public class StatementCountingDriver implements Driver {
    private static final AtomicLong STATEMENTS = new AtomicLong();
    private final Driver delegate = new org.postgresql.Driver();

    /** Statements executed since the JVM started. */
    public static long count() {
        return STATEMENTS.get();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = delegate.connect(url, info);
        return connection == null ? null : proxy(Connection.class, connection, new ConnectionHandler(connection));
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegate.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return delegate.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return delegate.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return delegate.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        java.util.Set<Class<?>> interfaces = new java.util.LinkedHashSet<>();
        interfaces.add(type);
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            interfaces.addAll(java.util.List.of(c.getInterfaces()));
        }
        return (T) Proxy.newProxyInstance(
                StatementCountingDriver.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private record ConnectionHandler(Connection target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = StatementCountingDriver.invoke(target, method, args);
            if (result instanceof Statement statement
                    && (method.getName().startsWith("prepare")
                            || method.getName().equals("createStatement"))) {
                return proxy(Statement.class, statement, new StatementHandler(statement, new AtomicLong()));
            }
            return result;
        }
    }

    private record StatementHandler(Statement target, AtomicLong batched) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched.incrementAndGet();
            } else if (name.equals("clearBatch")) {
                batched.set(0);
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                STATEMENTS.addAndGet(batched.getAndSet(0));
            } else if (name.startsWith("execute")) {
                STATEMENTS.incrementAndGet();
            }
            return StatementCountingDriver.invoke(target, method, args);
        }
    }
}
