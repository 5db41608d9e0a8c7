package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.notification.MailDeliveryTest;
import ru.digitalbridge.notification.NotificationPlanner;
import ru.digitalbridge.outbox.OutboxClock;
import ru.digitalbridge.outbox.OutboxWorker;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Api;
import ru.digitalbridge.support.Mailbox;

/**
 * Learners linked to an organisation are told, by e-mail through a real SMTP server (GreenMail), when an evaluation of
 * its accounts is out for reply, with a link to a page they can open (their training cabinet), not the representative's
 * page they cannot. A learner who is also the organisation's representative gets the representative's notice only; a
 * learner of another organisation gets nothing.
 */
@QuarkusTest
@TestProfile(MailDeliveryTest.WithSmtp.class)
class LearnerReplyWindowMailTest {
    @Inject
    EvaluationTestData data;

    @Inject
    NotificationPlanner planner;

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
    void aLearnerLinkedToTheOrganisationIsToldWhenTheReplyWindowOpensWithALinkTheyCanOpen() throws Exception {
        Scenario s = data.scenario("REPLY", false);
        Training.Person trainer = Training.person(Role.TRAINER);
        String cohort = Training.cohort(Training.approvedProgramme(3), trainer, null, false, false);

        String learnerEmail = "learner-" + Api.unique() + "@bridge.test";
        Api.createUser(learnerEmail, List.of(Role.LEARNER), null);
        Training.enrol(trainer, cohort, linked(learnerEmail, s.organization().toString()));

        String representativeEmail = "rep-learner-" + Api.unique() + "@bridge.test";
        Api.createUser(representativeEmail, List.of(Role.REPRESENTATIVE, Role.LEARNER), s.organization());
        Training.enrol(
                trainer, cohort, linked(representativeEmail, s.organization().toString()));

        String elsewhereEmail = "learner-" + Api.unique() + "@bridge.test";
        Api.createUser(elsewhereEmail, List.of(Role.LEARNER), null);
        Training.enrol(
                trainer,
                cohort,
                linked(elsewhereEmail, data.organization("EDUCATION").toString()));

        for (int round = 0; round < 50 && planner.plan() != 0; round++) {
            // each rule queues a bounded number per round; the test database holds other tests' campaigns too
        }
        Mailbox.deliverUntil(
                worker,
                clock,
                () -> !to(learnerEmail).isEmpty() && !to(representativeEmail).isEmpty());

        List<MimeMessage> toLearner = to(learnerEmail);
        assertThat(toLearner)
                .extracting(m -> m.getSubject() + " " + Arrays.toString(m.getHeader("X-Bridge-Notification")))
                .hasSize(1);
        MimeMessage mail = toLearner.get(0);
        assertThat(mail.getHeader("X-Bridge-Notification")).containsExactly("LEARNER_REPLY_WINDOW_OPENED");
        assertThat(mail.getSubject()).startsWith("Оценка аккаунта вашей организации: Аккаунт оценки");
        String text = part(mail, "text/plain");
        assertThat(text)
                .contains("https://bridge.test/my/training")
                .contains("Возражения подают представители организации")
                .doesNotContain("/my/organization/evaluations/");
        assertThat(part(mail, "text/html")).contains("href=\"https://bridge.test/my/training\"");

        // the page behind the link opens for the learner
        Api.anonymous()
                .header("Authorization", "Bearer " + Api.login(learnerEmail, Api.PASSWORD))
                .get("/api/v1/training/me")
                .then()
                .statusCode(200);

        // the representative who is also a learner: the representative's notice only, to the evaluation's page
        List<MimeMessage> representative = to(representativeEmail);
        assertThat(representative).hasSize(1);
        assertThat(representative.get(0).getHeader("X-Bridge-Notification")).containsExactly("REPLY_WINDOW_OPENED");
        assertThat(part(representative.get(0), "text/plain"))
                .contains("https://bridge.test/my/organization/evaluations/" + s.primary());

        assertThat(to(elsewhereEmail)).isEmpty();
    }

    private static Map<String, Object> linked(String email, String organization) {
        Map<String, Object> learner = Training.learnerBody(email);
        learner.put("volunteer", false);
        learner.put("organizationId", organization);
        return learner;
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    /** The reply-window notices to one address (a cohort that issues automatically also mails its certificates). */
    private List<MimeMessage> to(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        String[] kind = m.getHeader("X-Bridge-Notification");
                        return kind != null
                                && kind[0].contains("REPLY_WINDOW")
                                && Arrays.stream(m.getAllRecipients())
                                        .anyMatch(a -> a.toString().equals(email));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
