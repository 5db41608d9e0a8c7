package ru.digitalbridge.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.StatementCountingDriver;

/**
 * Rating snapshots through HTTP: computed at publication (a real FINAL → PUBLISHED transition), read anonymously with
 * filters, ETag and 304; a correction adds revision 2 with a changelog while revision 1 stays as it was; deltas against
 * the previous campaign of the same edition, a flag for a new edition; trends; and scripts/verify-rating.py run against
 * this server recomputes every index and place.
 */
@QuarkusTest
class RatingResourceTest {
    @Inject
    EvaluationTestData data;

    /** A fresh approved criteria set (its own family, edition 1). */
    private UUID criteriaSet() {
        UUID set = UUID.randomUUID();
        data.criteriaSet(set);
        return set;
    }

    private record Fixture(UUID campaign, List<UUID> organizations, List<UUID> accounts, List<UUID> evaluations) {}

    /**
     * A campaign in FINAL over three organizations of Balakovo: two schools (80.0 and 60.0 → 70.0; 70.0) and a
     * theatre (90.0 and an account with nothing applicable), published through the API.
     */
    private Fixture publish(UUID set, String period, String... indexes) {
        List<UUID> organizations =
                List.of(data.organization("EDUCATION"), data.organization("EDUCATION"), data.organization("CULTURE"));
        int[] owner = {0, 0, 1, 2, 2};
        List<UUID> accounts = new ArrayList<>();
        for (int o : owner) {
            accounts.add(data.account(organizations.get(o)));
        }
        UUID campaign = UUID.randomUUID();
        data.update(
                "insert into campaign (id, title, period, criteria_set_id, stage) values (?, ?, ?, ?, 'FINAL')",
                campaign,
                "Рейтинг " + campaign,
                period,
                set);
        UUID expert = data.person(Role.EXPERT, null).id();
        List<UUID> evaluations = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            data.update(
                    "insert into campaign_account (campaign_id, account_id) values (?, ?)", campaign, accounts.get(i));
            UUID evaluation = data.evaluation(campaign, accounts.get(i), expert, "PRIMARY");
            data.approve(evaluation, indexes[i]);
            evaluations.add(evaluation);
        }
        as(Role.COORDINATOR)
                .body(Map.of("to", "PUBLISHED", "version", 0))
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then()
                .statusCode(200);
        return new Fixture(campaign, organizations, accounts, evaluations);
    }

    private static JsonPath snapshots(UUID campaign) {
        return anonymous()
                .get("/api/v1/ratings/campaigns/" + campaign + "/snapshots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath rows(String snapshot, String query) {
        return anonymous()
                .get("/api/v1/ratings/snapshots/" + snapshot + "/rows?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> row(JsonPath page, UUID unit) {
        return page.<Map<String, Object>>getList("items").stream()
                .filter(r -> unit.toString().equals(r.get("unitId")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void publicationComputesARankedSnapshotThatAnyoneReads() {
        Fixture f = publish(criteriaSet(), "2023-Q1", "80.0", "60.0", "70.0", "90.0", null);
        JsonPath list = snapshots(f.campaign());
        assertThat(list.getList("revision")).containsExactly(1);
        String id = list.getString("[0].id");
        JsonPath snapshot = anonymous()
                .get("/api/v1/ratings/snapshots/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(snapshot.getInt("revision")).isEqualTo(1);
        assertThat(snapshot.getBoolean("latest")).isTrue();
        assertThat(snapshot.getInt("evaluations")).isEqualTo(5);
        assertThat(snapshot.getInt("rules.minimumOrganizationsPerMunicipality")).isEqualTo(5);
        assertThat(snapshot.getInt("rules.minimumAccountsPerOrganization")).isEqualTo(1);
        assertThat(snapshot.getString("rules.ranking")).isEqualTo("COMPETITION_1224");
        assertThat(snapshot.getString("comparison.status")).isEqualTo("NO_PREVIOUS");
        assertThat(snapshot.getInt("methodology.edition")).isEqualTo(1);
        assertThat(snapshot.getList("changelog")).isEmpty();
        // subscribers hear of it: the event was written in the publication's transaction
        assertThat(data.count(
                        "select count(*) from outbox_event where type = 'rating.snapshot-published' and resource_id = ?"
                                + " and payload ->> 'campaignId' = ?",
                        id,
                        f.campaign().toString()))
                .isEqualTo(1);
        // statistics: nothing was answered per criterion here, but the structure is there
        assertThat(snapshot.getList("statistics.criteria")).isEmpty();

        JsonPath organizations = rows(id, "level=ORGANIZATION");
        assertThat(organizations.getInt("total")).isEqualTo(3);
        assertThat(organizations.getList("items.name")).hasSize(3);
        Map<String, Object> theatre = row(organizations, f.organizations().get(2));
        assertThat(theatre)
                .containsEntry("index", 90.0f)
                .containsEntry("evaluated", 1)
                .containsEntry("total", 2);
        assertThat(theatre.get("place")).isEqualTo(Map.of("from", 1, "to", 1, "of", 3));
        // the two schools tie at 70.0: "2–3 of 3"
        assertThat(row(organizations, f.organizations().get(0)).get("place"))
                .isEqualTo(Map.of("from", 2, "to", 3, "of", 3));
        assertThat(row(organizations, f.organizations().get(1)).get("place"))
                .isEqualTo(Map.of("from", 2, "to", 3, "of", 3));
        // peer group: among EDUCATION organizations the schools share the first place
        JsonPath schools = rows(id, "level=ORGANIZATION&peerGroup=SECTOR&sector=EDUCATION");
        assertThat(schools.getList("items.place.from")).containsExactly(1, 1);
        // accounts: the one with nothing applicable is listed unranked, last
        JsonPath accounts = rows(id, "level=ACCOUNT&sort=place");
        assertThat(accounts.getList("items.place.from")).containsExactly(1, 2, 3, 4);
        assertThat(accounts.getList("items.ranked")).containsExactly(true, true, true, true, false);
        assertThat(accounts.getString("items[4].unitId"))
                .isEqualTo(f.accounts().get(4).toString());
        assertThat(rows(id, "level=ACCOUNT&platform=OK").getList("items")).isEmpty();
        assertThat(rows(id, "level=ACCOUNT&size=2&page=1").getList("items.place.from"))
                .containsExactly(3, 4);
        // the municipality has 3 evaluated organizations (fewer than 5): shown, not ranked
        Map<String, Object> balakovo = rows(id, "level=MUNICIPALITY")
                .<Map<String, Object>>getList("items")
                .get(0);
        assertThat(balakovo)
                .containsEntry("ranked", false)
                .containsEntry("evaluated", 3)
                .containsEntry("total", 3);
        assertThat(balakovo.get("place")).isNull();
        // ETag and 304
        String etag = anonymous()
                .get("/api/v1/ratings/snapshots/" + id + "/rows?level=ORGANIZATION")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        anonymous()
                .header("If-None-Match", etag)
                .get("/api/v1/ratings/snapshots/" + id + "/rows?level=ORGANIZATION")
                .then()
                .statusCode(304)
                .header("ETag", etag);
        // served from memory the second time (RatingPages): the same bytes, the same tag, the snapshot's time
        var again = anonymous()
                .get("/api/v1/ratings/snapshots/" + id + "/rows?level=ORGANIZATION")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("ETag", etag)
                .extract();
        assertThat(again.header("Last-Modified")).isNotBlank();
        assertThat(again.jsonPath().getList("items"))
                .hasSize(organizations.getList("items").size());
    }

    /** What a repeated read of one rating page costs: SQL only the first time, nothing after (issue 8, §5). */
    @Test
    void aRepeatedPageReadRunsNoStatementsAndSendsPrecomputedBytes() throws Exception {
        Fixture f = publish(criteriaSet(), "2023-Q2", "80.0", "60.0", "70.0", "90.0", "50.0");
        String id = snapshots(f.campaign()).getString("[0].id");
        String path = "/api/v1/ratings/snapshots/" + id + "/rows?level=ACCOUNT";
        long before = StatementCountingDriver.count();
        HttpResponse<byte[]> first = raw(path, Map.of());
        long firstRead = StatementCountingDriver.count() - before;
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(firstRead).as("statements of the first read of a page").isBetween(1L, 3L);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(lastModified).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

        before = StatementCountingDriver.count();
        HttpResponse<byte[]> again = raw(path, Map.of());
        HttpResponse<byte[]> notModified = raw(path, Map.of("If-None-Match", etag));
        HttpResponse<byte[]> notModifiedWeak = raw(path, Map.of("If-None-Match", "\"other\", W/" + etag));
        HttpResponse<byte[]> notModifiedSince = raw(path, Map.of("If-Modified-Since", lastModified));
        assertThat(StatementCountingDriver.count() - before)
                .as("statements of four repeated reads of a published page")
                .isZero();

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(again.headers().firstValue("Last-Modified")).contains(lastModified);
        for (HttpResponse<byte[]> answer : List.of(notModified, notModifiedWeak, notModifiedSince)) {
            assertThat(answer.statusCode()).isEqualTo(304);
            assertThat(answer.body()).isEmpty();
            assertThat(answer.headers().firstValue("ETag")).contains(etag);
            assertThat(answer.headers().firstValue("Last-Modified")).contains(lastModified);
        }
        // the bytes are what the JSON says
        assertThat(JsonPath.from(new String(first.body(), StandardCharsets.UTF_8))
                        .getList("items"))
                .hasSize(5);
    }

    private static HttpResponse<byte[]> raw(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void badFiltersAre400AndUnknownSnapshotsAre404() {
        String unknown = UUID.randomUUID().toString();
        Fixture f = publish(criteriaSet(), "2023-Q1", "50.0", "40.0", "30.0", "20.0", "10.0");
        String id = snapshots(f.campaign()).getString("[0].id");
        for (String field : List.of("level", "peerGroup", "sector", "kind", "platform", "municipality", "sort")) {
            anonymous()
                    .get("/api/v1/ratings/snapshots/" + id + "/rows?" + field + "=nonsense")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo(field));
        }
        anonymous()
                .header("Accept-Language", "en")
                .get("/api/v1/ratings/snapshots/" + unknown)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Rating snapshot: no such record."));
        anonymous().get("/api/v1/ratings/snapshots/" + unknown + "/rows").then().statusCode(404);
        anonymous()
                .get("/api/v1/ratings/campaigns/" + unknown + "/snapshots")
                .then()
                .statusCode(404);
        anonymous()
                .get("/api/v1/ratings/organizations/" + unknown + "/trend")
                .then()
                .statusCode(404);
        anonymous()
                .get("/api/v1/ratings/municipalities/" + unknown + "/trend")
                .then()
                .statusCode(404);
        anonymous().get("/api/v1/ratings/snapshots/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aCorrectionAddsARevisionWithAChangelogAndTheOldOneStaysAsItWas() {
        UUID set = criteriaSet();
        Fixture f = publish(set, "2023-Q1", "80.0", "60.0", "70.0", "90.0", null);
        String first = snapshots(f.campaign()).getString("[0].id");
        String before = anonymous()
                .get("/api/v1/ratings/snapshots/" + first + "/rows?level=ORGANIZATION")
                .then()
                .extract()
                .asString();
        // the 60.0 account has no answers: a correction answering B.PHONE yes makes its index 100.0, its school 90.0
        UUID phone = data.id("select id from criterion where criteria_set_id = ? and code = 'B.PHONE'", set);
        as(Role.COORDINATOR)
                .body(Map.of(
                        "reason",
                        "Телефон указан в закреплённой записи",
                        "answers",
                        List.of(Map.of("criterionId", phone, "value", 1))))
                .post("/api/v1/evaluations/" + f.evaluations().get(1) + "/corrections")
                .then()
                .statusCode(200);
        JsonPath list = snapshots(f.campaign());
        assertThat(list.getList("revision")).containsExactly(1, 2);
        assertThat(list.getString("[1].reason")).isEqualTo("Телефон указан в закреплённой записи");
        String second = list.getString("[1].id");
        JsonPath snapshot = anonymous()
                .get("/api/v1/ratings/snapshots/" + second)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(snapshot.getList("changelog.revision")).containsExactly(2);
        assertThat(snapshot.getString("changelog[0].reason")).isEqualTo("Телефон указан в закреплённой записи");
        assertThat(snapshot.getString("changelog[0].evaluationId"))
                .isEqualTo(f.evaluations().get(1).toString());
        assertThat(snapshot.getFloat("changelog[0].indexBefore")).isEqualTo(60f);
        assertThat(snapshot.getFloat("changelog[0].indexAfter")).isEqualTo(100f);
        List<Map<String, Object>> moved = snapshot.getList("changelog[0].moved");
        Map<String, Object> school = moved.stream()
                .filter(m -> "ORGANIZATION".equals(m.get("level"))
                        && "OVERALL".equals(m.get("peerGroup"))
                        && f.organizations().get(0).toString().equals(m.get("unitId")))
                .findFirst()
                .orElseThrow();
        assertThat(school)
                .containsEntry("indexBefore", 70f)
                .containsEntry("indexAfter", 90f)
                .containsEntry("placeBefore", 2)
                .containsEntry("placeAfter", 1);
        // revision 2: the school ties the theatre at 90.0
        JsonPath organizations = rows(second, "level=ORGANIZATION");
        assertThat(row(organizations, f.organizations().get(0)).get("place"))
                .isEqualTo(Map.of("from", 1, "to", 2, "of", 3));
        // revision 1 is byte for byte what it was, and says it is no longer the latest
        assertThat(anonymous()
                        .get("/api/v1/ratings/snapshots/" + first + "/rows?level=ORGANIZATION")
                        .then()
                        .extract()
                        .asString())
                .isEqualTo(before);
        anonymous()
                .get("/api/v1/ratings/snapshots/" + first)
                .then()
                .body("latest", equalTo(false))
                .body("changelog", org.hamcrest.Matchers.empty());
        // the tables refuse any change of a published rating
        assertThatThrownBy(() -> data.update(
                        "update rating_row set index_value = 0 where snapshot_id = ?", UUID.fromString(first)))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> data.update("delete from rating_snapshot where id = ?", UUID.fromString(first)))
                .hasMessageContaining("append-only");
        // no write operation exists on a rating: an attempt to change one is a conflict with its published state
        as(Role.COORDINATOR)
                .delete("/api/v1/ratings/snapshots/" + first)
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/problems/snapshot-immutable"));
    }

    @Test
    void deltasCompareTheSameEditionAndANewEditionIsFlagged() {
        UUID set = criteriaSet();
        Fixture q1 = publish(set, "2023-Q1", "80.0", "60.0", "70.0", "90.0", null);
        // the same organizations and accounts are not reused by publish(); compare through a second campaign over q1's
        UUID campaign = UUID.randomUUID();
        data.update(
                "insert into campaign (id, title, period, criteria_set_id, stage) values (?, 'Рейтинг Q2', '2023-Q2', ?,"
                        + " 'FINAL')",
                campaign,
                set);
        UUID expert = data.person(Role.EXPERT, null).id();
        String[] q2 = {"85.0", "60.0", "70.0", "80.0", null};
        for (int i = 0; i < q1.accounts().size(); i++) {
            data.update(
                    "insert into campaign_account (campaign_id, account_id) values (?, ?)",
                    campaign,
                    q1.accounts().get(i));
            UUID evaluation = data.evaluation(campaign, q1.accounts().get(i), expert, "PRIMARY");
            data.update(
                    "update evaluation set status = 'APPROVED', index_value = cast(? as numeric) where id = ?",
                    q2[i],
                    evaluation);
        }
        as(Role.COORDINATOR)
                .body(Map.of("to", "PUBLISHED", "version", 0))
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then()
                .statusCode(200);
        String id = snapshots(campaign).getString("[0].id");
        JsonPath snapshot = anonymous()
                .get("/api/v1/ratings/snapshots/" + id)
                .then()
                .extract()
                .jsonPath();
        assertThat(snapshot.getString("comparison.status")).isEqualTo("COMPARABLE");
        assertThat(snapshot.getString("comparison.previousCampaign.id"))
                .isEqualTo(q1.campaign().toString());
        JsonPath organizations = rows(id, "level=ORGANIZATION");
        // school 1: 70.0 (2–3) → 72.5 (2); theatre 90.0 (1) → 80.0 (1... 80.0 > 72.5 > 70.0)
        Map<String, Object> school = row(organizations, q1.organizations().get(0));
        assertThat(school)
                .containsEntry("index", 72.5f)
                .containsEntry("previousIndex", 70f)
                .containsEntry("indexDelta", 2.5f)
                .containsEntry("previousPlace", 2)
                .containsEntry("placeDelta", 0);
        Map<String, Object> theatre = row(organizations, q1.organizations().get(2));
        assertThat(theatre).containsEntry("indexDelta", -10f).containsEntry("placeDelta", 0);
        // sort by the change: the theatre fell the most
        assertThat(rows(id, "level=ORGANIZATION&sort=indexDelta").getString("items[0].unitId"))
                .isEqualTo(q1.organizations().get(2).toString());

        // a new edition of the same family: flagged, no deltas
        UUID edition2 = UUID.randomUUID();
        data.update(
                "insert into criteria_set (id, family_id, edition, name, status, approved_at, approved_by)"
                        + " select ?, family_id, 2, name || ' (2)', 'APPROVED', now(), 'test' from criteria_set where id = ?",
                edition2,
                set);
        UUID q3 = UUID.randomUUID();
        data.update(
                "insert into campaign (id, title, period, criteria_set_id, stage) values (?, 'Рейтинг Q3', '2023-Q3', ?,"
                        + " 'FINAL')",
                q3,
                edition2);
        data.update(
                "insert into campaign_account (campaign_id, account_id) values (?, ?)",
                q3,
                q1.accounts().get(0));
        UUID evaluation = data.evaluation(q3, q1.accounts().get(0), expert, "PRIMARY");
        data.update("update evaluation set status = 'APPROVED', index_value = 99.0 where id = ?", evaluation);
        as(Role.COORDINATOR)
                .body(Map.of("to", "PUBLISHED", "version", 0))
                .post("/api/v1/campaigns/" + q3 + "/transition")
                .then()
                .statusCode(200);
        String third = snapshots(q3).getString("[0].id");
        JsonPath flagged = anonymous()
                .get("/api/v1/ratings/snapshots/" + third)
                .then()
                .extract()
                .jsonPath();
        assertThat(flagged.getString("comparison.status")).isEqualTo("EDITION_CHANGED");
        assertThat(flagged.getInt("comparison.previousEdition")).isEqualTo(1);
        assertThat(flagged.getString("comparison.explanation"))
                .contains("edition 1")
                .contains("edition 2");
        assertThat(rows(third, "level=ORGANIZATION").getString("items[0].indexDelta"))
                .isNull();

        // trend of school 1 across the three campaigns
        JsonPath trend = anonymous()
                .get("/api/v1/ratings/organizations/" + q1.organizations().get(0) + "/trend")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(trend.getList("campaign.period")).containsExactly("2023-Q1", "2023-Q2", "2023-Q3");
        assertThat(trend.getList("index")).containsExactly(70f, 72.5f, 99f);
        assertThat(trend.getList("comparison")).containsExactly("NO_PREVIOUS", "COMPARABLE", "EDITION_CHANGED");
        anonymous()
                .get("/api/v1/ratings/municipalities/" + EvaluationTestData.BALAKOVO + "/trend")
                .then()
                .statusCode(200)
                .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
        assertThat(anonymous()
                        .get("/api/v1/ratings/campaigns")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("campaign.id"))
                .contains(q1.campaign().toString(), campaign.toString(), q3.toString());
    }

    @Test
    void theVerifierScriptRecomputesEveryIndexAndPlaceFromThePublicApi() throws IOException, InterruptedException {
        UUID set = criteriaSet();
        Fixture f = publish(set, "2023-Q1", "80.0", "60.0", "70.0", "90.0", null);
        // real answers through corrections, so that every index is recomputed from its criteria
        UUID phone = data.id("select id from criterion where criteria_set_id = ? and code = 'B.PHONE'", set);
        UUID quality = data.id("select id from criterion where criteria_set_id = ? and code = 'S.QUALITY'", set);
        int[][] values = {{0, 1}, {1, 1}, {0, 2}, {1, 1}, {0, 1}};
        for (int i = 0; i < values.length; i++) {
            as(Role.COORDINATOR)
                    .body(Map.of(
                            "reason",
                            "Проверка " + i,
                            "answers",
                            List.of(
                                    Map.of("criterionId", phone, "value", values[i][0]),
                                    Map.of("criterionId", quality, "value", values[i][1]))))
                    .post("/api/v1/evaluations/" + f.evaluations().get(i) + "/corrections")
                    .then()
                    .statusCode(200);
        }
        List<String> revisions = snapshots(f.campaign()).getList("id");
        assertThat(revisions).hasSize(6);
        String id = revisions.get(5);
        Process process = new ProcessBuilder(
                        "python3", "../scripts/verify-rating.py", "http://localhost:" + RestAssured.port, id)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        // 5 accounts × 3 peer groups + 3 organizations × 3 + 1 municipality + 2 sectors
        assertThat(output).contains("verified 27 rows").contains("5 account indexes recomputed");
        // and it does fail on a wrong published number: the verifier compares against another snapshot's rows
        Process wrong = new ProcessBuilder(
                        "python3",
                        "../scripts/verify-rating.py",
                        "http://localhost:" + RestAssured.port,
                        "not-a-snapshot")
                .redirectErrorStream(true)
                .start();
        wrong.getInputStream().readAllBytes();
        assertThat(wrong.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(wrong.exitValue()).isNotZero();
    }
}
