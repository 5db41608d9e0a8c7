package ru.digitalbridge.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.outbox.OutboxClock;
import ru.digitalbridge.outbox.OutboxWorker;
import ru.digitalbridge.security.Role;

/**
 * Webhook endpoints through HTTP: registration and its refusals (SSRF), signed deliveries to a loopback receiver,
 * back-off on the controllable clock, 410, the failure threshold, redirects, dead letters, redelivery, rotation, roles.
 */
@QuarkusTest
class WebhookResourceTest {
    static TestReceiver receiver;

    @Inject
    OutboxWorker worker;

    @Inject
    OutboxClock clock;

    @BeforeAll
    static void start() throws IOException {
        receiver = new TestReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    static String apiClient() {
        return asAdmin()
                .body(Map.of("name", "Регион " + unique(), "roles", List.of("COORDINATOR")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .path("client.id");
    }

    static Map<String, Object> endpoint(String client, String url, String... types) {
        Map<String, Object> body = new HashMap<>();
        body.put("apiClientId", client);
        body.put("url", url);
        body.put("description", "Тест " + unique());
        body.put("eventTypes", List.of(types));
        return body;
    }

    static JsonPath create(String path, String... types) {
        return asAdmin()
                .body(endpoint(apiClient(), receiver.url(path), types))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static String sendTest(String id) {
        return asAdmin()
                .post("/api/v1/webhooks/" + id + "/test")
                .then()
                .statusCode(202)
                .extract()
                .path("eventId");
    }

    static JsonPath webhook(String id) {
        return asAdmin()
                .get("/api/v1/webhooks/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static JsonPath attempts(String id) {
        return asAdmin()
                .get("/api/v1/webhooks/" + id + "/attempts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /**
     * Delivers everything of the webhook channel that is due on the outbox clock, batch after batch, as the
     * application's polling worker would. One {@code runOnce} claims only the 50 oldest due deliveries, and the shared
     * database holds other tests' deliveries too (to endpoints subscribed to the same event types whose receivers are
     * gone; a test that moves the outbox clock on makes all their retries due at once): this test's delivery need not be
     * in the first batch. Failed attempts are due again only after their back-off, so this ends.
     */
    static void deliverDue(OutboxWorker worker) {
        for (int round = 0; round < 1_000 && worker.runOnce() > 0; round++) {
            // another batch may be due
        }
    }

    /** A fresh municipal school in Balakovo; its id. */
    static String organizationCreated() {
        return as(Role.COORDINATOR)
                .body(Map.of(
                        "name",
                        "Школа " + unique(),
                        "kind",
                        "MUNICIPAL_INSTITUTION",
                        "sector",
                        "EDUCATION",
                        "municipalityId",
                        "64000000-0000-4000-8000-000000000005"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aDomainEventIsDeliveredSignedAndLoggedAndTheSecretIsShownOnlyOnce() {
        String path = "/ok/" + UUID.randomUUID();
        JsonPath created = create(path, "organization.created");
        String id = created.getString("webhook.id");
        String secret = created.getString("secret");
        assertThat(secret).startsWith("whsec_");
        asAdmin()
                .get("/api/v1/webhooks/" + id)
                .then()
                .statusCode(200)
                .body("secret", nullValue())
                .body("url", equalTo(receiver.url(path)))
                .body("active", equalTo(true))
                .body("eventTypes", equalTo(List.of("organization.created")));
        assertThat(asAdmin().get("/api/v1/webhooks").asString()).doesNotContain(secret);

        String organization = organizationCreated();
        deliverDue(worker);

        List<TestReceiver.Received> got = receiver.at(path);
        assertThat(got).hasSize(1);
        TestReceiver.Received delivery = got.get(0);
        JsonPath body = JsonPath.from(delivery.body());
        assertThat(body.getString("type")).isEqualTo("organization.created");
        assertThat(body.getString("data.id")).isEqualTo(organization);
        assertThat(body.getString("data.link")).isEqualTo("/api/v1/organizations/" + organization);
        assertThat(body.getString("timestamp")).isNotBlank();
        assertThat(delivery.header("content-type")).startsWith("application/json");
        String webhookId = delivery.header("webhook-id");
        long timestamp = Long.parseLong(delivery.header("webhook-timestamp"));
        assertThat(WebhookSignature.verify(
                        secret, webhookId, timestamp, delivery.body(), delivery.header("webhook-signature")))
                .isTrue();

        JsonPath log = attempts(id);
        assertThat(log.getInt("total")).isEqualTo(1);
        assertThat(log.getString("items[0].eventId")).isEqualTo(webhookId);
        assertThat(log.getString("items[0].eventType")).isEqualTo("organization.created");
        assertThat(log.getString("items[0].outcome")).isEqualTo("DELIVERED");
        assertThat(log.getInt("items[0].statusCode")).isEqualTo(200);
        assertThat(log.getString("items[0].detail")).isEqualTo("answer 200");
        assertThat(log.getInt("items[0].durationMs")).isNotNegative();
    }

    @Test
    void anEndpointHearsOnlyTheEventTypesItChose() {
        String path = "/ok/" + UUID.randomUUID();
        create(path, "account.archived");
        organizationCreated();
        deliverDue(worker);
        assertThat(receiver.at(path)).isEmpty();
    }

    @Test
    void aFailedDeliveryIsRetriedWithBackOffOnTheClockAndRedeliveryOfADeadOneSendsTheSameEventId() {
        String path = "/fail/" + UUID.randomUUID();
        String id = create(path, "organization.created").getString("webhook.id");
        String event = sendTest(id);
        deliverDue(worker);
        assertThat(receiver.at(path)).hasSize(1);
        JsonPath deliveries = asAdmin()
                .get("/api/v1/webhooks/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(deliveries.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(deliveries.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(deliveries.getInt("items[0].lastStatus")).isEqualTo(500);
        assertThat(webhook(id).getInt("consecutiveFailures")).isEqualTo(1);

        deliverDue(worker);
        assertThat(receiver.at(path)).as("not due before its back-off").hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        deliverDue(worker);
        assertThat(receiver.at(path)).hasSize(2);
        assertThat(receiver.at(path).get(1).header("webhook-id"))
                .as("the same id on every attempt")
                .isEqualTo(event);
        JsonPath log = attempts(id);
        assertThat(log.getInt("total")).isEqualTo(2);
        assertThat(log.getList("items.attempt", Integer.class)).containsExactly(2, 1);

        for (int i = 0; i < 40 && !"DEAD".equals(status(id)); i++) {
            clock.advance(Duration.ofHours(4));
            deliverDue(worker);
        }
        assertThat(status(id)).isEqualTo("DEAD");
        String deliveryId = asAdmin()
                .queryParam("status", "DEAD")
                .queryParam("channel", "webhook")
                .queryParam("size", 200)
                .get("/api/v1/outbox/deliveries")
                .then()
                .statusCode(200)
                .body("items.eventId", hasItem(event))
                .extract()
                .path("items.find { it.eventId == '" + event + "' }.id");
        int attemptsBefore = receiver.at(path).size();
        asAdmin()
                .post("/api/v1/outbox/deliveries/" + deliveryId + "/redeliver")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"));
        asAdmin()
                .post("/api/v1/outbox/deliveries/" + deliveryId + "/redeliver")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/delivery-in-progress"));
        deliverDue(worker);
        assertThat(receiver.at(path)).hasSize(attemptsBefore + 1);
        assertThat(receiver.at(path).get(attemptsBefore).header("webhook-id")).isEqualTo(event);
    }

    private static String status(String webhookId) {
        return asAdmin()
                .get("/api/v1/webhooks/" + webhookId + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].status");
    }

    @Test
    void a410DisablesTheEndpointAtOnceAndTellsTheAdministratorsThroughTheAuditLog() {
        String path = "/gone/" + UUID.randomUUID();
        String id = create(path, "organization.created").getString("webhook.id");
        sendTest(id);
        deliverDue(worker);
        JsonPath endpoint = webhook(id);
        assertThat(endpoint.getBoolean("active")).isFalse();
        assertThat(endpoint.getString("disabledReason")).isEqualTo("GONE");
        assertThat(endpoint.getString("disabledAt")).isNotNull();
        assertThat(status(id)).isEqualTo("DEAD");
        assertThat(disabledNotices(path))
                .as("one message to the administrator, linking to the webhooks screen")
                .hasSize(1);
        asAdmin()
                .queryParam("entityType", "webhook")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("disable"));
        asAdmin()
                .post("/api/v1/webhooks/" + id + "/test")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/webhook-disabled"));

        // the regional system is back at a new address: enable, move, redeliver the event range
        long version = endpoint.getLong("version");
        String okPath = "/ok/" + UUID.randomUUID();
        asAdmin()
                .body(Map.of("version", version))
                .post("/api/v1/webhooks/" + id + "/enable")
                .then()
                .statusCode(200)
                .body("active", equalTo(true))
                .body("disabledReason", nullValue());
        asAdmin()
                .body(Map.of(
                        "url", receiver.url(okPath),
                        "eventTypes", List.of("organization.created"),
                        "version", version + 1))
                .put("/api/v1/webhooks/" + id)
                .then()
                .statusCode(200);
        asAdmin()
                .body(Map.of(
                        "from", clock.now().minusDays(1).toString(),
                        "to", clock.now().plusSeconds(1).toString()))
                .post("/api/v1/webhooks/" + id + "/redeliver")
                .then()
                .statusCode(200)
                .body("redelivered", equalTo(1));
        deliverDue(worker);
        assertThat(receiver.at(okPath)).hasSize(1);
        assertThat(status(id)).isEqualTo("DELIVERED");
    }

    @Test
    void twentyFailedAttemptsInARowDisableTheEndpoint() {
        String path = "/fail/" + UUID.randomUUID();
        String id = create(path, "organization.created").getString("webhook.id");
        for (int i = 0; i < 19; i++) {
            sendTest(id);
        }
        deliverDue(worker);
        assertThat(webhook(id).getInt("consecutiveFailures")).isEqualTo(19);
        assertThat(webhook(id).getBoolean("active")).isTrue();
        sendTest(id);
        deliverDue(worker);
        JsonPath endpoint = webhook(id);
        assertThat(endpoint.getBoolean("active")).isFalse();
        assertThat(endpoint.getString("disabledReason")).isEqualTo("FAILURES");
        assertThat(endpoint.getInt("consecutiveFailures")).isEqualTo(20);
        assertThat(disabledNotices(path))
                .singleElement()
                .satisfies(text -> assertThat(text)
                        .contains("20")
                        .containsAnyOf("слишком много неудачных попыток", "too many delivery attempts failed"));
    }

    @Test
    void anAdministratorWhoDisablesAnEndpointIsNotToldOfIt() {
        String path = "/manual/" + UUID.randomUUID();
        String id = create(path, "organization.created").getString("webhook.id");
        asAdmin()
                .body(Map.of("version", webhook(id).getLong("version")))
                .post("/api/v1/webhooks/" + id + "/disable")
                .then()
                .statusCode(200)
                .body("disabledReason", equalTo("ADMINISTRATOR"));
        assertThat(disabledNotices(path)).isEmpty();
    }

    /** The texts of the WEBHOOK_DISABLED messages to the test administrator about the endpoint at {@code path}. */
    private static List<String> disabledNotices(String path) {
        String admin =
                asAdmin().get("/api/v1/me").then().statusCode(200).extract().path("id");
        List<String> ids = asAdmin()
                .queryParam("user", admin)
                .queryParam("kind", "WEBHOOK_DISABLED")
                .queryParam("size", 200)
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        return ids.stream()
                .map(message -> asAdmin()
                        .get("/api/v1/notifications/" + message)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath())
                .filter(message -> message.getString("subject").contains(path))
                .peek(message -> assertThat(message.getString("link")).endsWith("/admin/webhooks"))
                .map(message -> message.getString("text"))
                .toList();
    }

    @Test
    void aRedirectIsNeverFollowed() {
        String path = "/redirect/" + UUID.randomUUID();
        String id = create(path, "organization.created").getString("webhook.id");
        sendTest(id);
        deliverDue(worker);
        assertThat(receiver.at(path)).hasSize(1);
        JsonPath log = attempts(id);
        assertThat(log.getString("items[0].outcome")).isEqualTo("FAILED");
        assertThat(log.getInt("items[0].statusCode")).isEqualTo(302);
        assertThat(log.getString("items[0].detail")).startsWith("redirect not followed");
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneDuringTheGracePeriod() {
        String path = "/ok/" + UUID.randomUUID();
        JsonPath created = create(path, "organization.created");
        String id = created.getString("webhook.id");
        String old = created.getString("secret");
        JsonPath rotated = asAdmin()
                .body(Map.of("version", created.getLong("webhook.version")))
                .post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("webhook.previousSecretUntil", not(nullValue()))
                .extract()
                .jsonPath();
        String fresh = rotated.getString("secret");
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        sendTest(id);
        deliverDue(worker);
        TestReceiver.Received got = receiver.at(path).get(0);
        String header = got.header("webhook-signature");
        long timestamp = Long.parseLong(got.header("webhook-timestamp"));
        assertThat(header.split(" ")).hasSize(2);
        assertThat(WebhookSignature.verify(fresh, got.header("webhook-id"), timestamp, got.body(), header))
                .isTrue();
        assertThat(WebhookSignature.verify(old, got.header("webhook-id"), timestamp, got.body(), header))
                .isTrue();
        asAdmin()
                .body(Map.of("version", created.getLong("webhook.version")))
                .post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://10.0.0.7/hook",
                "https://10.1.2.3/hook",
                "https://172.16.0.1/hook",
                "https://192.168.1.10/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://[fd00::1]/hook",
                "https://[fe80::1]/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "http://93.184.216.34/hook",
                "ftp://93.184.216.34/hook",
                "https://user:pass@93.184.216.34/hook",
                "/relative/hook",
                "https://93.184.216.34/hook#fragment"
            })
    void privateTargetsPlainHttpAndMalformedUrlsAreRefusedAndNothingIsWritten(String url) {
        String client = apiClient();
        asAdmin()
                .header("Accept-Language", "en")
                .body(endpoint(client, url, "organization.created"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", equalTo(List.of("url")));
        asAdmin()
                .queryParam("apiClientId", client)
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aPublicHttpsTargetIsAccepted() {
        asAdmin()
                .body(endpoint(apiClient(), "https://93.184.216.34/hook", "organization.created"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("webhook.url", equalTo("https://93.184.216.34/hook"));
    }

    @Test
    void badInputIs400WithTheField() {
        String client = apiClient();
        asAdmin()
                .body(endpoint(client, receiver.url("/ok"), "no.such-event"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("eventTypes")));
        asAdmin()
                .body(endpoint(client, receiver.url("/ok")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("eventTypes"));
        asAdmin()
                .body(endpoint(UUID.randomUUID().toString(), receiver.url("/ok"), "organization.created"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("apiClientId")));
        String id = create("/ok/" + UUID.randomUUID(), "organization.created").getString("webhook.id");
        asAdmin()
                .body(Map.of())
                .post("/api/v1/webhooks/" + id + "/redeliver")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("eventId")));
        asAdmin()
                .body(Map.of("from", "2026-01-02T00:00:00Z", "to", "2026-01-01T00:00:00Z"))
                .post("/api/v1/webhooks/" + id + "/redeliver")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("to")));
        asAdmin()
                .queryParam("apiClientId", client)
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void onlyAdministratorsManageWebhooksAndUnknownIdsAre404() {
        String id = create("/ok/" + UUID.randomUUID(), "organization.created").getString("webhook.id");
        anonymous().get("/api/v1/webhooks").then().statusCode(401);
        anonymous().get("/api/v1/outbox/deliveries").then().statusCode(401);
        for (Role role : List.of(Role.COORDINATOR, Role.EXPERT, Role.TRAINER)) {
            as(role).get("/api/v1/webhooks").then().statusCode(403);
            as(role).get("/api/v1/webhooks/" + id + "/attempts").then().statusCode(403);
            as(role).post("/api/v1/webhooks/" + id + "/test").then().statusCode(403);
            as(role).get("/api/v1/outbox/deliveries").then().statusCode(403);
            as(role).body(endpoint(apiClient(), receiver.url("/ok"), "organization.created"))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(403);
        }
        String missing = UUID.randomUUID().toString();
        asAdmin()
                .get("/api/v1/webhooks/" + missing)
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        asAdmin().post("/api/v1/webhooks/" + missing + "/test").then().statusCode(404);
        asAdmin()
                .post("/api/v1/outbox/deliveries/" + missing + "/redeliver")
                .then()
                .statusCode(404);
    }

    private static JsonPath issueKey(List<String> scopes) {
        return asAdmin()
                .body(Map.of("name", "Регион " + unique(), "roles", List.of("COORDINATOR"), "scopes", scopes))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static io.restassured.specification.RequestSpecification withKey(String key) {
        return io.restassured.RestAssured.given()
                .contentType("application/json")
                .accept("application/json")
                .header("X-API-Key", key);
    }

    /**
     * The scope webhooks:manage lets a machine client's key manage its own client's endpoints (register, list, test,
     * read the log, rotate), never another client's (403 to register for it, 404 for its endpoints, absent from the
     * list); a key without the scope is refused with the scope named.
     */
    @Test
    void aKeyWithWebhooksManageManagesOnlyItsOwnClientsEndpoints() {
        JsonPath issued = issueKey(List.of("registry:read", "webhooks:manage"));
        String key = issued.getString("key");
        String own = issued.getString("client.id");
        String other = apiClient();
        String othersEndpoint = asAdmin()
                .body(endpoint(other, receiver.url("/ok/" + UUID.randomUUID()), "organization.created"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("webhook.id");

        withKey(key)
                .get("/api/v1/webhooks/event-types")
                .then()
                .statusCode(200)
                .body("$", hasItem("organization.created"));
        JsonPath created = withKey(key)
                .body(endpoint(own, receiver.url("/ok/" + UUID.randomUUID()), "organization.created"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("webhook.id");
        assertThat(created.getString("secret")).startsWith("whsec_");
        withKey(key)
                .body(endpoint(other, receiver.url("/ok/" + UUID.randomUUID()), "organization.created"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/webhook-forbidden"));
        asAdmin()
                .queryParam("apiClientId", other)
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));

        withKey(key).get("/api/v1/webhooks").then().statusCode(200).body("id", equalTo(List.of(id)));
        withKey(key)
                .queryParam("apiClientId", other)
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        withKey(key).get("/api/v1/webhooks/" + id).then().statusCode(200).body("apiClientId", equalTo(own));
        String eventId = withKey(key)
                .post("/api/v1/webhooks/" + id + "/test")
                .then()
                .statusCode(202)
                .extract()
                .path("eventId");
        deliverDue(worker);
        assertThat(receiver.received.stream().map(r -> r.header("webhook-id"))).contains(eventId);
        withKey(key)
                .get("/api/v1/webhooks/" + id + "/attempts")
                .then()
                .statusCode(200)
                .body("items[0].eventId", equalTo(eventId));

        withKey(key).get("/api/v1/webhooks/" + othersEndpoint).then().statusCode(404);
        withKey(key)
                .get("/api/v1/webhooks/" + othersEndpoint + "/attempts")
                .then()
                .statusCode(404);
        withKey(key).post("/api/v1/webhooks/" + othersEndpoint + "/test").then().statusCode(404);
        withKey(key)
                .body(Map.of("version", 0))
                .post("/api/v1/webhooks/" + othersEndpoint + "/disable")
                .then()
                .statusCode(404);
        assertThat(webhook(othersEndpoint).getBoolean("active")).isTrue();

        String narrow = issueKey(List.of("registry:read")).getString("key");
        withKey(narrow)
                .get("/api/v1/webhooks")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/api-scope-missing"))
                .body("requiredScope", equalTo("webhooks:manage"));
    }

    @Test
    void theDemoReceiverAcceptsOnlyValidSignatures() {
        String path = "/ok/" + UUID.randomUUID();
        JsonPath created = create(path, "organization.created");
        String id = created.getString("webhook.id");
        String secret = created.getString("secret");
        String body = "{\"type\":\"webhook.test\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"data\":{}}";
        long now = clock.now().toEpochSecond();
        String signature = WebhookSignature.sign(secret, "evt-1", now, body);
        anonymous()
                .header("webhook-id", "evt-1")
                .header("webhook-timestamp", now)
                .header("webhook-signature", signature)
                .body(body)
                .post("/api/v1/webhook-receiver/" + id)
                .then()
                .statusCode(204);
        anonymous()
                .header("webhook-id", "evt-1")
                .header("webhook-timestamp", now)
                .header("webhook-signature", WebhookSignature.sign(secret, "evt-1", now, body + " "))
                .body(body)
                .post("/api/v1/webhook-receiver/" + id)
                .then()
                .statusCode(401)
                .body("type", equalTo("/problems/webhook-signature-invalid"));
        long stale = now - 600;
        anonymous()
                .header("webhook-id", "evt-1")
                .header("webhook-timestamp", stale)
                .header("webhook-signature", WebhookSignature.sign(secret, "evt-1", stale, body))
                .body(body)
                .post("/api/v1/webhook-receiver/" + id)
                .then()
                .statusCode(401);
    }

    @Test
    void anEndpointOfTheAppsOwnReceiverGetsRealVerifiedDeliveries() {
        String client = apiClient();
        JsonPath created = asAdmin()
                .body(endpoint(client, "http://127.0.0.1:1/placeholder", "organization.created"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("webhook.id");
        String self = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/api/v1/webhook-receiver/" + id;
        asAdmin()
                .body(Map.of("url", self, "eventTypes", List.of("organization.created"), "version", 0))
                .put("/api/v1/webhooks/" + id)
                .then()
                .statusCode(200);
        sendTest(id);
        deliverDue(worker);
        JsonPath log = attempts(id);
        assertThat(log.getString("items[0].outcome")).isEqualTo("DELIVERED");
        assertThat(log.getInt("items[0].statusCode")).isEqualTo(204);
    }
}
