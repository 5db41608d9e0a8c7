package ru.digitalbridge.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The number format, the verification code and the Russian plural of hours, without a database. */
class CertificateFormatsTest {
    @Test
    void numbersAreWrittenInTheDocumentedFormat() {
        assertThat(Numbering.number("ЦМ", 2023, 123)).isEqualTo("ЦМ-2023-000123");
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
