package ru.digitalbridge.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import ru.digitalbridge.methodology.CriteriaCatalog;

/** Generates demo data and loads it into an empty registry in one transaction. */
@ApplicationScoped
public class DemoDataService {

    /** Serialises loaders across application instances that share one database. */
    private static final long LOCK_KEY = 0x64_44454D4FL;

    /** What a load inserted. */
    public record Summary(int organizations, int accounts, int users, int campaigns, int evaluations, long millis) {}

    private static final Logger LOG = Logger.getLogger(DemoDataService.class);

    private final DataSource dataSource;
    private final CriteriaCatalog catalog;

    private final DemoRatings ratings;

    DemoDataService(DataSource dataSource, CriteriaCatalog catalog, DemoRatings ratings) {
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.ratings = ratings;
    }

    /**
     * After a bulk load the planner has no statistics and the visibility map is empty until autovacuum comes by;
     * refresh both at once so the first searches get good plans and counts can skip the heap.
     */
    private static void refreshStatistics(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) organization, account, app_user, campaign, campaign_account,"
                    + " campaign_expert, evaluation, evaluation_answer, citizen_question, objection, evaluation_event,"
                    + " evaluation_revision");
        }
    }

    /**
     * Generates data at the given scale for the municipalities in the database and inserts it, unless the registry
     * already has organizations: the registry, the demo users and, when the seeded methodology is approved, four
     * monitoring campaigns over it ({@link DemoMonitoringGenerator}), all in one transaction.
     *
     * @return what was inserted, or empty when the registry was not empty
     */
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
                // the generated data is unreachable once insert returns: the ratings below run without it
                Summary inserted = insert(connection, scale, seed);
                connection.commit();
                LOG.info("Demo registry, monitoring and training committed; computing the ratings");
                refreshStatistics(connection);
                LOG.infof("Demo ratings computed: %d snapshots", ratings.rate());
                return Optional.of(new Summary(
                        inserted.organizations(),
                        inserted.accounts(),
                        inserted.users(),
                        inserted.campaigns(),
                        inserted.evaluations(),
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

    /**
     * Generates and inserts the registry, the demo users, the monitoring history and the training on the caller's
     * transaction; what was inserted (no time). The registry goes to the database as it is generated; what stays in
     * memory for the monitoring and training generators is its slim copy (identifiers, classification, status, URLs).
     */
    private Summary insert(Connection connection, double scale, long seed) throws SQLException {
        List<DemoMunicipality> municipalities = DemoDataLoader.municipalities(connection);
        DemoData data;
        try (var registry = new DemoDataLoader.RegistryWriter(connection)) {
            data = registry.registry(DemoDataGenerator.generate(scale, seed, municipalities, registry));
        }
        int users = DemoDataLoader.insertUsers(connection, data.users(), passwordHash());
        LOG.infof(
                "Demo registry written: %d organizations, %d accounts",
                data.organizations().size(), data.accounts().size());
        int campaigns;
        int evaluations;
        try (DemoMonitoring monitoring = monitoring(connection, data, scale, seed)) {
            DemoDataLoader.insert(connection, monitoring);
            campaigns = monitoring.campaigns().size();
            evaluations = monitoring.evaluations().size();
        }
        LOG.infof("Demo monitoring written: %d campaigns, %d evaluations", campaigns, evaluations);
        DemoTraining.insert(connection, data, DemoDataLoader.storedUsers(connection, data.users()), seed);
        return new Summary(data.organizations().size(), data.accounts().size(), users, campaigns, evaluations, 0);
    }

    /** The monitoring history over the loaded registry; none when the seeded methodology is missing or not approved. */
    private DemoMonitoring monitoring(Connection connection, DemoData data, double scale, long seed)
            throws SQLException {
        UUID methodology = DemoMonitoringGenerator.METHODOLOGY;
        if (!catalog.status(methodology).map("APPROVED"::equals).orElse(false)) {
            LOG.warn("The seeded methodology is not approved here; demo campaigns not generated");
            return DemoMonitoring.NONE;
        }
        List<DemoData.User> users = DemoDataLoader.storedUsers(connection, data.users());
        return DemoMonitoringGenerator.generate(
                data, users, catalog.criteria(methodology), scale, seed, OffsetDateTime.now());
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
