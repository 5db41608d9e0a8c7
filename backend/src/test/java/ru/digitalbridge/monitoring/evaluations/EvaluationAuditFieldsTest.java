package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.monitoring.evaluations.EvaluationService.AuditState;

/**
 * The audit entry of an evaluation write takes the state's fields from {@link AuditState#auditFields()} instead of
 * converting the record through the object mapper; both must give the same map (keys, order, values) and so the
 * same stored summary.
 */
@QuarkusTest
class EvaluationAuditFieldsTest {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    @Inject
    ObjectMapper json;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theFieldsAreWhatTheObjectMapperMakesOfTheState(long seed) throws Exception {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            EvaluationStatus[] statuses = EvaluationStatus.values();
            BigDecimal index =
                    random.nextInt(5) == 0 ? null : BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(5));
            List<String> criteria = new ArrayList<>();
            for (int c = random.nextInt(4); c > 0; c--) {
                criteria.add("C." + random.nextInt(30));
            }
            AuditState state = new AuditState(
                    statuses[random.nextInt(statuses.length)],
                    index,
                    random.nextInt(3),
                    random.nextBoolean() ? List.of() : criteria);
            Map<String, Object> converted = json.convertValue(state, MAP);
            Map<String, Object> fields = state.auditFields();
            assertThat(fields).as(state.toString()).isEqualTo(converted);
            assertThat(new ArrayList<>(fields.keySet())).isEqualTo(new ArrayList<>(converted.keySet()));
            assertThat(json.writeValueAsString(fields)).isEqualTo(json.writeValueAsString(converted));
        }
    }
}
