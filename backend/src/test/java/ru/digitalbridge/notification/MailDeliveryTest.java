package ru.digitalbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.notification.NotificationTestData.message;
import static ru.digitalbridge.notification.NotificationTestData.messagesTo;
import static ru.digitalbridge.notification.NotificationTestData.resetPassword;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.outbox.OutboxClock;
import ru.digitalbridge.outbox.OutboxWorker;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Mailbox;

/**
 * Delivery over SMTP to GreenMail, a real SMTP server inside the test JVM: recipients, subject, both bodies with the
 * link, headers; a message the server cannot take is logged, kept PENDING with the error and retried by the outbox
 * after its back-off (the outbox's clock is moved forward), then sent.
 */
@QuarkusTest
@TestProfile(MailDeliveryTest.WithSmtp.class)
public class MailDeliveryTest {
    static final int PORT = freePort();

    /** The SMTP port of this profile, for other tests that use it. */
    public static int port() {
        return PORT;
    }

    public static class WithSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "bridge.mail.smtp-host", "127.0.0.1",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", Integer.toString(PORT),
                    "quarkus.mailer.start-tls", "DISABLED",
                    "quarkus.mailer.from", "Цифровой мост <noreply@bridge.test>");
        }
    }

    @Inject
    EvaluationTestData data;

    @Inject
    OutboxWorker worker;

    @Inject
    OutboxClock clock;

    @Inject
    NotificationPlanner planner;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aMessageIsSentToItsRecipientWithSubjectBodiesLinkAndHeaders() throws Exception {
        Person user = data.person(Role.EXPERT, null);
        String email = email(user);
        resetPassword(user.id());
        assertThat(messagesTo(user.id(), "PASSWORD_CHANGED"))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("status", "PENDING"));

        deliverDue();

        List<MimeMessage> received = to(email);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Пароль изменён");
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly(email);
        assertThat(mail.getFrom()[0].toString()).contains("noreply@bridge.test");
        assertThat(mail.getHeader("X-Bridge-Notification")).containsExactly("PASSWORD_CHANGED");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        var sent = messagesTo(user.id(), "PASSWORD_CHANGED").get(0);
        assertThat(mail.getHeader("X-Bridge-Notification-Id")).containsExactly((String) sent.get("id"));
        assertThat(sent).containsEntry("status", "SENT").containsEntry("attempts", 1);

        Multipart parts = (Multipart) mail.getContent();
        String text = null;
        String html = null;
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
        assertThat(text).contains("https://bridge.test/sign-in").contains("Пароль вашей учётной записи");
        assertThat(html).contains("href=\"https://bridge.test/sign-in\"").contains("<html lang=\"ru\">");

        clock.advance(java.time.Duration.ofHours(1));
        deliverDue();
        assertThat(to(email)).as("sent once").hasSize(1);
    }

    @Test
    void aRefusedDeliveryIsKeptWithTheErrorAndRetriedAfterTheBackOff() {
        Person user = data.person(Role.EXPERT, null);
        String email = email(user);
        smtp.stop();
        resetPassword(user.id());

        deliverDue();
        var failed = messagesTo(user.id(), "PASSWORD_CHANGED").get(0);
        assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(message(failed.get("id")).getString("lastError")).isNotBlank();

        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        deliverDue();
        assertThat(to(email)).as("not retried before the back-off").isEmpty();
        clock.advance(java.time.Duration.ofSeconds(31));
        deliverDue();
        assertThat(to(email)).hasSize(1);
        var sent = message(failed.get("id"));
        assertThat(sent.getString("status")).isEqualTo("SENT");
        assertThat(sent.getInt("attempts")).isEqualTo(2);
        assertThat(sent.getString("lastError")).isNull();
    }

    @Test
    void aSwitchedOffKindIsNeverSentAndTheOthersAre() {
        var scenario = data.scenario("REPLY", false);
        Person quiet = data.person(Role.REPRESENTATIVE, scenario.organization());
        Person told = data.person(Role.REPRESENTATIVE, scenario.organization());
        NotificationTestData.choose(quiet, "ru", List.of("REPLY_WINDOW_OPENED"));
        NotificationTestData.choose(told, "en", List.of());
        for (int round = 0; round < 50 && planner.plan() != 0; round++) {
            // each rule queues a bounded number per round
        }
        // until the told one's message is in: an attempt that failed (a refused SMTP session) is due again only after
        // its back-off, and "until nothing is due" would end without it; then everything due, for the quiet one
        String toldEmail = email(told);
        Mailbox.deliverUntil(worker, clock, () -> !to(toldEmail).isEmpty());
        deliverDue();
        assertThat(to(email(quiet))).isEmpty();
        assertThat(to(email(told)))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Reply window open: "));
    }

    /** Runs the outbox worker until nothing is due. */
    private void deliverDue() {
        for (int round = 0; round < 100 && worker.runOnce() > 0; round++) {
            // another batch may be due
        }
    }

    private static String email(Person person) {
        return ru.digitalbridge.support.Api.asAdmin()
                .get("/api/v1/users/" + person.id())
                .then()
                .extract()
                .path("email");
    }

    private List<MimeMessage> to(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(email));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
