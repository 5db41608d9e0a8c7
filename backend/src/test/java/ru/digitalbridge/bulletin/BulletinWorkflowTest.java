package ru.digitalbridge.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static ru.digitalbridge.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.security.Role;

/**
 * The editorial workflow through HTTP: a coordinator starts a draft, edits it with the version read (a stale version
 * is a 409), submits it to a named reviewer, who returns it with a comment or publishes it; publication freezes
 * revision 1 and announces it in the outbox; a correction adds revision 2 with its note while revision 1 stays
 * readable; writes to a published revision are 409. Anonymous callers, experts, representatives and coordinators who
 * are not on the issue are refused.
 */
@QuarkusTest
class BulletinWorkflowTest {
    @Inject
    EvaluationTestData data;

    record Team(Person editor, Person reviewer, Person outsider) {}

    Team team() {
        return new Team(
                data.person(Role.COORDINATOR, null),
                data.person(Role.COORDINATOR, null),
                data.person(Role.COORDINATOR, null));
    }

    static JsonPath create(Person editor, UUID reviewer) {
        Map<String, Object> body = new HashMap<>();
        body.put("series", "main");
        body.put("title", "Выпуск для проверки");
        body.put("periodFrom", "2026-01-01");
        body.put("periodTo", "2026-03-31");
        body.put("reviewerId", reviewer);
        return editor.api()
                .body(body)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static Map<String, Object> draft(long version, String title, List<Map<String, Object>> blocks, UUID reviewer) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("title", title);
        body.put("periodFrom", "2026-01-01");
        body.put("periodTo", "2026-03-31");
        body.put("reviewerId", reviewer);
        body.put("blocks", blocks);
        return body;
    }

    static Map<String, Object> article(String id, String markdown) {
        return Map.of("id", id, "kind", "ARTICLE", "title", "Статья " + id, "markdown", markdown);
    }

    @Test
    void draftReviewPublishCorrect() {
        Team t = team();
        JsonPath created = create(t.editor(), t.reviewer().id());
        String id = created.getString("id");
        assertThat(created.getString("status")).isEqualTo("DRAFT");
        assertThat(created.getInt("number")).isPositive();
        assertThat(created.getList("editors.id"))
                .containsExactly(t.editor().id().toString());
        assertThat(created.getBoolean("allowed.edit")).isTrue();

        // edit with the version read; the stale version afterwards is a 409 and writes nothing
        List<Map<String, Object>> blocks = new ArrayList<>(List.of(article("a1", "Первый **текст**")));
        t.editor()
                .api()
                .body(draft(0, "Выпуск № 1", blocks, t.reviewer().id()))
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("blocks[0].markdown", equalTo("Первый **текст**"));
        t.editor()
                .api()
                .body(draft(0, "Чужая правка", blocks, t.reviewer().id()))
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        // a coordinator who is not an editor may read but not write; the reviewer cannot edit either
        t.outsider()
                .api()
                .body(draft(1, "Не моё", blocks, t.reviewer().id()))
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(403);
        t.reviewer()
                .api()
                .body(draft(1, "Не моё", blocks, t.reviewer().id()))
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(403);
        anonymous().get("/api/v1/bulletins/issues/" + id).then().statusCode(404);
        anonymous().get("/api/v1/bulletins/issues/" + id + "/draft").then().statusCode(401);

        // the e-mail preview of the draft, for the editors
        t.editor()
                .api()
                .get("/api/v1/bulletins/issues/" + id + "/draft/mail")
                .then()
                .statusCode(200)
                .body("html", org.hamcrest.Matchers.containsString("<strong>текст</strong>"))
                .body("subject", org.hamcrest.Matchers.containsString("Выпуск № 1"));
        anonymous().get("/api/v1/bulletins/issues/" + id + "/draft/mail").then().statusCode(401);

        // submit; the editor cannot publish their own issue; the reviewer returns it with a comment
        t.editor()
                .api()
                .body(Map.of("version", 1))
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVIEW"));
        t.editor()
                .api()
                .body(Map.of("version", 2))
                .post("/api/v1/bulletins/issues/" + id + "/publish")
                .then()
                .statusCode(403);
        t.reviewer()
                .api()
                .body(Map.of("version", 2, "comment", "Добавьте вывод"))
                .post("/api/v1/bulletins/issues/" + id + "/return")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("returnComment", equalTo("Добавьте вывод"));
        blocks.add(article("a2", "Вывод"));
        t.editor()
                .api()
                .body(draft(3, "Выпуск № 1", blocks, t.reviewer().id()))
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(200);
        t.editor()
                .api()
                .body(Map.of("version", 4))
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(200);
        long eventsBefore = data.count(
                "select count(*) from outbox_event where type = 'bulletin.issue.published' and resource_id = ?", id);
        assertThat(eventsBefore).isZero();
        t.reviewer()
                .api()
                .body(Map.of("version", 5))
                .post("/api/v1/bulletins/issues/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("revision", equalTo(1));
        assertThat(data.count(
                        "select count(*) from outbox_event where type = 'bulletin.issue.published' and resource_id = ?",
                        id))
                .isEqualTo(1);

        JsonPath published = anonymous()
                .get("/api/v1/bulletins/issues/" + id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(1))
                .body("seriesSlug", equalTo("main"))
                .body("publishedAt", notNullValue())
                .extract()
                .jsonPath();
        assertThat(published.getList("blocks.id")).containsExactly("a1", "a2");
        // the safe HTML of each block, rendered from its Markdown
        assertThat(published.getString("blocks[0].html")).contains("<strong>текст</strong>");
        assertThat(published.getString(""))
                .doesNotContain(t.editor().id().toString(), t.reviewer().id().toString());
        int number = published.getInt("number");
        anonymous()
                .get("/api/v1/bulletins/series/main/issues/" + number)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        assertThat(anonymous()
                        .get("/api/v1/bulletins/issues?series=main&size=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id"))
                .contains(id);

        // published: the draft and the revision refuse writes with 409
        t.editor()
                .api()
                .body(draft(6, "Переписать", blocks, t.reviewer().id()))
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/bulletin-revision-immutable"));
        t.editor()
                .api()
                .body(Map.of("title", "x"))
                .put("/api/v1/bulletins/issues/" + id + "/revisions/1")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/bulletin-revision-immutable"));
        t.editor()
                .api()
                .delete("/api/v1/bulletins/issues/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/bulletin-revision-immutable"));

        // a correction needs a note; it makes revision 2, revision 1 stays as it was
        t.editor()
                .api()
                .body(Map.of("version", 6, "blocks", List.of(article("a1", "Исправлено"))))
                .post("/api/v1/bulletins/issues/" + id + "/corrections")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("note"));
        t.editor()
                .api()
                .body(Map.of("version", 6, "note", "Опечатка", "blocks", List.of(article("a1", "Исправлено"))))
                .post("/api/v1/bulletins/issues/" + id + "/corrections")
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));
        anonymous()
                .get("/api/v1/bulletins/issues/" + id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("note", equalTo("Опечатка"))
                .body("revisions.revision", org.hamcrest.Matchers.contains(1, 2))
                .body("blocks.markdown", org.hamcrest.Matchers.contains("Исправлено"));
        anonymous()
                .get("/api/v1/bulletins/issues/" + id + "/revisions/1")
                .then()
                .statusCode(200)
                .body("latest", equalTo(false))
                .body("blocks.markdown", org.hamcrest.Matchers.contains("Первый **текст**", "Вывод"));
        assertThat(data.count(
                        "select count(*) from outbox_event where type = 'bulletin.issue.published' and resource_id = ?",
                        id))
                .isEqualTo(2);
    }
}
