package ru.digitalbridge.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import ru.digitalbridge.common.db.DatabaseBootstrap;
import ru.digitalbridge.common.db.DatabaseBootstrap.Database;

/**
 * Points the tests at PostgreSQL: the server named by {@code DB_URL} when set (CI uses the machine's PostgreSQL
 * 15), else an embedded PostgreSQL in {@code target/}.
 */
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {
    private Database database;

    @Override
    public Map<String, String> start() {
        database = DatabaseBootstrap.configured();
        if (database == null) {
            database = DatabaseBootstrap.embedded(Path.of("target", "test-postgres"));
        } else {
            DatabaseBootstrap.checkReachable(database);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.url(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (database != null && database.embedded() != null) {
            try {
                database.embedded().close();
            } catch (Exception ignored) {
                // the JVM is ending anyway
            }
        }
    }
}
