package ru.digitalbridge.bulletin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.digitalbridge.support.Api.anonymous;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.notification.MailDeliveryTest;
import ru.digitalbridge.outbox.OutboxClock;
import ru.digitalbridge.outbox.OutboxWorker;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Api;

/**
 * Subscriptions and delivery through HTTP on PostgreSQL, with GreenMail as the SMTP server: double opt-in (nothing
 * before confirmation, an expired link is a problem), RFC 8058 headers and the one-click POST honoured at once,
 * export and wipe, personal sections only to their organisation's people (one message per address whatever its
 * roles), no duplicates when a worker dies holding claims or the delivery is started again, pacing per second of the
 * outbox clock, and who may call the editorial endpoints.
 */
@QuarkusTest
@TestProfile(MailDeliveryTest.WithSmtp.class)
class BulletinDeliveryTest {
    private static final Pattern CONFIRM = Pattern.compile("/bulletins/confirm\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern MANAGE = Pattern.compile("/bulletins/preferences\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern ONE_CLICK =
            Pattern.compile("<(https://bridge\\.test/api/v1/bulletins/unsubscribe\\?token=([^>]+))>");

    @Inject
    EvaluationTestData data;

    @Inject
    OutboxWorker worker;

    @Inject
    OutboxClock clock;

    @Inject
    DeliveryConfig config;

    @Inject
    Sql db;

    @ConfigProperty(name = "bridge.outbox.concurrency")
    int concurrency;

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

    // ---------------------------------------------------------------- subscriptions

    @Test
    void doubleOptInOneClickUnsubscribeExportAndWipe() throws Exception {
        Team team = team();
        String email = "Reader-" + Api.unique() + "@Example.org";
        String normalised = email.toLowerCase();
        subscribe(email, "en").then().statusCode(202);
        // the same answer for an address already known, and no second confirmation mail at once
        subscribe(email, "en").then().statusCode(202);
        // until it is in (a failed SMTP attempt is due again only after its back-off), then whatever else is due
        awaitMail(normalised);
        drain();
        List<MimeMessage> confirmation = to(normalised);
        assertThat(confirmation).hasSize(1);
        assertThat(confirmation.get(0).getSubject()).contains("Confirm your subscription");
        String text = text(confirmation.get(0));
        String confirmToken = find(CONFIRM, text);
        String manageToken = find(MANAGE, text);

        // unconfirmed: a published issue does not reach the address
        String first = publish(team, "Первый выпуск " + Api.unique());
        drain();
        assertThat(to(normalised)).hasSize(1);

        anonymous()
                .body(Map.of("token", confirmToken))
                .post("/api/v1/bulletins/subscriptions/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("email", equalTo("r***@example.org"));
        // the confirmation link is single-use
        anonymous()
                .body(Map.of("token", confirmToken))
                .post("/api/v1/bulletins/subscriptions/confirm")
                .then()
                .statusCode(404);

        String second = publish(team, "Второй выпуск " + Api.unique());
        drain();
        List<MimeMessage> received = to(normalised);
        assertThat(received).hasSize(2);
        MimeMessage issue = received.get(1);
        assertThat(issue.getSubject()).contains("Второй выпуск");
        assertThat(issue.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        // a re-send after a crash carries the same Message-ID: it is derived from the message, not from the attempt
        String messageId = issue.getHeader("X-Bridge-Bulletin-Message")[0].trim();
        assertThat(issue.getMessageID()).matches("<bulletin\\." + Pattern.quote(messageId) + "@[^>\\s]+>");
        String listUnsubscribe = issue.getHeader("List-Unsubscribe")[0].replaceAll("\\r?\\n[ \\t]+", " ");
        Matcher oneClick = ONE_CLICK.matcher(listUnsubscribe);
        assertThat(oneClick.find()).as(listUnsubscribe).isTrue();
        assertThat(text(issue))
                .contains("https://bridge.test/bulletins/unsubscribe?token=" + oneClick.group(2))
                .contains("https://bridge.test/bulletins/preferences?token=" + manageToken);

        // a GET of the link (a mail scanner) changes nothing
        RestAssured.given()
                .get(oneClick.group(1).replace("https://bridge.test", ""))
                .then()
                .statusCode(200)
                .body("page", equalTo("https://bridge.test/bulletins/unsubscribe?token=" + oneClick.group(2)));
        preferences(manageToken).then().statusCode(200).body("status", equalTo("CONFIRMED"));

        // RFC 8058: the POST a mail client makes, without credentials, cookies or anything else
        RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click")
                .post(oneClick.group(1).replace("https://bridge.test", ""))
                .then()
                .statusCode(200)
                .body("done", equalTo(true));
        preferences(manageToken).then().statusCode(200).body("status", equalTo("UNSUBSCRIBED"));
        assertThat(report(team, second).getInt("revisions[0].unsubscribed")).isEqualTo(1);

        // honoured at once: the next issue does not come
        publish(team, "Третий выпуск " + Api.unique());
        drain();
        assertThat(to(normalised)).hasSize(2);

        // export: everything stored, as JSON
        JsonPath export = anonymous()
                .get("/api/v1/bulletins/subscriptions/export?token=" + manageToken)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(export.getString("email")).isEqualTo(normalised);
        assertThat(export.getList("series", String.class)).containsExactly("main");
        assertThat(export.getString("language")).isEqualTo("en");
        assertThat(export.getList("messages.kind", String.class)).containsExactly("CONFIRM", "ISSUE");
        assertThat(export.getString("messages[1].issueId")).isEqualTo(second);

        // wipe: the row is gone, the address erased from the messages, the counts stay
        long sentBefore = report(team, second).getLong("revisions[0].sent");
        anonymous()
                .delete("/api/v1/bulletins/subscriptions?token=" + manageToken)
                .then()
                .statusCode(204);
        preferences(manageToken).then().statusCode(404);
        String hash = Addresses.hash(normalised);
        assertThat(data.count("select count(*) from bulletin_subscriber where email_hash = ?", hash))
                .isZero();
        assertThat(data.count(
                        "select count(*) from bulletin_message where address_hash = ? or address = ?",
                        hash,
                        normalised))
                .isZero();
        assertThat(report(team, second).getLong("revisions[0].sent")).isEqualTo(sentBefore);
        assertThat(report(team, first).getInt("revisions[0].recipients")).isNotNegative();
    }

    @Test
    void anExpiredConfirmationLinkIsAProblemAndTheSubscriberGetsNothing() throws Exception {
        String email = "late-" + Api.unique() + "@example.net";
        subscribe(email, "ru").then().statusCode(202);
        String token = find(CONFIRM, text(awaitMail(email)));
        assertThat(to(email).get(0).getSubject()).contains("Подтвердите подписку");
        clock.advance(config.confirmWithin().plusMinutes(1));
        anonymous()
                .header("Accept-Language", "en")
                .body(Map.of("token", token))
                .post("/api/v1/bulletins/subscriptions/confirm")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/bulletin-confirmation-expired"))
                .body("title", equalTo("The confirmation link has expired"));
        assertThat(data.count(
                        "select count(*) from bulletin_subscriber where email_hash = ? and status = 'PENDING'",
                        Addresses.hash(email)))
                .isEqualTo(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndWritesNothing() {
        String email = "bad-" + Api.unique();
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("series", List.of("main", "no-such-series"));
        anonymous()
                .header("X-Forwarded-For", Api.uniqueAddress())
                .body(body)
                .post("/api/v1/bulletins/subscriptions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("email"))
                .body("violations.field", hasItem("series[1]"));
        body.put("email", "ok-" + Api.unique() + "@example.org\u0000");
        body.put("series", List.of("main"));
        anonymous()
                .header("X-Forwarded-For", Api.uniqueAddress())
                .body(body)
                .post("/api/v1/bulletins/subscriptions")
                .then()
                .statusCode(400);
        body.put("email", "ok-" + Api.unique() + "@exam\u202Eple.org");
        anonymous()
                .header("X-Forwarded-For", Api.uniqueAddress())
                .body(body)
                .post("/api/v1/bulletins/subscriptions")
                .then()
                .statusCode(400);
        body.put("email", "ok@example.org");
        body.put("language", "de");
        anonymous()
                .header("X-Forwarded-For", Api.uniqueAddress())
                .body(body)
                .post("/api/v1/bulletins/subscriptions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("language"));
        assertThat(data.count("select count(*) from bulletin_subscriber where email like ?", "bad-%"))
                .isZero();
        anonymous()
                .get("/api/v1/bulletins/subscriptions/preferences?token=not-a-token")
                .then()
                .statusCode(404);
        RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/bulletins/unsubscribe?token=" + UUID.randomUUID() + ".forged")
                .then()
                .statusCode(404);
    }

    @Test
    void subscribingIsThrottledPerClientAddress() {
        String address = Api.uniqueAddress();
        for (int i = 0; i < config.subscribesPerHour(); i++) {
            anonymous()
                    .header("X-Forwarded-For", address)
                    .body(Map.of("email", "many-" + Api.unique() + "@example.org", "series", List.of("main")))
                    .post("/api/v1/bulletins/subscriptions")
                    .then()
                    .statusCode(202);
        }
        anonymous()
                .header("X-Forwarded-For", address)
                .body(Map.of("email", "many-" + Api.unique() + "@example.org", "series", List.of("main")))
                .post("/api/v1/bulletins/subscriptions")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("/problems/too-many-subscriptions"));
    }

    @Test
    void concurrentSubscribesOfANewAddressAllAnswerTheSameAndCreateOneSubscriber() throws Exception {
        // a double-clicked form: every request but the one whose insert won used to try to mail its own,
        // never-inserted subscriber id (foreign-key violation, 500)
        String email = "race-" + Api.unique() + "@example.org";
        int parallel = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < parallel; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return anonymous()
                            .header("X-Forwarded-For", Api.uniqueAddress())
                            .body(Map.of("email", email, "series", List.of("main")))
                            .post("/api/v1/bulletins/subscriptions")
                            .then()
                            .extract()
                            .statusCode();
                }));
            }
            start.countDown();
            var codes = new ArrayList<Integer>();
            for (var future : futures) {
                codes.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(codes).containsOnly(202);
        } finally {
            pool.shutdownNow();
        }
        assertThat(data.count("select count(*) from bulletin_subscriber where email = ?", email))
                .isEqualTo(1);
    }

    @Test
    void concurrentReplacementsOfOnesOrganisationChoiceLeaveOneOfThemNotTheirUnion() throws Exception {
        // each request deleted the choices its snapshot saw and inserted its own: choices another request inserted
        // meanwhile survived, so the stored choice was the union of several requests (or a 409 on a shared one)
        List<UUID> organizations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            organizations.add(data.organization("EDUCATION"));
        }
        for (int round = 0; round < 3; round++) {
            Person chooser = data.person(Role.EXPERT, null);
            int parallel = 8;
            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
            try {
                var futures = new ArrayList<java.util.concurrent.Future<Integer>>();
                for (int i = 0; i < parallel; i++) {
                    List<UUID> chosen = List.of(organizations.get(i), organizations.get((i + 1) % parallel));
                    futures.add(pool.submit(() -> {
                        start.await();
                        return chooser.api()
                                .body(Map.of("organizations", chosen, "receive", true))
                                .put("/api/v1/me/bulletin-settings")
                                .then()
                                .extract()
                                .statusCode();
                    }));
                }
                start.countDown();
                for (var future : futures) {
                    assertThat(future.get(60, java.util.concurrent.TimeUnit.SECONDS))
                            .isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(chooser.api()
                            .get("/api/v1/me/bulletin-settings")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("organizations"))
                    .hasSize(2);
        }
    }

    // ---------------------------------------------------------------- recipients and delivery

    @Test
    void personalSectionsReachOnlyTheirOrganisationsPeopleInOneMessageEach() throws Exception {
        Team team = team();
        UUID a = data.organization("EDUCATION");
        UUID b = data.organization("HEALTH");
        Person repA = data.person(Role.REPRESENTATIVE, a);
        String repAEmail = email(repA);
        // the representative is also a learner of A (same address, another case): one message
        learner(repAEmail.toUpperCase(), a);
        String learnerA = "learner-" + Api.unique() + "@example.org";
        learner(learnerA, a);
        Person chooserB = data.person(Role.EXPERT, null);
        chooserB.api()
                .body(Map.of("organizations", List.of(b), "receive", true))
                .put("/api/v1/me/bulletin-settings")
                .then()
                .statusCode(200)
                .body("organizations", equalTo(List.of(b.toString())));
        // a representative may not choose a stranger's organisation
        repA.api()
                .body(Map.of("organizations", List.of(b), "receive", true))
                .put("/api/v1/me/bulletin-settings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("organizations[0]"));
        String subscriber = confirmedSubscriber();

        String secretA = "Секрет организации A " + Api.unique();
        String secretB = "Секрет организации B " + Api.unique();
        String issue = publish(team, "Выпуск с разделами " + Api.unique(), Map.of(a, secretA, b, secretB));
        drain();

        assertThat(issueMails(repAEmail)).hasSize(1);
        assertThat(text(issueMails(repAEmail).get(0))).contains(secretA).doesNotContain(secretB);
        assertThat(issueMails(learnerA)).hasSize(1);
        assertThat(text(issueMails(learnerA).get(0))).contains(secretA).doesNotContain(secretB);
        String chooser = email(chooserB);
        assertThat(issueMails(chooser)).hasSize(1);
        assertThat(text(issueMails(chooser).get(0))).contains(secretB).doesNotContain(secretA);
        List<MimeMessage> pub = issueMails(subscriber);
        assertThat(pub).hasSize(1);
        assertThat(text(pub.get(0))).doesNotContain(secretA).doesNotContain(secretB);
        assertThat(report(team, issue).getInt("revisions[0].recipients")).isGreaterThanOrEqualTo(4);

        // starting again (an editor, a retried event) adds nobody
        team.editor()
                .api()
                .body(Map.of())
                .post("/api/v1/bulletins/issues/" + issue + "/deliveries")
                .then()
                .statusCode(202);
        drain();
        assertThat(issueMails(repAEmail)).hasSize(1);
        assertThat(issueMails(subscriber)).hasSize(1);

        // the editor's test send goes to the editor only, with the chosen section
        team.editor()
                .api()
                .body(Map.of("organization", a))
                .post("/api/v1/bulletins/issues/" + issue + "/test-send")
                .then()
                .statusCode(202)
                .body("revision", equalTo(1));
        drain();
        List<MimeMessage> test = issueMails(email(team.editor()));
        assertThat(test).hasSize(1);
        assertThat(text(test.get(0))).contains(secretA);
        assertThat(issueMails(repAEmail)).hasSize(1);
    }

    @Test
    void aWorkerThatDiesHoldingClaimsCausesNoDuplicateAndLosesNothing() throws Exception {
        Team team = team();
        List<String> readers = new ArrayList<>();
        for (int i = 0; i < 3 * config.rate() / 2; i++) {
            readers.add(confirmedSubscriber());
        }
        drain();
        String issue = publish(team, "Выпуск при сбое " + Api.unique());
        // the fan-out (the publication event) runs in its own window and queues one message per reader
        clock.advance(Duration.ofSeconds(2));
        worker.runOnce();
        long queued =
                data.count("select count(*) from bulletin_message where kind = 'ISSUE' and issue_id = ?::uuid", issue);
        assertThat(queued).isGreaterThanOrEqualTo(readers.size());

        // pacing: one window of the outbox clock makes at most `rate` attempts (one of which may have been refused by
        // the SMTP server, and waits for its retry)
        clock.advance(Duration.ofSeconds(2));
        worker.runOnce();
        assertThat(attemptedOf(issue)).isEqualTo(config.rate());
        long sentInWindow = sentOf(issue);
        assertThat(sentInWindow).isPositive().isLessThanOrEqualTo(config.rate());

        // a worker claims the rest and dies before sending (its lease keeps them from others until it ends)
        long held = db.one("""
                        with held as (
                            update outbox_delivery d set status = 'SENDING', attempts = d.attempts + 1,
                                   due_at = ?, claimed_by = 'dead-worker'
                              from bulletin_message m
                             where m.id::text = d.target and d.channel = 'bulletin' and m.issue_id = ?::uuid
                               and d.status = 'PENDING'
                            returning d.id)
                        select count(*) from held
                        """, rs -> rs.getLong(1), clock.now().plusMinutes(2), issue)
                .orElse(0L);
        assertThat(held).isPositive();
        clock.advance(Duration.ofSeconds(2));
        worker.runOnce();
        assertThat(sentOf(issue)).as("leased to the dead worker").isEqualTo(sentInWindow);
        // a restart: the editor starts the delivery again; nothing new is queued
        team.editor()
                .api()
                .body(Map.of("revision", 1))
                .post("/api/v1/bulletins/issues/" + issue + "/deliveries")
                .then()
                .statusCode(202)
                .body("revisions[0].recipients", equalTo((int) queued));

        // after the lease, the next workers take the held messages
        clock.advance(Duration.ofMinutes(3));
        drain();
        for (String reader : readers) {
            assertThat(issueMails(reader)).as(reader).hasSize(1);
        }
        JsonPath report = report(team, issue);
        assertThat(report.getLong("revisions[0].sent")).isEqualTo(queued);
        assertThat(report.getLong("revisions[0].pending")).isZero();
        assertThat(data.count(
                        "select count(*) from bulletin_message where issue_id = ?::uuid and address is not null",
                        issue))
                .as("addresses are forgotten once sent")
                .isZero();
    }

    /**
     * The window a crash can re-send: while a delivery is in progress, every message the SMTP server has taken has its
     * outcome committed, but for at most one message per sender thread (the one between the server's answer and its
     * commit). Checked by the server itself each time a message arrives, before it answers, from its own connection to
     * the database: of the bulletin messages it took before, at most {@code concurrency - 1} may still be unrecorded
     * (the arriving message's thread recorded its previous one before taking this one). Outcomes recorded for a
     * claimed batch at once would leave up to the whole batch ({@code rate} messages here) unrecorded.
     */
    @Test
    void everyMessageTheServerTookHasItsOutcomeCommittedButOnePerSenderThread() throws Exception {
        assertThat(config.rate())
                .as("a paced batch must be larger than the threads, or batched recording would go unseen")
                .isGreaterThanOrEqualTo(concurrency + 2);
        Team team = team();
        UUID organization = data.organization("EDUCATION");
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 2 * config.rate() + 3; i++) {
            String email = "window-" + i + "-" + Api.unique() + "@example.org";
            learner(email, organization);
            learners.add(email);
        }
        List<UUID> taken = new CopyOnWriteArrayList<>();
        List<String> violations = new CopyOnWriteArrayList<>();
        AtomicInteger widest = new AtomicInteger();
        MessageDeliveryHandler store = smtp.getUserManager().getMessageDeliveryHandler();
        smtp.getUserManager().setMessageDeliveryHandler((message, address) -> {
            String[] header = message.getMessage().getHeader("X-Bridge-Bulletin-Message");
            if (header != null) {
                UUID id = UUID.fromString(header[0].trim());
                if (!taken.contains(id)) {
                    List<UUID> before = List.copyOf(taken);
                    long recorded = db.count(
                            "select count(*) from bulletin_message where id = any(?) and status <> 'PENDING'",
                            (Object) Sql.uuids(before));
                    int unrecorded = before.size() - (int) recorded;
                    widest.accumulateAndGet(unrecorded, Math::max);
                    if (unrecorded > concurrency - 1) {
                        violations.add(unrecorded + " of " + before.size() + " taken messages unrecorded at " + id);
                    }
                    taken.add(id);
                }
            }
            return store.handle(message, address);
        });

        String issue = publish(team, "Окно сбоя " + Api.unique(), Map.of(organization, "Раздел " + Api.unique()));
        drain();

        for (String learner : learners) {
            assertThat(issueMails(learner)).as(learner).hasSize(1);
        }
        assertThat(taken).hasSizeGreaterThanOrEqualTo(learners.size());
        assertThat(violations).isEmpty();
        assertThat(widest.get()).isLessThanOrEqualTo(concurrency - 1);
        // the confirmed subscribers of the series (other tests') get the issue too: everyone queued is sent
        JsonPath report = report(team, issue);
        assertThat(report.getLong("revisions[0].sent"))
                .isEqualTo(report.getLong("revisions[0].recipients"))
                .isGreaterThanOrEqualTo(learners.size());
    }

    @Test
    void editorialEndpointsNeedACoordinatorOrAdministrator() {
        Team team = team();
        String issue = publish(team, "Права " + Api.unique());
        String path = "/api/v1/bulletins/issues/" + issue;
        anonymous().get(path + "/deliveries").then().statusCode(401);
        anonymous().body(Map.of()).post(path + "/deliveries").then().statusCode(401);
        anonymous().body(Map.of()).post(path + "/test-send").then().statusCode(401);
        for (Role role : List.of(Role.EXPERT, Role.REPRESENTATIVE, Role.LEARNER)) {
            Api.as(role).get(path + "/deliveries").then().statusCode(403);
            Api.as(role).body(Map.of()).post(path + "/deliveries").then().statusCode(403);
            Api.as(role).body(Map.of()).post(path + "/test-send").then().statusCode(403);
        }
        anonymous().get("/api/v1/me/bulletin-settings").then().statusCode(401);
        team.editor().api().get(path + "/deliveries").then().statusCode(200);
        Api.asAdmin().get(path + "/deliveries").then().statusCode(200);
        team.editor()
                .api()
                .get("/api/v1/bulletins/issues/" + UUID.randomUUID() + "/deliveries")
                .then()
                .statusCode(404);
    }

    /**
     * An issue's e-mail is wholly in the issue's language (subject, labels, personal section, unsubscribe and
     * preferences texts), whatever language its recipient chose: Russian and English subscribers get the same
     * letter of an English issue, and a Russian issue stays Russian for an English subscriber.
     */
    @Test
    void anIssueMailIsInTheIssuesLanguageWhateverTheRecipientsLanguage() throws Exception {
        Team team = team();
        UUID organization = data.organization("EDUCATION");
        String representative = email(data.person(Role.REPRESENTATIVE, organization));
        String russian = confirmedSubscriber("ru");
        String english = confirmedSubscriber("en");

        String title = "Spring review " + Api.unique();
        String secret = "Pin the reception phone " + Api.unique();
        publish(team, title, Map.of(organization, secret), "en");
        drain();
        MimeMessage toRussian = single(issueMails(russian), title);
        MimeMessage toEnglish = single(issueMails(english), title);
        assertThat(toRussian.getSubject())
                .isEqualTo(toEnglish.getSubject())
                .startsWith("Digital Bridge: bulletin of recommendations — Issue No. ")
                .endsWith(title);
        // the same letter but for each recipient's own unsubscribe and preferences tokens
        assertThat(tokensOut(text(toRussian))).isEqualTo(tokensOut(text(toEnglish)));
        assertThat(tokensOut(html(toRussian))).isEqualTo(tokensOut(html(toEnglish)));
        assertThat(text(toRussian))
                .contains("Period: ", "Read the issue online", "Unsubscribe", "Subscription preferences")
                .doesNotContain("Выпуск", "Период", "Отписаться", "Настройки подписки", "Цифровой мост");
        assertThat(html(toRussian)).contains("<html lang=\"en\"");
        // the organisation's people (notification language Russian by default) get the section in English too
        String withSection = text(single(issueMails(representative), title));
        assertThat(withSection)
                .contains(secret, "SECTION FOR THE ORGANISATION", "Unsubscribe")
                .doesNotContain("Раздел для организации", "Отписаться");

        String russianTitle = "Весенний выпуск " + Api.unique();
        publish(team, russianTitle, Map.of(), "ru");
        drain();
        MimeMessage russianIssue = single(issueMails(english), russianTitle);
        assertThat(russianIssue.getSubject()).contains("Выпуск №").endsWith(russianTitle);
        assertThat(text(russianIssue))
                .contains("Отписаться от рассылки", "Настройки подписки")
                .doesNotContain("Unsubscribe", "Issue No.");
        assertThat(tokensOut(text(russianIssue))).isEqualTo(tokensOut(text(single(issueMails(russian), russianTitle))));
    }

    private static MimeMessage single(List<MimeMessage> mails, String title) {
        List<MimeMessage> found = mails.stream()
                .filter(m -> {
                    try {
                        return m.getSubject().endsWith(title);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String tokensOut(String text) {
        return text.replaceAll("token=[A-Za-z0-9_.~%-]+", "token=…");
    }

    private static String html(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/html")) {
                return (String) parts.getBodyPart(i).getContent();
            }
            if (parts.getBodyPart(i).getContent() instanceof Multipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType("text/html")) {
                        return (String) inner.getBodyPart(j).getContent();
                    }
                }
            }
        }
        throw new AssertionError("no HTML part");
    }

    // ---------------------------------------------------------------- helpers

    record Team(Person editor, Person reviewer) {}

    private Team team() {
        return new Team(data.person(Role.COORDINATOR, null), data.person(Role.COORDINATOR, null));
    }

    private String publish(Team team, String title) {
        return publish(team, title, Map.of());
    }

    /** Publishes an issue of the main series through the API; sections (organisation → text) are frozen with it. */
    private String publish(Team team, String title, Map<UUID, String> sections) {
        return publish(team, title, sections, "ru");
    }

    private String publish(Team team, String title, Map<UUID, String> sections, String language) {
        Map<String, Object> create = new HashMap<>();
        create.put("series", "main");
        create.put("title", title);
        create.put("periodFrom", "2026-01-01");
        create.put("periodTo", "2026-03-31");
        create.put("reviewerId", team.reviewer().id());
        Map<String, Object> created = new HashMap<>(create);
        created.put("language", language);
        String id = team.editor()
                .api()
                .body(created)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> draft = new HashMap<>(create);
        draft.remove("series");
        draft.put("version", 0);
        draft.put("blocks", List.of(Map.of("id", "a1", "kind", "ARTICLE", "title", "Статья", "markdown", "Текст")));
        team.editor()
                .api()
                .body(draft)
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(200);
        team.editor()
                .api()
                .body(Map.of("version", 1))
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(200);
        team.reviewer()
                .api()
                .body(Map.of("version", 2))
                .post("/api/v1/bulletins/issues/" + id + "/publish")
                .then()
                .statusCode(200);
        // the sections of the revision, as the compiler writes them (append-only, like the revision)
        sections.forEach((organization, secret) -> data.update(
                "insert into bulletin_personal_section (issue_id, revision, organization_id, document)"
                        + " values (?::uuid, 1, ?, ?::jsonb)",
                id,
                organization,
                "{\"blocks\":[{\"id\":\"p1\",\"kind\":\"ORG_RECOMMENDATIONS\",\"title\":\"Рекомендации\","
                        + "\"markdown\":\"" + secret + "\"}]}"));
        return id;
    }

    private JsonPath report(Team team, String issue) {
        return team.editor()
                .api()
                .get("/api/v1/bulletins/issues/" + issue + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** How many of the issue's messages have had a delivery attempt (sent, refused or failed). */
    private long attemptedOf(String issue) {
        return data.count("""
                select count(*) from outbox_delivery d join bulletin_message m on m.id::text = d.target
                 where d.channel = 'bulletin' and m.issue_id = ?::uuid and d.attempts > 0
                """, issue);
    }

    private long sentOf(String issue) {
        return data.count("select count(*) from bulletin_message where issue_id = ?::uuid and status = 'SENT'", issue);
    }

    private io.restassured.response.Response subscribe(String email, String language) {
        return anonymous()
                .header("X-Forwarded-For", Api.uniqueAddress())
                .body(Map.of("email", email, "series", List.of("main"), "language", language))
                .post("/api/v1/bulletins/subscriptions");
    }

    private io.restassured.response.Response preferences(String token) {
        return anonymous().get("/api/v1/bulletins/subscriptions/preferences?token=" + token);
    }

    private String confirmedSubscriber() throws Exception {
        return confirmedSubscriber("ru");
    }

    private String confirmedSubscriber(String language) throws Exception {
        String email = "sub-" + Api.unique() + "@example.org";
        subscribe(email, language).then().statusCode(202);
        String token = find(CONFIRM, text(awaitMail(email)));
        anonymous()
                .body(Map.of("token", token))
                .post("/api/v1/bulletins/subscriptions/confirm")
                .then()
                .statusCode(200);
        return email;
    }

    private void learner(String email, UUID organization) {
        data.update("""
                insert into training_learner (id, surname, name, email, organization_id, consent_at, consent_version)
                values (?, 'Учащийся', 'Тест', ?, ?, now(), 'test')
                """, UUID.randomUUID(), email, organization);
    }

    private String email(Person person) {
        return db.one("select lower(email) from security_user_view where id = ?", rs -> rs.getString(1), person.id())
                .orElseThrow();
    }

    /**
     * Runs the outbox in fresh pacing windows until nothing of the bulletin channel is due. An attempt that failed (a
     * refused SMTP session) waits out its back-off: the clock is moved past it, a bounded number of times, so the
     * retry is made instead of being left for later.
     */
    private void drain() {
        int retries = 0;
        for (int round = 0; round < 500; round++) {
            clock.advance(Duration.ofSeconds(2));
            worker.runOnce();
            long due = data.count(
                    "select count(*) from outbox_delivery where channel = 'bulletin'"
                            + " and status in ('PENDING', 'SENDING') and due_at <= ?",
                    clock.now());
            if (due > 0) {
                continue;
            }
            OffsetDateTime retry = db.one(
                            "select due_at from outbox_delivery where channel = 'bulletin' and status = 'PENDING'"
                                    + " and attempts > 0 and last_error is not null and due_at <= ?"
                                    + " order by due_at limit 1",
                            rs -> rs.getObject(1, OffsetDateTime.class),
                            clock.now().plusMinutes(10))
                    .orElse(null);
            if (retry == null || retries++ >= 3) {
                return;
            }
            clock.advance(Duration.between(clock.now(), retry));
        }
    }

    /**
     * The first message to {@code email}, draining the outbox until it arrives: the application's own worker may hold
     * the claim of the row when the test drains, and then sends it itself a moment later.
     */
    private MimeMessage awaitMail(String email) throws InterruptedException {
        for (int round = 0; round < 300; round++) {
            drain();
            List<MimeMessage> received = to(email);
            if (!received.isEmpty()) {
                return received.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no message to " + email);
    }

    private List<MimeMessage> to(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(email));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private List<MimeMessage> issueMails(String email) {
        return to(email).stream()
                .filter(m -> {
                    try {
                        return m.getHeader("List-Unsubscribe") != null;
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof String s) {
            return s;
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        return "";
    }
}
