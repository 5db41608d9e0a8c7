package ru.digitalbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.digitalbridge.notification.NotificationTestData.choose;
import static ru.digitalbridge.notification.NotificationTestData.message;
import static ru.digitalbridge.notification.NotificationTestData.messagesTo;
import static ru.digitalbridge.notification.NotificationTestData.resetPassword;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.security.Role;

/**
 * Each user's choices (/me/notifications), security notices that cannot be switched off, and the administrators'
 * outbox viewer. No SMTP server is configured in this profile: every message is held for the viewer.
 */
@QuarkusTest
class NotificationSettingsTest {
    @Inject
    EvaluationTestData data;

    @Test
    void aNewUserReceivesEverythingInRussian() {
        Person user = data.person(Role.EXPERT, null);
        var settings = user.api()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(settings.getString("language")).isEqualTo("ru");
        assertThat(settings.getList("kinds.kind"))
                .containsExactly(
                        Arrays.stream(NotificationKind.values()).map(Enum::name).toArray());
        assertThat(settings.getList("kinds.enabled", Boolean.class)).containsOnly(true);
        assertThat(settings.getList("kinds.findAll { it.security }.kind"))
                // security notices, and the notice of a person's own certificate: none can be switched off
                .containsExactly("PASSWORD_CHANGED", "ACCOUNT_DEACTIVATED", "CERTIFICATE_ISSUED");
    }

    @Test
    void choicesAreKeptAndReturned() {
        Person user = data.person(Role.REPRESENTATIVE, null);
        user.api()
                .body(Map.of("language", "en", "switchedOff", List.of("REPLY_WINDOW_CLOSING", "EXPERT_DEADLINE")))
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("kinds.find { it.kind == 'REPLY_WINDOW_CLOSING' }.enabled", equalTo(false))
                .body("kinds.find { it.kind == 'REPLY_WINDOW_OPENED' }.enabled", equalTo(true));
        user.api()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body(
                        "kinds.findAll { !it.enabled }.kind",
                        equalTo(List.of("REPLY_WINDOW_CLOSING", "EXPERT_DEADLINE")));
    }

    @ParameterizedTest
    @EnumSource(
            value = NotificationKind.class,
            names = {"PASSWORD_CHANGED", "ACCOUNT_DEACTIVATED"})
    void securityNoticesCannotBeSwitchedOffAndNothingIsWritten(NotificationKind kind) {
        Person user = data.person(Role.EXPERT, null);
        user.api()
                .body(Map.of("language", "en", "switchedOff", List.of("EXPERT_ASSIGNED", kind.name())))
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("switchedOff"));
        user.api()
                .get("/api/v1/me/notifications")
                .then()
                .body("language", equalTo("ru"))
                .body("kinds.findAll { !it.enabled }", equalTo(List.of()));
    }

    @Test
    void badChoicesAre400WithTheField() {
        Person user = data.person(Role.EXPERT, null);
        user.api()
                .body(Map.of("language", "de", "switchedOff", List.of()))
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("language"));
        Map<String, Object> missing = new HashMap<>();
        missing.put("language", "en");
        user.api()
                .body(missing)
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("switchedOff"));
        user.api()
                .header("Accept-Language", "en")
                .body(Map.of("language", "en", "switchedOff", List.of("NO_SUCH_KIND")))
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        user.api().get("/api/v1/me/notifications").then().body("language", equalTo("ru"));
    }

    @Test
    void onlySignedInUsersHaveChoices() {
        anonymous().get("/api/v1/me/notifications").then().statusCode(401);
        anonymous()
                .body(Map.of("language", "en", "switchedOff", List.of()))
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(401);
    }

    @Test
    void aPasswordResetIsToldEvenWithEverythingElseSwitchedOffAndHeldWithoutSmtp() {
        Person user = data.person(Role.EXPERT, null);
        List<String> all = Arrays.stream(NotificationKind.values())
                .filter(kind -> !kind.security())
                .map(Enum::name)
                .toList();
        choose(user, "en", all);
        resetPassword(user.id());
        var messages = messagesTo(user.id(), "PASSWORD_CHANGED");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).containsEntry("status", "HELD").containsEntry("language", "en");
        var full = message(messages.get(0).get("id"));
        assertThat(full.getString("subject")).isEqualTo("Your password was changed");
        assertThat(full.getString("link")).isEqualTo("https://bridge.test/sign-in");
        assertThat(full.getString("text"))
                .contains("https://bridge.test/sign-in")
                .contains("security notice");
        assertThat(full.getString("html"))
                .contains("<html lang=\"en\">")
                .contains("href=\"https://bridge.test/sign-in\"");
    }

    @Test
    void aDeactivationIsToldInRussianByDefault() {
        Person user = data.person(Role.EXPERT, null);
        long version = asAdmin()
                .get("/api/v1/users/" + user.id())
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        asAdmin()
                .body(Map.of(
                        "fullName",
                        "Отключаемый Пользователь",
                        "roles",
                        List.of("EXPERT"),
                        "active",
                        false,
                        "version",
                        version))
                .put("/api/v1/users/" + user.id())
                .then()
                .statusCode(200);
        var messages = messagesTo(user.id(), "ACCOUNT_DEACTIVATED");
        assertThat(messages).hasSize(1);
        var full = message(messages.get(0).get("id"));
        assertThat(full.getString("subject")).isEqualTo("Учётная запись отключена");
        assertThat(full.getString("text")).startsWith("Здравствуйте, Отключаемый Пользователь!");
        assertThat(full.getString("status")).isEqualTo("HELD");
    }

    @Test
    void theViewerIsForAdministratorsOnly() {
        anonymous().get("/api/v1/notifications").then().statusCode(401);
        for (Role role : List.of(Role.COORDINATOR, Role.EXPERT, Role.REPRESENTATIVE)) {
            as(role).get("/api/v1/notifications").then().statusCode(403);
            as(role).get("/api/v1/notifications/" + UUID.randomUUID()).then().statusCode(403);
        }
        asAdmin()
                .get("/api/v1/notifications/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        asAdmin()
                .queryParam("status", "NOT_A_STATUS")
                .get("/api/v1/notifications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("status"));
        asAdmin()
                .queryParam("user", "not-a-uuid")
                .get("/api/v1/notifications")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("user"));
        asAdmin()
                .queryParam("size", 0)
                .get("/api/v1/notifications")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("size"));
    }

    @Test
    void theViewerFiltersByStatusAndKind() {
        Person user = data.person(Role.EXPERT, null);
        resetPassword(user.id());
        asAdmin()
                .queryParam("user", user.id())
                .queryParam("kind", "PASSWORD_CHANGED")
                .queryParam("status", "HELD")
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].recipient", org.hamcrest.Matchers.endsWith("@evaluation.test"));
        asAdmin()
                .queryParam("user", user.id())
                .queryParam("status", "SENT")
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }
}
