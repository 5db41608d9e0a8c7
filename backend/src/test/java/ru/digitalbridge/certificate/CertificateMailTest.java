package ru.digitalbridge.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.certificate.CertificateTestData.issue;
import static ru.digitalbridge.certificate.CertificateTestData.request;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.notification.MailDeliveryTest;
import ru.digitalbridge.outbox.OutboxClock;
import ru.digitalbridge.outbox.OutboxWorker;
import ru.digitalbridge.support.Mailbox;

/**
 * The notice of issue goes to the learner's e-mail through the outbox to a real SMTP server (GreenMail), in the
 * certificate's language, with the verify link — also when the address is nobody's account.
 */
@QuarkusTest
@TestProfile(MailDeliveryTest.WithSmtp.class)
class CertificateMailTest {
    @Inject
    OutboxWorker worker;

    @Inject
    OutboxClock clock;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(MailDeliveryTest.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theLearnerIsToldOfTheCertificateWithTheVerifyLink() throws Exception {
        Map<String, Object> body = request(2024);
        String email = (String) body.get("email");
        var issued = issue(body);
        Map<String, Object> english = request(2024);
        english.put("language", "en");
        var issuedEn = issue(english);
        Mailbox.deliverUntil(
                worker,
                clock,
                () -> !to(email).isEmpty() && !to((String) english.get("email")).isEmpty());

        List<MimeMessage> received = to(email);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Удостоверение " + issued.getString("number") + " выдано");
        assertThat(mail.getHeader("X-Bridge-Notification")).containsExactly("CERTIFICATE_ISSUED");
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        String text = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                text = (String) parts.getBodyPart(i).getContent();
            }
        }
        assertThat(text).contains("https://bridge.test/verify/" + issued.getString("code"));

        List<MimeMessage> en = to((String) english.get("email"));
        assertThat(en).hasSize(1);
        assertThat(en.get(0).getSubject()).isEqualTo("Certificate " + issuedEn.getString("number") + " issued");
    }

    private List<MimeMessage> to(String email) {
        return Mailbox.to(smtp, email);
    }
}
