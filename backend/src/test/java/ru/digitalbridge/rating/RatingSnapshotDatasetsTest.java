package ru.digitalbridge.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.security.Role;

/**
 * What a rating site needs of a published rating: one organization's rows, every snapshot revision as an open-data
 * dataset whose data package hashes are the bytes served, published evaluations read by cursor while a correction
 * lands, and a 409 for any attempt to change a snapshot or a published revision.
 */
@QuarkusTest
class RatingSnapshotDatasetsTest {
    @Inject
    EvaluationTestData data;

    private record Fixture(UUID set, UUID campaign, List<UUID> organizations, List<UUID> evaluations) {}

    /** A published campaign over two schools (two accounts and one) and a theatre (two accounts). */
    private Fixture publish(String... indexes) {
        UUID set = UUID.randomUUID();
        data.criteriaSet(set);
        List<UUID> organizations =
                List.of(data.organization("EDUCATION"), data.organization("EDUCATION"), data.organization("CULTURE"));
        int[] owner = {0, 0, 1, 2, 2};
        UUID campaign = UUID.randomUUID();
        data.update(
                "insert into campaign (id, title, period, criteria_set_id, stage) values (?, ?, '2024-Q1', ?, 'FINAL')",
                campaign,
                "Рейтинг " + campaign,
                set);
        UUID expert = data.person(Role.EXPERT, null).id();
        List<UUID> evaluations = new ArrayList<>();
        for (int i = 0; i < owner.length; i++) {
            UUID account = data.account(organizations.get(owner[i]));
            data.update("insert into campaign_account (campaign_id, account_id) values (?, ?)", campaign, account);
            UUID evaluation = data.evaluation(campaign, account, expert, "PRIMARY");
            data.approve(evaluation, indexes[i]);
            evaluations.add(evaluation);
        }
        as(Role.COORDINATOR)
                .body(Map.of("to", "PUBLISHED", "version", 0))
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then()
                .statusCode(200);
        return new Fixture(set, campaign, organizations, evaluations);
    }

    private static String snapshot(UUID campaign, int index) {
        return anonymous()
                .get("/api/v1/ratings/campaigns/" + campaign + "/snapshots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[" + index + "].id");
    }

    private void correct(Fixture f, int evaluation, String reason) {
        UUID phone = data.id("select id from criterion where criteria_set_id = ? and code = 'B.PHONE'", f.set());
        as(Role.COORDINATOR)
                .body(Map.of("reason", reason, "answers", List.of(Map.of("criterionId", phone, "value", 1))))
                .post("/api/v1/evaluations/" + f.evaluations().get(evaluation) + "/corrections")
                .then()
                .statusCode(200);
    }

    private static byte[] download(String path) {
        return RestAssured.given().get(path).then().statusCode(200).extract().asByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void ratingRowsFilterByOrganization() {
        Fixture f = publish("80.0", "60.0", "70.0", "90.0", "50.0");
        String id = snapshot(f.campaign(), 0);
        String school = f.organizations().get(0).toString();
        JsonPath accounts = anonymous()
                .get("/api/v1/ratings/snapshots/" + id + "/rows?level=ACCOUNT&organization=" + school)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(accounts.getList("items.organizationId")).containsExactly(school, school);
        // places stay those of the whole table: 80.0 is second of five, 60.0 fourth
        assertThat(accounts.getList("items.place.from")).containsExactly(2, 4);
        assertThat(accounts.getList("items.place.of")).containsExactly(5, 5);
        JsonPath own = anonymous()
                .get("/api/v1/ratings/snapshots/" + id + "/rows?level=ORGANIZATION&organization=" + school)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(own.getList("items.unitId")).containsExactly(school);
        assertThat(own.getFloat("items[0].index")).isEqualTo(70.0f);
        anonymous()
                .get("/api/v1/ratings/snapshots/" + id + "/rows?level=MUNICIPALITY&organization=" + school)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("organization"));
        anonymous()
                .get("/api/v1/ratings/snapshots/" + id + "/rows?organization=nonsense")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("organization"));
    }

    @Test
    void anyAttemptToChangeASnapshotOrAPublishedRevisionIs409() {
        Fixture f = publish("80.0", "60.0", "70.0", "90.0", "50.0");
        String id = snapshot(f.campaign(), 0);
        List<String> frozen = List.of(
                "/api/v1/ratings/snapshots/" + id,
                "/api/v1/ratings/snapshots/" + id + "/rows",
                "/api/v1/ratings/campaigns/" + f.campaign() + "/snapshots",
                "/api/v1/open-data/ratings/" + id + "/datapackage.json",
                "/api/v1/open-data/ratings/" + id + "/files/accounts.csv");
        for (String path : frozen) {
            for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
                as(Role.ADMIN)
                        .header("Accept-Language", "en")
                        .body("{}")
                        .request(method, path)
                        .then()
                        .statusCode(409)
                        .contentType("application/problem+json")
                        .header("Allow", notNullValue())
                        .body("type", endsWith("/problems/snapshot-immutable"))
                        .body("title", equalTo("A published rating does not change"));
            }
        }
        anonymous()
                .delete("/api/v1/ratings/snapshots/" + id)
                .then()
                .statusCode(409)
                .body("title", equalTo("Опубликованный рейтинг не изменяется"));
        as(Role.COORDINATOR)
                .body("{}")
                .put("/api/v1/evaluations/" + f.evaluations().get(0) + "/revisions/1")
                .then()
                .statusCode(409)
                .body("type", endsWith("/problems/revision-immutable"));
        // reads are unaffected, and other paths keep the generic 405
        anonymous().get("/api/v1/ratings/snapshots/" + id).then().statusCode(200);
        as(Role.ADMIN).delete("/api/v1/ratings/campaigns").then().statusCode(405);
        // the snapshot is as it was
        assertThat(data.count("select count(*) from rating_snapshot where campaign_id = ?", f.campaign()))
                .isEqualTo(1);
    }

    @Test
    void everySnapshotRevisionIsADatasetWhoseHashesAreTheBytesServed() throws Exception {
        Fixture f = publish("80.0", "60.0", "70.0", "90.0", "50.0");
        correct(f, 1, "Телефон указан в закреплённой записи");
        String first = snapshot(f.campaign(), 0);
        String second = snapshot(f.campaign(), 1);
        anonymous()
                .get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .body("datasets.id", hasItem("rating-" + first))
                .body("datasets.id", hasItem("rating-" + second))
                .body("datasets.find { it.id == 'rating-" + second + "' }.kind", equalTo("RATING"))
                .body(
                        "datasets.find { it.id == 'rating-" + second + "' }.links.href",
                        hasItem("/api/v1/open-data/ratings/" + second + "/datapackage.json"))
                .body(
                        "datasets.find { it.id == 'rating-" + second + "' }.links.href",
                        hasItem("/api/v1/open-data/ratings/" + second + "/files/organizations.csv"));
        for (String snapshot : List.of(first, second)) {
            String base = "/api/v1/open-data/ratings/" + snapshot;
            JsonPath pkg = anonymous()
                    .get(base + "/datapackage.json")
                    .then()
                    .statusCode(200)
                    .body("profile", equalTo("tabular-data-package"))
                    .body("licenses[0].name", equalTo("CC-BY-4.0"))
                    .body("id", equalTo(snapshot))
                    .body("methodology", equalTo(f.set().toString()))
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> resources = pkg.getList("resources");
            assertThat(resources)
                    .extracting(r -> r.get("path"))
                    .containsExactly(
                            "files/accounts.csv",
                            "files/accounts.ndjson",
                            "files/organizations.csv",
                            "files/organizations.ndjson",
                            "files/municipalities.csv",
                            "files/municipalities.ndjson",
                            "files/sectors.csv",
                            "files/sectors.ndjson");
            for (Map<String, Object> resource : resources) {
                byte[] bytes = download(base + "/" + resource.get("path"));
                assertThat(resource.get("hash"))
                        .as((String) resource.get("path"))
                        .isEqualTo("sha256:" + sha256(bytes));
                assertThat(((Number) resource.get("bytes")).longValue()).isEqualTo(bytes.length);
            }
        }
        // the files hold the rating as published in each revision: the corrected account's index moved
        String before = new String(
                download("/api/v1/open-data/ratings/" + first + "/files/organizations.csv"), StandardCharsets.UTF_8);
        String after = new String(
                download("/api/v1/open-data/ratings/" + second + "/files/organizations.csv"), StandardCharsets.UTF_8);
        assertThat(before.lines().findFirst().orElseThrow())
                .startsWith("snapshot_id,snapshot_revision,campaign_id,level,peer_group");
        String school = f.organizations().get(0).toString();
        assertThat(before).contains("," + school + ",").contains(",70.0,");
        assertThat(after).contains(",90.0,");
        // NDJSON: one object per row; the overall table holds the three organizations
        List<String> lines = new String(
                        download("/api/v1/open-data/ratings/" + second + "/files/organizations.ndjson"),
                        StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains("\"peer_group\":\"OVERALL\""))
                .toList();
        assertThat(lines).hasSize(3);
        // a snapshot's files never change: strong validators and 304
        String etag = RestAssured.given()
                .get("/api/v1/open-data/ratings/" + first + "/files/accounts.csv")
                .then()
                .statusCode(200)
                .header("Link", notNullValue())
                .header("Last-Modified", notNullValue())
                .extract()
                .header("ETag");
        RestAssured.given()
                .header("If-None-Match", etag)
                .get("/api/v1/open-data/ratings/" + first + "/files/accounts.csv")
                .then()
                .statusCode(304);
        anonymous()
                .get("/api/v1/open-data/ratings/" + UUID.randomUUID() + "/datapackage.json")
                .then()
                .statusCode(404);
        anonymous()
                .get("/api/v1/open-data/ratings/" + first + "/files/answers.csv")
                .then()
                .statusCode(404);
    }

    @Test
    void publishedEvaluationsPageByCursorWhileACorrectionLands() {
        Fixture f = publish("80.0", "60.0", "70.0", "90.0", "50.0");
        List<String> read = new ArrayList<>();
        String next = "/api/v1/evaluations?campaign=" + f.campaign() + "&sort=updatedAt&size=2";
        int pages = 0;
        while (next != null) {
            JsonPath page = anonymous()
                    .urlEncodingEnabled(false)
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            read.addAll(page.getList("items.id", String.class));
            assertThat(page.getList("items.updatedAt")).doesNotContainNull();
            next = page.getString("next");
            if (++pages == 1) {
                // the first evaluation read is corrected: it changes, so it comes again at the end
                int corrected = f.evaluations().indexOf(UUID.fromString(read.get(0)));
                correct(f, corrected, "Проверка курсора");
            }
            assertThat(pages).isLessThan(6);
        }
        List<String> all = f.evaluations().stream().map(UUID::toString).toList();
        assertThat(read).hasSize(6).containsAll(all);
        assertThat(read.get(5)).isEqualTo(read.get(0));
        assertThat(read.subList(0, 5)).doesNotHaveDuplicates();
        // updatedSince alone lists in order of change too: the corrected evaluation is the newest
        JsonPath since = anonymous()
                .queryParam("campaign", f.campaign().toString())
                .queryParam("updatedSince", "2000-01-01T00:00:00Z")
                .get("/api/v1/evaluations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(since.getString("items[4].id")).isEqualTo(read.get(0));
        // the default order (newest campaign first) is unchanged and has no cursor
        anonymous()
                .queryParam("campaign", f.campaign().toString())
                .queryParam("size", 2)
                .get("/api/v1/evaluations")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("next", org.hamcrest.Matchers.nullValue());
        anonymous()
                .queryParam("sort", "nonsense")
                .get("/api/v1/evaluations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }
}
