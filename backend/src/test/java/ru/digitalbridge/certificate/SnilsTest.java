package ru.digitalbridge.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The СНИЛС checksum and the number format, without a database. */
class SnilsTest {
    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 95", "11223344595", "920-000-003 00", "920-000-004 00", "123-456-789 64"})
    void validNumbersPass(String snils) {
        assertThat(Snils.valid(snils)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 96", "11223344594", "1122334459", "123-456-789 65"})
    void wrongChecksumsOrLengthsFail(String snils) {
        assertThat(Snils.valid(snils)).isFalse();
    }

    @Test
    void numbersAreWrittenInTheDocumentedFormat() {
        assertThat(Numbering.number("ЦМ", 2023, 123)).isEqualTo("ЦМ-2023-000123");
        assertThat(Snils.format("11223344595")).isEqualTo("112-233-445 95");
        assertThat(Numbering.verificationCode()).hasSize(20).isNotEqualTo(Numbering.verificationCode());
    }

    @Test
    void hoursAreCountedInRussian() {
        assertThat(CertificatePdf.hours(36)).isEqualTo("часов");
        assertThat(CertificatePdf.hours(72)).isEqualTo("часа");
        assertThat(CertificatePdf.hours(21)).isEqualTo("час");
        assertThat(CertificatePdf.hours(112)).isEqualTo("часов");
    }
}
