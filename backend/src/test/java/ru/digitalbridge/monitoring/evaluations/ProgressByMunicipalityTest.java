package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;

/**
 * The dashboard's per-municipality figures come from the municipality stored on the evaluation (V041): copied
 * from the account when the evaluation is created, and following the account when its organization moves.
 */
@QuarkusTest
class ProgressByMunicipalityTest {
    static final String SARATOV = "64000000-0000-4000-8000-000000000038";

    @Inject
    EvaluationTestData data;

    private static List<Map<String, Object>> perMunicipality(Scenario s) {
        JsonPath progress = as(Role.COORDINATOR)
                .get("/api/v1/campaigns/" + s.campaign() + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return progress.getList("perMunicipality");
    }

    @Test
    void theEvaluationKeepsItsAccountsMunicipalityAndFollowsAMove() {
        Scenario s = data.scenario("EVALUATION", true);
        assertThat(perMunicipality(s)).singleElement().satisfies(m -> {
            assertThat(m.get("municipalityId")).isEqualTo(EvaluationTestData.BALAKOVO);
            assertThat(m.get("total")).isEqualTo(2);
        });

        data.update(
                "update organization set municipality_id = cast(? as uuid) where id = ?", SARATOV, s.organization());

        assertThat(perMunicipality(s)).singleElement().satisfies(m -> {
            assertThat(m.get("municipalityId")).isEqualTo(SARATOV);
            assertThat(m.get("total")).isEqualTo(2);
        });
    }
}
