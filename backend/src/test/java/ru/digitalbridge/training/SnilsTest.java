package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnilsTest {

    @ParameterizedTest(name = "{0} is valid: {1}")
    @CsvSource({
        // the worked example of the rule: 1·9+1·8+2·7+2·6+3·5+3·4+4·3+4·2+5·1 = 95
        "112-233-445 95, true",
        "11223344595, true",
        "112 233 445 95, true",
        // one digit changed: the check number no longer matches
        "112-233-445 96, false",
        "112-233-455 95, false",
        // a number whose sum is 100 carries 00
        "911-001-000 00, true",
        "911-001-000 100, false",
        "000-000-000 00, false",
        // too short, letters, empty
        "112-233-445 9, false",
        "abc-def-ghi jk, false",
        "'', false",
        // numbers up to 001-001-998 predate the rule and are refused
        "001-001-998 00, false",
    })
    void checksum(String input, boolean valid) {
        assertThat(Snils.normalise(input).isPresent()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "check number of {0} is {1}")
    @CsvSource({
        "112233445, 95",
        // sum 99 stays 99
        "911000100, 99",
        // sum exactly 100: 9·9 + 8·1 + 7·1 + 4·1 = 100 -> 00
        "911001000, 0",
        // sum 101: 9·9 + 8·1 + 7·1 + 5·1 = 101 -> 00
        "911010000, 0",
        // sum above 101: 9·9 + 8·9 = 153 -> 153 mod 101 = 52
        "990000000, 52",
        // sum 201: 9·9+8·9+7·6 = 81+72+42 = 195; plus 6·1 = 201 -> 201 mod 101 = 100 -> 00
        "996100000, 0",
    })
    void checkNumber(String nine, int expected) {
        assertThat(Snils.checkNumber(nine)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void formatsAndMasks() {
        assertThat(Snils.format("11223344595")).isEqualTo("112-233-445 95");
        assertThat(Snils.mask("11223344595")).isEqualTo("***-***-*** 95");
    }
}
