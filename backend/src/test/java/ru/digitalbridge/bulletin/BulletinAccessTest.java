package ru.digitalbridge.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.bulletin.BulletinTestData.Fixture;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.security.Role;

/**
 * Who may do what, through HTTP: editorial endpoints refuse anonymous callers (401), experts and representatives
 * (403); bad input is a 400 problem with field violations that writes nothing; personal sections reach only the
 * organisation's people (representative, a learner linked to it) and editors — never another organisation's people,
 * an expert or an anonymous caller, and never the public issue.
 */
@QuarkusTest
class BulletinAccessTest {
    @Inject
    BulletinTestData bulletins;

    @Inject
    EvaluationTestData data;

    private static Map<String, Object> create(UUID reviewer) {
        Map<String, Object> body = new HashMap<>();
        body.put("series", "main");
        body.put("title", "Проверка доступа");
        body.put("periodFrom", "2023-04-01");
        body.put("periodTo", "2023-06-30");
        body.put("reviewerId", reviewer);
        return body;
    }

    @Test
    void editorialEndpointsNeedACoordinatorAndRefuseBadInput() {
        Person editor = data.person(Role.COORDINATOR, null);
        Person reviewer = data.person(Role.COORDINATOR, null);
        anonymous()
                .body(create(reviewer.id()))
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(401);
        as(Role.EXPERT)
                .body(create(reviewer.id()))
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(403);
        as(Role.REPRESENTATIVE)
                .body(create(reviewer.id()))
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(403);
        anonymous().get("/api/v1/bulletins/issues?status=DRAFT").then().statusCode(401);
        as(Role.EXPERT).get("/api/v1/bulletins/issues?status=DRAFT").then().statusCode(403);
        anonymous().get("/api/v1/bulletins/issues?status=nonsense").then().statusCode(400);

        long before = data.count("select count(*) from bulletin_issue");
        Map<String, Object> bad = create(editor.id()); // the reviewer cannot be an editor
        bad.put("title", " ");
        bad.put("periodTo", "2023-01-01");
        bad.put("series", "no-such-series");
        editor.api()
                .header("Accept-Language", "en")
                .body(bad)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("title"));
        Map<String, Object> semantic = create(editor.id());
        semantic.put("periodTo", "2023-01-01");
        semantic.put("series", "no-such-series");
        semantic.put("campaignId", UUID.randomUUID());
        editor.api()
                .header("Accept-Language", "en")
                .body(semantic)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("series", "periodTo", "campaignId", "reviewerId"))
                .body(
                        "violations.find { it.field == 'reviewerId' }.message",
                        equalTo("The reviewer cannot be one of the editors: a second pair of eyes publishes"));
        Map<String, Object> expertReviewer =
                create(data.person(Role.EXPERT, null).id());
        editor.api()
                .body(expertReviewer)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reviewerId"));
        assertThat(data.count("select count(*) from bulletin_issue")).isEqualTo(before);

        // blocks: unknown kind, duplicate ids, a compiled kind the draft does not have, a personal kind
        String id = editor.api()
                .body(create(reviewer.id()))
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> draft = new HashMap<>();
        draft.put("version", 0);
        draft.put("title", "Проверка");
        draft.put("periodFrom", "2023-04-01");
        draft.put("periodTo", "2023-06-30");
        draft.put("reviewerId", reviewer.id());
        draft.put("blocks", List.of(Map.of("id", "a", "kind", "POEM", "markdown", "x")));
        editor.api()
                .body(draft)
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(400);
        draft.put(
                "blocks",
                List.of(
                        Map.of("id", "a", "kind", "ARTICLE", "markdown", "x"),
                        Map.of("id", "a", "kind", "ARTICLE", "markdown", "y"),
                        Map.of("id", "s", "kind", "SUMMARY", "markdown", "z"),
                        Map.of("id", "p", "kind", "ORG_CHANGES", "markdown", "z")));
        editor.api()
                .body(draft)
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("blocks[1].id", "blocks[2].kind", "blocks[3].kind"));
        draft.put("blocks", List.of(Map.of("id", "bad id!", "kind", "ARTICLE", "markdown", "x")));
        editor.api()
                .body(draft)
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("blocks[0].id"));
        // nothing was written: still version 0; submitting without the version is a 400
        editor.api().get("/api/v1/bulletins/issues/" + id + "/draft").then().body("version", equalTo(0));
        editor.api()
                .body(Map.of())
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(400);
        // the reviewer cannot submit, publish before review is a conflict
        reviewer.api()
                .body(Map.of("version", 0))
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(403);
        reviewer.api()
                .body(Map.of("version", 0))
                .post("/api/v1/bulletins/issues/" + id + "/publish")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/bulletin-wrong-status"))
                .body("issueStatus", equalTo("DRAFT"));
        anonymous().get("/api/v1/bulletins/issues/" + UUID.randomUUID()).then().statusCode(404);
        anonymous().get("/api/v1/bulletins/series/main/issues/99999").then().statusCode(404);
    }

    @Test
    void personalSectionsReachOnlyTheOrganisationsPeople() {
        Fixture fx = bulletins.twoCampaigns();
        Person editor = data.person(Role.COORDINATOR, null);
        Person reviewer = data.person(Role.COORDINATOR, null);
        Map<String, Object> body = create(reviewer.id());
        body.put("campaignId", fx.second());
        JsonPath draft = editor.api()
                .body(body)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = draft.getString("id");
        editor.api()
                .body(Map.of("version", 0))
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(200);
        reviewer.api()
                .body(Map.of("version", 1))
                .post("/api/v1/bulletins/issues/" + id + "/publish")
                .then()
                .statusCode(200);

        UUID o1 = fx.organizations().get("O1");
        UUID o2 = fx.organizations().get("O2");
        UUID o3 = fx.organizations().get("O3");
        Person representative = data.person(Role.REPRESENTATIVE, o1);
        Person otherRepresentative = data.person(Role.REPRESENTATIVE, o2);
        Person learner = data.person(Role.LEARNER, null);
        data.update(
                "insert into training_learner (id, user_id, surname, name, email, organization_id, consent_at,"
                        + " consent_version) values (?, ?, 'Учебный', 'Слушатель', ?, ?, now(), 'test')",
                UUID.randomUUID(),
                learner.id(),
                "learner-" + UUID.randomUUID() + "@bulletin.test",
                o3);

        List<Map<String, Object>> mine = mine(representative, id);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("organizationId")).isEqualTo(o1.toString());
        assertThat(mine(learner, id)).extracting(s -> s.get("organizationId")).containsExactly(o3.toString());
        assertThat(mine(otherRepresentative, id)).isEmpty(); // O2 was not evaluated in this campaign
        assertThat(mine(data.person(Role.EXPERT, null), id)).isEmpty();
        anonymous().get("/api/v1/me/bulletin-sections").then().statusCode(401);

        // the editors' view of sections: staff only
        anonymous().get("/api/v1/bulletins/issues/" + id + "/sections").then().statusCode(401);
        representative
                .api()
                .get("/api/v1/bulletins/issues/" + id + "/sections")
                .then()
                .statusCode(403);
        as(Role.EXPERT)
                .get("/api/v1/bulletins/issues/" + id + "/sections?organization=" + o1)
                .then()
                .statusCode(403);
        representative
                .api()
                .get("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(403);

        // the public issue carries none of the personal texts
        String published = anonymous()
                .get("/api/v1/bulletins/issues/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(published).doesNotContain("Рекомендации по вашим аккаунтам", "ORG_", "Укажите телефон");
        assertThat(mine.toString()).contains("Как исправить S.QUALITY").doesNotContain(o3.toString());
        assertThat(mine(learner, id).toString()).contains("Укажите телефон");
    }

    private static List<Map<String, Object>> mine(Person person, String issue) {
        return person
                .api()
                .get("/api/v1/me/bulletin-sections")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("$")
                .stream()
                .filter(s -> issue.equals(s.get("issueId")))
                .toList();
    }
}
