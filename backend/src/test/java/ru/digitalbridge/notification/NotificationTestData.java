package ru.digitalbridge.notification;

import static ru.digitalbridge.support.Api.asAdmin;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.support.Api;

/** Helpers of the notification tests: choices through the API, the viewer's messages of one user. */
final class NotificationTestData {
    private NotificationTestData() {}

    static void choose(Person person, String language, List<String> switchedOff) {
        person.api()
                .body(Map.of("language", language, "switchedOff", switchedOff))
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(200);
    }

    /** The outbox viewer's messages to one user (at most 200), newest first. */
    static List<Map<String, Object>> messagesTo(UUID user) {
        return asAdmin()
                .queryParam("user", user)
                .queryParam("size", 200)
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    static List<Map<String, Object>> messagesTo(UUID user, String kind) {
        return asAdmin()
                .queryParam("user", user)
                .queryParam("kind", kind)
                .queryParam("size", 200)
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    static JsonPath message(Object id) {
        return asAdmin()
                .get("/api/v1/notifications/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Sets a user's password as an administrator (a password-changed security notice). */
    static void resetPassword(UUID user) {
        asAdmin()
                .body(Map.of("password", "another-horse-battery-" + Api.unique()))
                .post("/api/v1/users/" + user + "/password")
                .then()
                .statusCode(204);
    }
}
