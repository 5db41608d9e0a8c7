package ru.digitalbridge.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/integrations.md: a fixed secret, id, timestamp and body and the signature they give. */
class WebhookSignatureTest {
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330L;
    static final String BODY = "{\"test\": 2432232314}";
    static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void theWorkedExampleOfTheDocsHoldsAndIsTheStandardWebhooksTestVector() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, EXPECTED))
                .isTrue();
    }

    @Test
    void anyChangeOfIdTimestampOrBodyBreaksTheSignature() {
        assertThat(WebhookSignature.verify(SECRET, ID + "x", TIMESTAMP, BODY, EXPECTED))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, EXPECTED))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY + " ", EXPECTED))
                .isFalse();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), ID, TIMESTAMP, BODY, EXPECTED))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, null)).isFalse();
    }

    @Test
    void duringARotationTheHeaderCarriesASignatureForEachSecretAndEitherVerifies() {
        String other = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(other, SECRET), ID, TIMESTAMP, BODY);
        assertThat(header.split(" ")).hasSize(2);
        assertThat(header).endsWith(" " + EXPECTED);
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, header)).isTrue();
        assertThat(WebhookSignature.verify(other, ID, TIMESTAMP, BODY, header)).isTrue();
    }
}
