package ru.digitalbridge.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.flyway.runtime.FlywayContainer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.common.db.DatabaseBootstrap.Database;
import ru.digitalbridge.common.db.DatabaseBootstrap.UnreachableDatabaseException;

/**
 * The launcher's check of a configured server (README, "Start-up"): one login tells both whether the server answers
 * and whether Flyway has work at start. Logins are counted by a driver registered for {@code jdbc:logins:} URLs that
 * hands each connection to PostgreSQL's driver. The test database was migrated by Flyway when the test run started.
 */
@QuarkusTest
class DatabaseBootstrapTest {
    private final LoginCountingDriver driver = new LoginCountingDriver();

    @Inject
    FlywayContainer flyway;

    @BeforeEach
    void register() throws SQLException {
        DriverManager.registerDriver(driver);
    }

    @AfterEach
    void deregister() throws SQLException {
        DriverManager.deregisterDriver(driver);
    }

    private static Database testDatabase(String databaseName) {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        if (databaseName != null) {
            url = url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + databaseName);
        }
        return new Database(
                LoginCountingDriver.PREFIX + url.substring("jdbc:".length()),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(""),
                null);
    }

    @Test
    void oneLoginTellsReachableAndUpToDate() {
        assertThat(DatabaseBootstrap.checkReachableAndMigrationsUpToDate(testDatabase(null)))
                .isTrue();
        assertThat(driver.logins.get()).isEqualTo(1);
    }

    @Test
    void aReachableDatabaseWithoutTheMigrationsIsNotUpToDate() {
        // the server's maintenance database has no Flyway history: Flyway must run
        assertThat(DatabaseBootstrap.checkReachableAndMigrationsUpToDate(testDatabase("postgres")))
                .isFalse();
        assertThat(driver.logins.get()).isEqualTo(1);
    }

    @Test
    void anUnreachableServerStopsTheLauncherWithOneLine() {
        Database nowhere = new Database(LoginCountingDriver.PREFIX + "postgresql://127.0.0.1:1/bridge", "u", "p", null);
        assertThatThrownBy(() -> DatabaseBootstrap.checkReachableAndMigrationsUpToDate(nowhere))
                .isInstanceOf(UnreachableDatabaseException.class)
                .hasMessageStartingWith("Cannot connect to PostgreSQL at jdbc:logins:postgresql://127.0.0.1:1/bridge (")
                .hasMessageContaining("unset DB_URL to use the embedded database");
        assertThatThrownBy(() -> DatabaseBootstrap.checkReachable(nowhere))
                .isInstanceOf(UnreachableDatabaseException.class)
                .hasMessageStartingWith(
                        "Cannot connect to PostgreSQL at jdbc:logins:postgresql://127.0.0.1:1/bridge (");
    }

    /** Flyway active (every test run, and every start with something to migrate): built and run as Quarkus does. */
    @Test
    void anActiveFlywayIsBuiltAndMigratesAtStart() {
        assertThat(flyway.getFlyway()).isNotNull();
        assertThat(flyway.isMigrateAtStart()).isTrue();
    }

    /** PostgreSQL's driver behind {@code jdbc:logins:postgresql:…}, counting every connection it opens. */
    static final class LoginCountingDriver implements Driver {
        static final String PREFIX = "jdbc:logins:";
        final AtomicInteger logins = new AtomicInteger();
        private final Driver delegate = new org.postgresql.Driver();

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            if (!acceptsURL(url)) {
                return null;
            }
            logins.incrementAndGet();
            return delegate.connect("jdbc:" + url.substring(PREFIX.length()), info);
        }

        @Override
        public boolean acceptsURL(String url) {
            return url != null && url.startsWith(PREFIX);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
            return new DriverPropertyInfo[0];
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
            return false;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }
    }
}
