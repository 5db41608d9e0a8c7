package ru.digitalbridge.common.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.error.ProblemException;

/**
 * The one idiom for hand-written SQL: parametrised statements on the Agroal data source, each row mapped by a
 * {@link RowReader}. Statements join the caller's transaction when there is one (the data source is
 * transaction-aware), so a service's reads and writes and the audit entry commit together. {@code UUID[]} and
 * {@code String[]} parameters are bound as PostgreSQL arrays, enums by name, nulls untyped; a failure is an
 * {@link IllegalStateException} (a 500 without internals).
 */
@ApplicationScoped
public class Sql {

    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    Sql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, RowReader<T> reader, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed", e);
        }
    }

    public <T> Optional<T> one(String sql, RowReader<T> reader, Object... params) {
        List<T> rows = list(sql, reader, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed", e);
        }
    }

    /** Receives the rows of {@link #stream}, one at a time. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /**
     * Hands every row of a query of any size to {@code consumer}, read through a cursor {@code fetchSize} rows at a
     * time in a read-only transaction of its own (PostgreSQL streams only inside a transaction), so memory stays
     * constant. For streamed downloads, which run outside any request transaction.
     */
    public void stream(String sql, int fetchSize, RowConsumer consumer, Object... params) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                connection.setReadOnly(true);
                statement.setFetchSize(fetchSize);
                bind(connection, statement, params);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(rs);
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("stream failed", e);
        }
    }

    /**
     * Hands every row of a query to {@code consumer} on the caller's connection, read {@code fetchSize} rows at a time
     * when the caller's transaction is open (PostgreSQL uses a cursor only with autocommit off, which a JTA
     * transaction already has; the connection's settings are left alone, so it works on an enlisted connection).
     * Outside a transaction the driver reads every row at once, as {@link #list} does.
     */
    public void each(String sql, int fetchSize, RowConsumer consumer, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(fetchSize);
            bind(connection, statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed", e);
        }
    }

    /** Runs one statement for each parameter row, sent in batches. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                bind(connection, statement, row);
                statement.addBatch();
                if (++pending == 500) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("batch failed", e);
        }
    }

    /**
     * Runs an optimistic-locked update ({@code … version = version + 1 where id = ? and version = ?}). No row changed
     * means the row has changed since it was read, or is gone: 409 {@code stale-version}.
     */
    public void updateVersioned(String sql, Object... params) {
        if (update(sql, params) == 0) {
            throw ProblemException.conflict("stale-version");
        }
    }

    /**
     * Before a batched update, whose row counts are not reported: locks the rows of {@code table} with the given ids,
     * in id order, and checks that each is still at the version it was read at; 409 {@code stale-version} when one
     * has changed or is gone. {@code table} is a constant of the caller, never input.
     */
    public void lockAtVersions(String table, Map<UUID, Long> versions) {
        if (versions.isEmpty()) {
            return;
        }
        Map<UUID, Long> stored = new java.util.HashMap<>();
        list(
                        "select id, version from " + table + " where id = any (?) order by id for update",
                        rs -> Map.entry(rs.getObject("id", UUID.class), rs.getLong("version")),
                        (Object) uuids(versions.keySet()))
                .forEach(row -> stored.put(row.getKey(), row.getValue()));
        versions.forEach((id, version) -> {
            if (!version.equals(stored.get(id))) {
                throw ProblemException.conflict("stale-version");
            }
        });
    }

    /** Whether the query returns at least one row. */
    public boolean exists(String sql, Object... params) {
        return one("select exists (" + sql + ")", rs -> rs.getBoolean(1), params)
                .orElse(false);
    }

    private static void bind(Connection connection, PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else if (value instanceof String[] texts) {
                statement.setArray(i + 1, connection.createArrayOf("text", texts));
            } else if (value instanceof Enum<?> e) {
                statement.setString(i + 1, e.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    public static UUID[] uuids(java.util.Collection<UUID> ids) {
        return ids.toArray(new UUID[0]);
    }

    public static String[] names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    /**
     * An {@code ilike} pattern that finds {@code text} anywhere, its {@code %}, {@code _} and backslashes taken
     * literally (PostgreSQL's default escape character is the backslash).
     */
    public static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
