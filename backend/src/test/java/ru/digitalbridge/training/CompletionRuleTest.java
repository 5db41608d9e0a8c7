package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The completion rule without a database: attendance arithmetic at its edges. */
class CompletionRuleTest {

    @ParameterizedTest(name = "{0}% of {1} sessions, present {2}, excused {3} -> {4}")
    @CsvSource({
        "75, 4, 3, 0, true",
        "75, 4, 2, 0, false",
        // 2 of 3 counted sessions = 66.7 %
        "75, 4, 2, 1, false",
        "66, 4, 2, 1, true",
        // exactly the threshold: 3 of 4 = 75 %
        "75, 8, 6, 0, true",
        "75, 8, 5, 0, false",
        "100, 3, 3, 0, true",
        "100, 3, 2, 1, true",
        // nothing to count against: an attendance requirement cannot be met
        "75, 0, 0, 0, false",
        "75, 2, 0, 2, false",
        "1, 200, 2, 0, true",
        "1, 201, 2, 0, false",
    })
    void attendance(int percent, int sessions, int present, int excused, boolean met) {
        var outcome = new CompletionRule(percent, false, false)
                .evaluate(new CompletionRule.Progress(sessions, present, excused, 0, 0, false));
        assertThat(outcome.met()).isEqualTo(met);
        assertThat(outcome.missing()).isEqualTo(met ? List.of() : List.of("ATTENDANCE"));
    }

    @ParameterizedTest(name = "assignments {0}/{1}, test {2}, rule ({3}, {4}) -> {5}")
    @CsvSource({
        "0, 0, false, true, false, ''",
        "1, 2, false, true, false, ASSIGNMENTS",
        "2, 2, false, true, true, FINAL_TEST",
        "2, 2, true, true, true, ''",
        "0, 3, false, true, true, ASSIGNMENTS FINAL_TEST",
        "0, 3, false, false, false, ''",
    })
    void assignmentsAndTest(
            int passed, int required, boolean test, boolean needAssignments, boolean needTest, String missing) {
        var outcome = new CompletionRule(null, needAssignments, needTest)
                .evaluate(new CompletionRule.Progress(0, 0, 0, required, passed, test));
        List<String> expected = missing.isBlank() ? List.of() : Arrays.asList(missing.split(" "));
        assertThat(outcome.missing()).isEqualTo(expected);
        assertThat(outcome.met()).isEqualTo(expected.isEmpty());
    }
}
