package ru.digitalbridge;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.DataDirectory;
import ru.digitalbridge.common.db.DatabaseBootstrap;
import ru.digitalbridge.common.db.DatabaseBootstrap.Database;
import ru.digitalbridge.common.db.DatabaseBootstrap.UnreachableDatabaseException;

/** Entry point: chooses the database (configured server or embedded PostgreSQL), then starts Quarkus. */
@QuarkusMain
public class Application {
    private static final Logger LOG = Logger.getLogger(Application.class);

    /**
     * Quarkus answers a request target that {@link java.net.URI} refuses ({@code %ZZ}, <code>{</code>) with an empty
     * 400 before any route runs; with its check off, {@link ru.digitalbridge.common.error.RouterProblems} makes the
     * same check and answers a problem. Set before Quarkus starts (the test run sets it in the Surefire config).
     */
    static void disableVertxUriValidation() {
        System.setProperty("vertx.disableURIValidation", "true");
    }

    /**
     * Flyway at start is skipped when the database already holds exactly the packaged migrations, unchanged (README,
     * "Start-up"): it would do nothing but cost the start its scan, checksums and classes. In every other case (a new
     * or older database, a changed or failed migration, no way to tell) Flyway runs as configured: it migrates, or
     * stops the application on a changed migration.
     */
    static void skipFlywayWhenUpToDate(boolean migrationsUpToDate) {
        if (migrationsUpToDate) {
            // not only migrate-at-start=false: Quarkus would still build Flyway (and load Jackson) to read its flags
            System.setProperty("quarkus.flyway.active", "false");
            LOG.info("The database holds every packaged migration, unchanged: Flyway is not run at start");
        }
    }

    public static void main(String... args) {
        if (ApplicationLifecycleManager.isAppCDSGeneration()) {
            // -Dquarkus.appcds.generate=true (the AppCDS archive is being built, README "Start-up"): Quarkus runs its
            // static init only and exits; no database is needed, so neither is checked nor started
            disableVertxUriValidation();
            Quarkus.run(args);
            return;
        }
        Database database;
        boolean migrationsUpToDate;
        try {
            database = DatabaseBootstrap.configured();
            if (database != null) {
                // one login to the server answers both whether it is reachable and whether Flyway has work
                migrationsUpToDate = DatabaseBootstrap.checkReachableAndMigrationsUpToDate(database);
            } else {
                var folder = DataDirectory.resolve().resolve("postgres");
                database = DatabaseBootstrap.embedded(folder);
                LOG.infof("DB_URL is not set: using the embedded PostgreSQL with its data in %s", folder);
                migrationsUpToDate = DatabaseBootstrap.migrationsUpToDate(database);
            }
        } catch (UnreachableDatabaseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        System.setProperty("quarkus.datasource.jdbc.url", database.url());
        System.setProperty("quarkus.datasource.username", database.user());
        System.setProperty("quarkus.datasource.password", database.password());
        skipFlywayWhenUpToDate(migrationsUpToDate);
        disableVertxUriValidation();
        try {
            Quarkus.run(args);
        } finally {
            if (database.embedded() != null) {
                try {
                    database.embedded().close();
                } catch (Exception e) {
                    LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
                }
            }
        }
    }
}
