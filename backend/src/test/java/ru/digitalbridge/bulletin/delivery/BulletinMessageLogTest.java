package ru.digitalbridge.bulletin.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.digitalbridge.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Api;

/**
 * The bulletin's message log through HTTP on PostgreSQL (no SMTP server: messages are held, with their address):
 * administrators see every message with the address and can open one with the recipient's links; coordinators see
 * the issue and test messages with masked addresses, never confirmations or a search by address; others nothing.
 */
@QuarkusTest
class BulletinMessageLogTest {
    private static final Pattern CONFIRM = Pattern.compile("/bulletins/confirm\\?token=([A-Za-z0-9_-]+)");

    @Inject
    EvaluationTestData data;

    @Inject
    Sql db;

    @Test
    void administratorsFindASubscribersConfirmationAndItsLinkWorks() {
        String email = "log-" + Api.unique() + "@example.org";
        subscribe(email.toUpperCase()).then().statusCode(202);

        JsonPath page = Api.asAdmin()
                .queryParam("recipient", " " + email + " ")
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(page.getLong("total")).isEqualTo(1);
        assertThat(page.getString("items[0].kind")).isEqualTo("CONFIRM");
        assertThat(page.getString("items[0].status")).isEqualTo("HELD");
        assertThat(page.getString("items[0].recipient")).isEqualTo(email);
        assertThat(page.getString("items[0].subject")).isEqualTo("Подтвердите подписку на бюллетень «Цифрового моста»");
        assertThat(page.getString("items[0].issueId")).isNull();
        String id = page.getString("items[0].id");

        JsonPath content = Api.asAdmin()
                .get("/api/v1/bulletins/messages/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(content.getString("recipient")).isEqualTo(email);
        assertThat(content.getString("subject")).isEqualTo(page.getString("items[0].subject"));
        assertThat(content.getString("html")).contains("/bulletins/confirm?token=");
        Matcher link = CONFIRM.matcher(content.getString("text"));
        assertThat(link.find()).isTrue();
        anonymous()
                .body(Map.of("token", link.group(1)))
                .post("/api/v1/bulletins/subscriptions/confirm")
                .then()
                .statusCode(200);

        // subscribing again: "already subscribed", told apart in the log
        subscribeAfterResendWindow(email);
        Api.asAdmin()
                .queryParam("recipient", email)
                .queryParam("kind", "CONFIRM")
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void coordinatorsSeeTheBulletinsMessagesMaskedAndOnlyThose() {
        Person editor = data.person(Role.COORDINATOR, null);
        Person reviewer = data.person(Role.COORDINATOR, null);
        String title = "Журнал " + Api.unique();
        String issue = publish(editor, reviewer, title);
        editor.api()
                .body(Map.of())
                .post("/api/v1/bulletins/issues/" + issue + "/test-send")
                .then()
                .statusCode(202);
        String address = db.one(
                        "select lower(email) from security_user_view where id = ?", rs -> rs.getString(1), editor.id())
                .orElseThrow();

        JsonPath mine = reviewer.api()
                .queryParam("issue", issue)
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(mine.getLong("total")).isEqualTo(1);
        assertThat(mine.getString("items[0].kind")).isEqualTo("TEST");
        assertThat(mine.getString("items[0].status")).isEqualTo("HELD");
        assertThat(mine.getString("items[0].recipient"))
                .isEqualTo(address.charAt(0) + "***" + address.substring(address.indexOf('@')))
                .doesNotContain(address.substring(1, address.indexOf('@')));
        assertThat(mine.getString("items[0].subject")).contains(title);
        assertThat(mine.getInt("items[0].revision")).isEqualTo(1);
        assertThat(mine.getString("items[0].issueId")).isEqualTo(issue);

        JsonPath full = Api.asAdmin()
                .queryParam("issue", issue)
                .queryParam("kind", "TEST")
                .queryParam("status", "HELD")
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(full.getString("items[0].recipient")).isEqualTo(address);
        String id = full.getString("items[0].id");
        JsonPath content = Api.asAdmin()
                .get("/api/v1/bulletins/messages/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(content.getString("subject")).contains(title);
        assertThat(content.getString("text")).contains("/bulletins/unsubscribe?token=" + id + ".");
        Api.asAdmin()
                .queryParam("issue", issue)
                .queryParam("status", "SENT")
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        // coordinators: no confirmations, no search by address, no message content
        reviewer.api()
                .queryParam("kind", "CONFIRM")
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(403);
        reviewer.api()
                .queryParam("recipient", address)
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(403);
        reviewer.api().get("/api/v1/bulletins/messages/" + id).then().statusCode(403);
        JsonPath all = reviewer.api()
                .queryParam("size", 200)
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(all.getList("items.kind")).doesNotContain("CONFIRM").contains("TEST");
    }

    @Test
    void othersMayNotReadTheLogAndBadFiltersAreFieldErrors() {
        anonymous().get("/api/v1/bulletins/messages").then().statusCode(401);
        anonymous()
                .get("/api/v1/bulletins/messages/" + UUID.randomUUID())
                .then()
                .statusCode(401);
        for (Role role : List.of(Role.EXPERT, Role.REPRESENTATIVE, Role.LEARNER, Role.TRAINER)) {
            Api.as(role).get("/api/v1/bulletins/messages").then().statusCode(403);
            Api.as(role)
                    .get("/api/v1/bulletins/messages/" + UUID.randomUUID())
                    .then()
                    .statusCode(403);
        }
        Api.asAdmin()
                .get("/api/v1/bulletins/messages/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        // a value outside the enumeration or not a UUID is a field error naming the parameter
        Api.asAdmin()
                .queryParam("kind", "SPAM")
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("kind"));
        Api.asAdmin()
                .queryParam("issue", "not-a-uuid")
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("issue"));
        Api.asAdmin()
                .queryParam("recipient", "a".repeat(255))
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("recipient"));
        Api.as(Role.COORDINATOR)
                .queryParam("size", 500)
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    // ---------------------------------------------------------------- helpers

    private static io.restassured.response.Response subscribe(String email) {
        return anonymous()
                .header("X-Forwarded-For", Api.uniqueAddress())
                .body(Map.of("email", email, "series", List.of("main"), "language", "ru"))
                .post("/api/v1/bulletins/subscriptions");
    }

    /** A second subscription once the earlier mail is older than the resend window (5 minutes). */
    private void subscribeAfterResendWindow(String email) {
        data.update(
                "update bulletin_message set created_at = created_at - interval '10 minutes'"
                        + " where address_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
                email);
        data.update(
                "update bulletin_subscriber set confirmed_at = confirmed_at - interval '10 minutes' where email = ?",
                email);
        subscribe(email).then().statusCode(202);
        JsonPath both = Api.asAdmin()
                .queryParam("recipient", email)
                .get("/api/v1/bulletins/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(both.getList("items.subject"))
                .containsExactly(
                        "Вы уже подписаны на бюллетень «Цифрового моста»",
                        "Подтвердите подписку на бюллетень «Цифрового моста»");
    }

    private String publish(Person editor, Person reviewer, String title) {
        Map<String, Object> create = new HashMap<>();
        create.put("series", "main");
        create.put("title", title);
        create.put("periodFrom", "2026-01-01");
        create.put("periodTo", "2026-03-31");
        create.put("reviewerId", reviewer.id());
        String id = editor.api()
                .body(create)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> draft = new HashMap<>(create);
        draft.remove("series");
        draft.put("version", 0);
        draft.put("blocks", List.of(Map.of("id", "a1", "kind", "ARTICLE", "title", "Статья", "markdown", "Текст")));
        editor.api()
                .body(draft)
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(200);
        editor.api()
                .body(Map.of("version", 1))
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(200);
        reviewer.api()
                .body(Map.of("version", 2))
                .post("/api/v1/bulletins/issues/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }
}
