package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.methodology.CriterionGroup;
import ru.digitalbridge.methodology.CriterionType;
import ru.digitalbridge.methodology.Direction;
import ru.digitalbridge.methodology.Level;
import ru.digitalbridge.methodology.Metric;
import ru.digitalbridge.methodology.Threshold;

/**
 * {@link AnswerResponseJson} writes exactly the bytes Jackson's own record serializer writes, for criteria met
 * again (kept text), criteria whose objects changed (written afresh) and every kind of answer value.
 */
@QuarkusTest
class AnswerResponseJsonTest {
    private static final String[] TEXTS = {
        null,
        "",
        "Проверено",
        "цитата \"в кавычках\" и \\ обратная черта",
        "строка\nс переводом\tи табуляцией",
        "😀 emoji"
    };

    @Inject
    ObjectMapper json;

    /** The application's mapper without the custom serializer: Jackson's record serializer. */
    private ObjectMapper reference() {
        ObjectMapper copy = json.copy();
        copy.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public Object findSerializer(Annotated a) {
                return a.getRawType() == AnswerResponse.class ? null : super.findSerializer(a);
            }
        });
        return copy;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static BigDecimal decimal(Random random) {
        return random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(100_000) - 500, random.nextInt(4));
    }

    /** A criterion's fixed fields, as one answer carries them (the same objects each time it is reused). */
    private static AnswerResponse criterion(Random random) {
        List<Level> levels = new ArrayList<>();
        List<Threshold> thresholds = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            levels.add(new Level(i, pick(random, TEXTS) + " " + i, BigDecimal.valueOf(i)));
            thresholds.add(new Threshold(BigDecimal.valueOf(random.nextInt(100), 1), BigDecimal.valueOf(i)));
        }
        return new AnswerResponse(
                UUID.randomUUID(),
                random.nextInt(30),
                "C." + random.nextInt(100),
                pick(random, CriterionGroup.values()),
                "Критерий \"" + random.nextInt(100) + "\"",
                pick(random, CriterionType.values()),
                decimal(random),
                BigDecimal.valueOf(random.nextInt(3) + 1),
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                levels,
                thresholds,
                random.nextBoolean() ? null : pick(random, Direction.values()),
                pick(random, TEXTS),
                random.nextBoolean() ? null : pick(random, Metric.values()),
                pick(random, TEXTS) == null ? "" : "Как проверить: " + pick(random, TEXTS),
                random.nextBoolean());
    }

    private static AnswerResponse answered(Random random, AnswerResponse c) {
        return new AnswerResponse(
                c.criterionId(),
                c.position(),
                c.code(),
                c.group(),
                c.title(),
                c.type(),
                c.weight(),
                c.maxPoints(),
                random.nextBoolean(),
                random.nextBoolean(),
                pick(random, TEXTS),
                decimal(random),
                decimal(random),
                random.nextBoolean() ? null : "https://vk.com/wall-1_" + random.nextInt(1000),
                pick(random, TEXTS),
                pick(random, TEXTS),
                c.levels(),
                c.thresholds(),
                c.direction(),
                c.unit(),
                c.metric(),
                c.guidance(),
                c.normative());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theBytesAreJacksonsOwn(long seed) throws Exception {
        Random random = new Random(seed);
        ObjectMapper reference = reference();
        List<AnswerResponse> criteria = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            criteria.add(criterion(random));
        }
        for (int round = 0; round < 40; round++) {
            if (random.nextInt(10) == 0) {
                // the same criterion id with other objects (a draft set read anew): written afresh
                int i = random.nextInt(criteria.size());
                AnswerResponse other = criterion(random);
                AnswerResponse old = criteria.get(i);
                criteria.set(
                        i,
                        new AnswerResponse(
                                old.criterionId(),
                                other.position(),
                                other.code(),
                                other.group(),
                                other.title(),
                                other.type(),
                                other.weight(),
                                other.maxPoints(),
                                false,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                other.levels(),
                                other.thresholds(),
                                other.direction(),
                                other.unit(),
                                other.metric(),
                                other.guidance(),
                                other.normative()));
            }
            List<AnswerResponse> answers = new ArrayList<>();
            for (AnswerResponse c : criteria) {
                answers.add(answered(random, c));
            }
            byte[] expected = reference.writeValueAsBytes(answers);
            assertThat(new String(json.writeValueAsBytes(answers), StandardCharsets.UTF_8))
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(json.writeValueAsString(answers.get(0))).isEqualTo(reference.writeValueAsString(answers.get(0)));
        }
    }
}
