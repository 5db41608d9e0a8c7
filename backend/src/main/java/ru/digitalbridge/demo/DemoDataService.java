package ru.digitalbridge.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Generates demo data and loads it into an empty registry in one transaction. */
@ApplicationScoped
public class DemoDataService {

    /** Serialises loaders across application instances that share one database. */
    private static final long LOCK_KEY = 0x64_44454D4FL;

    /** What a load inserted. */
    public record Summary(int organizations, int accounts, int users, long millis) {}

    private final DataSource dataSource;

    DemoDataService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Generates data at the given scale for the municipalities in the database and inserts it, unless the registry
     * already has organizations.
     *
     * @return what was inserted, or empty when the registry was not empty
     */
    /**
     * After a bulk load the planner has no statistics and the visibility map is empty until autovacuum comes by;
     * refresh both at once so the first searches get good plans and counts can skip the heap.
     */
    private static void refreshStatistics(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) organization, account, app_user");
        }
    }

    public Optional<Summary> loadIntoEmptyRegistry(double scale, long seed) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK_KEY);
                    lock.execute();
                }
                if (!registryEmpty(connection)) {
                    connection.rollback();
                    return Optional.empty();
                }
                List<DemoMunicipality> municipalities = DemoDataLoader.municipalities(connection);
                DemoData data = DemoDataGenerator.generate(scale, seed, municipalities);
                int users = DemoDataLoader.insert(connection, data, passwordHash());
                connection.commit();
                refreshStatistics(connection);
                return Optional.of(new Summary(
                        data.organizations().size(),
                        data.accounts().size(),
                        users,
                        (System.nanoTime() - start) / 1_000_000));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not load demo data: " + e.getMessage(), e);
        }
    }

    /** Whether the registry has no organizations. */
    public boolean registryEmpty() {
        try (Connection connection = dataSource.getConnection()) {
            return registryEmpty(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the registry: " + e.getMessage(), e);
        }
    }

    /** Whether the demo administrator exists, i.e. demo users were loaded into this database. */
    public boolean demoUsersPresent() {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select exists (select 1 from app_user where lower(email) = 'admin@demo.bridge')");
                var rows = statement.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the users: " + e.getMessage(), e);
        }
    }

    static boolean registryEmpty(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select not exists (select 1 from organization)");
                var rows = statement.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    static String passwordHash() {
        return BcryptUtil.bcryptHash(DemoDataGenerator.DEMO_PASSWORD);
    }
}
