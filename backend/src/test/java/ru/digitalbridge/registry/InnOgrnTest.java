package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InnOgrnTest {

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7736207543", "7736050003", "500100732259", "773370857141"})
    void acceptsValidInn(String inn) {
        assertThat(InnOgrn.checkInn(inn)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083894", "7736207540", "500100732258", "500100732269", "1234567890", "123456789012"})
    void refusesInnWithWrongCheckDigit(String inn) {
        assertThat(InnOgrn.checkInn(inn)).isEqualTo(InnOgrn.Problem.CHECKSUM);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"770708389", "77070838931", "7707 083893", "77070838a3", "1234567890123", "７７０７０８３８９３"})
    void refusesInnOfWrongShape(String inn) {
        assertThat(InnOgrn.checkInn(inn)).isEqualTo(InnOgrn.Problem.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700132195", "1027700229193", "1027700070518", "304500116000157"})
    void acceptsValidOgrn(String ogrn) {
        assertThat(InnOgrn.checkOgrn(ogrn)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700132196", "1027700229190", "304500116000158"})
    void refusesOgrnWithWrongCheckDigit(String ogrn) {
        assertThat(InnOgrn.checkOgrn(ogrn)).isEqualTo(InnOgrn.Problem.CHECKSUM);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"102770013219", "10277001321955", "1027700132195 ", "30450011600015x", "3045001160001570"})
    void refusesOgrnOfWrongShape(String ogrn) {
        assertThat(InnOgrn.checkOgrn(ogrn)).isEqualTo(InnOgrn.Problem.LENGTH);
    }

    /** Any number completed with its check digits is valid; any other final digit is not. */
    @Test
    void checkDigitsAreUniqueForRandomNumbers() {
        Random random = new Random(64L);
        for (int i = 0; i < 5000; i++) {
            String inn10 = completeInn10(digits(random, 9));
            String inn12 = completeInn12(digits(random, 10));
            String ogrn = completeOgrn(digits(random, 12), 11);
            String ogrnip = completeOgrn(digits(random, 14), 13);
            assertThat(InnOgrn.isValidInn(inn10)).as(inn10).isTrue();
            assertThat(InnOgrn.isValidInn(inn12)).as(inn12).isTrue();
            assertThat(InnOgrn.isValidOgrn(ogrn)).as(ogrn).isTrue();
            assertThat(InnOgrn.isValidOgrn(ogrnip)).as(ogrnip).isTrue();
            assertThat(InnOgrn.isValidInn(otherLastDigit(random, inn10))).isFalse();
            assertThat(InnOgrn.isValidInn(otherLastDigit(random, inn12))).isFalse();
            assertThat(InnOgrn.isValidOgrn(otherLastDigit(random, ogrn))).isFalse();
            assertThat(InnOgrn.isValidOgrn(otherLastDigit(random, ogrnip))).isFalse();
            assertThat(InnOgrn.isValidInn(ogrn)).isFalse();
            assertThat(InnOgrn.isValidOgrn(inn10)).isFalse();
        }
    }

    private static String digits(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }

    private static String otherLastDigit(Random random, String number) {
        int last = number.charAt(number.length() - 1) - '0';
        int other = (last + 1 + random.nextInt(9)) % 10;
        return number.substring(0, number.length() - 1) + other;
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }

    private static String completeInn10(String nine) {
        return nine + check(nine, new int[] {2, 4, 10, 3, 5, 9, 4, 6, 8});
    }

    private static String completeInn12(String ten) {
        String eleven = ten + check(ten, new int[] {7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
        return eleven + check(eleven, new int[] {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
    }

    private static String completeOgrn(String body, int modulus) {
        return body + (Long.parseLong(body) % modulus % 10);
    }
}
