package ru.digitalbridge.common.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.flyway.runtime.FlywayContainer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With Flyway inactive (what the launcher sets when the database holds exactly the packaged migrations, README
 * "Start-up") Quarkus' Flyway beans start without building a Flyway object ({@link InactiveFlywayContainerProducer}),
 * and the application still starts and is ready. The first administrator is not configured here, so the start needs
 * no schema (this class may run first on a new test database). {@link DatabaseBootstrapTest} checks that an active
 * Flyway is built as before.
 */
@QuarkusTest
@TestProfile(InactiveFlywayTest.FlywayInactive.class)
class InactiveFlywayTest {
    public static class FlywayInactive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.active", "false", "bridge.auth.admin-email", "");
        }
    }

    @Inject
    FlywayContainer container;

    @Test
    void noFlywayIsBuiltAndNothingRunsAtStart() {
        assertThat(container.getFlyway()).isNull();
        assertThat(container.isMigrateAtStart()).isFalse();
        assertThat(container.isValidateAtStart()).isFalse();
        assertThat(container.isCleanAtStart()).isFalse();
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
