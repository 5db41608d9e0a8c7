package ru.digitalbridge.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.bulletin.BulletinCompiler.Answer;

/**
 * The compiler reads a published evaluation's answers token by token; what it builds must be what it built when each
 * answer was first read into a {@code Map<String, Object>} (the reference below): same codes, same decimals (scale
 * included: a JSON {@code 1.0} is {@code 1.0}, {@code 0.0001} goes through a double as before), same recommendations,
 * not-applicable answers left out. Seeded random arrays in the shape the database gives (jsonb's number texts, nulls,
 * missing keys, Cyrillic and escaped text).
 */
class BulletinAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NUMBERS = {
        "0",
        "1",
        "2",
        "10",
        "-1",
        "0.5",
        "1.0",
        "2.25",
        "0.0001",
        "0.1",
        "100.00",
        "12345678901",
        "99999999999999999999",
        "3.14159265358979323846",
        "1e2",
        "null"
    };
    private static final String[] TEXTS = {
        "\"\"", "\"Опубликуйте контакты\"", "\"line\\nbreak \\\"quoted\\\" \\u00e9\"", "null", "\"  \"", "17", "true"
    };

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void tokenReadingGivesWhatTheMapReadingGave(long seed) throws Exception {
        Random random = new Random(seed);
        BulletinCompiler compiler = new BulletinCompiler(null, JSON, null, null);
        for (int round = 0; round < 200; round++) {
            String text = answers(random);
            assertThat(compiler.answers(text, new BulletinCompiler.Shared()))
                    .as(text)
                    .isEqualTo(reference(text));
            assertThat(scales(compiler.answers(text, new BulletinCompiler.Shared())))
                    .as(text)
                    .isEqualTo(scales(reference(text)));
        }
        assertThat(compiler.answers(null, new BulletinCompiler.Shared())).isEmpty();
        assertThat(compiler.answers("[]", new BulletinCompiler.Shared())).isEmpty();
    }

    private static String answers(Random random) {
        StringJoiner array = new StringJoiner(", ", "[", "]");
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            StringJoiner answer = new StringJoiner(", ", "{", "}");
            if (random.nextInt(10) > 0) {
                answer.add("\"code\": " + (random.nextInt(8) == 0 ? "null" : "\"C" + random.nextInt(30) + "\""));
            }
            answer.add("\"points\": " + NUMBERS[random.nextInt(NUMBERS.length)]);
            answer.add("\"maxPoints\": " + NUMBERS[random.nextInt(NUMBERS.length)]);
            answer.add("\"recommendation\": " + TEXTS[random.nextInt(TEXTS.length)]);
            int na = random.nextInt(4);
            if (na < 3) {
                answer.add("\"notApplicable\": " + (na == 0 ? "true" : na == 1 ? "false" : "null"));
            }
            array.add(answer.toString());
        }
        return array.toString();
    }

    /** How the compiler read answers before: each one a map, values as Jackson's untyped reading gives them. */
    private static List<Answer> reference(String text) throws Exception {
        List<Map<String, Object>> raw = JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() {});
        List<Answer> out = new ArrayList<>();
        for (Map<String, Object> a : raw) {
            if (Boolean.TRUE.equals(a.get("notApplicable"))) {
                continue;
            }
            out.add(new Answer(
                    String.valueOf(a.get("code")),
                    decimal(a.get("points")),
                    decimal(a.get("maxPoints")),
                    a.get("recommendation") == null ? null : String.valueOf(a.get("recommendation"))));
        }
        return out;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    /** BigDecimal's equals compares scales too, but say it outright: the published texts print these numbers. */
    private static List<String> scales(List<Answer> answers) {
        return answers.stream().map(a -> a.points() + "/" + a.maxPoints()).toList();
    }
}
