package ru.digitalbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdsTest {

    @ParameterizedTest
    // published identifiers of well-known companies
    @CsvSource({"770708389,7707083893", "773605000,7736050003", "773620754,7736207543"})
    void innGetsItsCheckDigit(String firstNine, String inn) {
        assertThat(TaxIds.inn(firstNine)).isEqualTo(inn);
    }

    @ParameterizedTest
    @CsvSource({"102770013219,1027700132195", "102770007051,1027700070518", "102770022919,1027700229193"})
    void ogrnGetsItsCheckDigit(String firstTwelve, String ogrn) {
        assertThat(TaxIds.ogrn(firstTwelve)).isEqualTo(ogrn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567890", "12345678a"})
    void innRefusesAnythingButNineDigits(String firstNine) {
        assertThatThrownBy(() -> TaxIds.inn(firstNine)).isInstanceOf(IllegalArgumentException.class);
    }
}
