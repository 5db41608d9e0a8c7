package ru.digitalbridge.common.db;

import io.quarkus.arc.All;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.flyway.runtime.FlywayBuildTimeConfig;
import io.quarkus.flyway.runtime.FlywayContainer;
import io.quarkus.flyway.runtime.FlywayContainerProducer;
import io.quarkus.flyway.runtime.FlywayDataSourceRuntimeConfig;
import io.quarkus.flyway.runtime.FlywayRuntimeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.List;
import javax.sql.DataSource;

/**
 * Start-up: builds no Flyway object while Flyway is inactive ({@code quarkus.flyway.active=false}, which the launcher
 * sets only when the database already holds exactly the packaged migrations, README "Start-up"). Quarkus 3.33 makes
 * its Flyway beans {@code @Startup} and active whenever the datasource is, so it configured Flyway at every start
 * (its plugin register and configuration model: ~190 Flyway classes, and Jackson, ~560 classes) only for its start
 * actions to find Flyway inactive and do nothing. With Flyway inactive the container carries no Flyway and every
 * start action stays off; nothing in the application injects {@code Flyway}. In every other case (Flyway active or
 * unset: a new, older or changed database, and every test run) Quarkus' own producer builds Flyway as before, so a
 * changed migration still stops the application. The alternative replaces Quarkus' producer for its synthetic
 * beans; remove it once Quarkus leaves an inactive Flyway unbuilt itself.
 */
@Alternative
@Priority(1)
@Singleton
public class InactiveFlywayContainerProducer extends FlywayContainerProducer {
    private final FlywayRuntimeConfig runtimeConfig;

    public InactiveFlywayContainerProducer(
            FlywayRuntimeConfig runtimeConfig,
            FlywayBuildTimeConfig buildTimeConfig,
            @All List<InstanceHandle<FlywayConfigurationCustomizer>> customizers) {
        super(runtimeConfig, buildTimeConfig, customizers);
        this.runtimeConfig = runtimeConfig;
    }

    /** Whether Flyway of this datasource is configured inactive ({@code quarkus.flyway[."name"].active=false}). */
    static boolean inactive(FlywayRuntimeConfig config, String dataSourceName) {
        FlywayDataSourceRuntimeConfig dataSource = config.datasources().get(dataSourceName);
        return dataSource != null && !dataSource.active().orElse(true);
    }

    @Override
    public FlywayContainer createFlyway(
            DataSource dataSource, String dataSourceName, boolean hasMigrations, boolean createPossible) {
        if (inactive(runtimeConfig, dataSourceName)) {
            // no clean, baseline, repair, validation or migration at start; and no Flyway to run them
            return new FlywayContainer(
                    null, false, false, false, false, false, false, dataSourceName, hasMigrations, createPossible);
        }
        return super.createFlyway(dataSource, dataSourceName, hasMigrations, createPossible);
    }
}
