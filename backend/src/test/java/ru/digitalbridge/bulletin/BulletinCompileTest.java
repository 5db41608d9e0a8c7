package ru.digitalbridge.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.digitalbridge.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.bulletin.BulletinTestData.Fixture;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.security.Role;

/**
 * Compiling an issue from a published campaign through HTTP: every figure of the proposed blocks equals the rating
 * snapshot's (rows and statistics, read from the public rating API), the follow-up of the previous campaign's
 * recommendations is the one worked out in {@link BulletinTestData}, and publication freezes a personal section per
 * organization evaluated in the campaign.
 */
@QuarkusTest
class BulletinCompileTest {
    @Inject
    BulletinTestData bulletins;

    @Inject
    EvaluationTestData data;

    static Map<String, Object> block(JsonPath doc, String kind) {
        return doc.<Map<String, Object>>getList("blocks").stream()
                .filter(b -> kind.equals(b.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no block " + kind));
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object map, String... path) {
        Object value = map;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    static float f(Object number) {
        return ((Number) number).floatValue();
    }

    @Test
    void compiledNumbersAreTheSnapshotsAndFollowUpCountsRecommendations() {
        Fixture fx = bulletins.twoCampaigns();
        Person editor = data.person(Role.COORDINATOR, null);
        Person reviewer = data.person(Role.COORDINATOR, null);
        Map<String, Object> body = new HashMap<>();
        body.put("series", "main");
        body.put("title", "Итоги 2023-Q2");
        body.put("periodFrom", "2023-04-01");
        body.put("periodTo", "2023-06-30");
        body.put("campaignId", fx.second());
        body.put("reviewerId", reviewer.id());
        JsonPath draft = editor.api()
                .body(body)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(draft.getList("blocks.kind"))
                .containsExactly(
                        "SUMMARY",
                        "LEADERS",
                        "MOST_IMPROVED",
                        "MUNICIPALITIES",
                        "FAILURES",
                        "ANSWER_TIMES",
                        "FOLLOW_UP");

        JsonPath snapshots = anonymous()
                .get("/api/v1/ratings/campaigns/" + fx.second() + "/snapshots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String snapshotId = snapshots.getString("[0].id");
        assertThat(draft.getString("snapshotId")).isEqualTo(snapshotId);
        JsonPath snapshot = anonymous()
                .get("/api/v1/ratings/snapshots/" + snapshotId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath accounts = anonymous()
                .get("/api/v1/ratings/snapshots/" + snapshotId + "/rows?level=ACCOUNT&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath organizations = anonymous()
                .get("/api/v1/ratings/snapshots/" + snapshotId + "/rows?level=ORGANIZATION&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // SUMMARY: evaluations, the accounts' mean index, organizations counted
        Map<String, Object> summary = block(draft, "SUMMARY");
        assertThat(at(summary, "data", "evaluations").toString()).isEqualTo(snapshot.getString("evaluations"));
        assertThat(f(at(summary, "data", "accounts", "averageIndex"))).isEqualTo(80.0f); // (80 + 70 + 90) / 3
        assertThat(accounts.getList("items.index", Float.class)).containsExactlyInAnyOrder(90.0f, 80.0f, 70.0f);
        assertThat(f(at(summary, "data", "comparison", "previousAverageIndex"))).isEqualTo(50.0f);
        assertThat((String) at(summary, "data", "comparison", "status")).isEqualTo("COMPARABLE");
        assertThat(((Number) at(summary, "data", "organizations", "total")).intValue())
                .isEqualTo(organizations.getInt("total"));

        // LEADERS overall: the snapshot's organization rows with places 1–3, same index and place
        Map<String, Object> leaders = block(draft, "LEADERS");
        List<Map<String, Object>> groups = at(leaders, "data", "groups");
        Map<String, Object> overall = groups.stream()
                .filter(g -> "OVERALL".equals(g.get("peerGroup")))
                .findFirst()
                .orElseThrow();
        List<Map<String, Object>> leaderRows = at(overall, "rows");
        assertThat(leaderRows).hasSize(organizations.getList("items").size());
        for (Map<String, Object> row : leaderRows) {
            Map<String, Object> rated = organizations.<Map<String, Object>>getList("items").stream()
                    .filter(r -> r.get("unitId").equals(row.get("unitId")))
                    .findFirst()
                    .orElseThrow();
            assertThat(f(row.get("index"))).isEqualTo(f(rated.get("index")));
            assertThat((Object) at(row, "place", "from")).isEqualTo(at(rated, "place", "from"));
            assertThat((Object) at(row, "place", "of")).isEqualTo(at(rated, "place", "of"));
        }
        assertThat(leaderRows.get(0).get("unitId"))
                .isEqualTo(fx.organizations().get("O3").toString());
        assertThat(groups.stream().map(g -> g.get("peerGroup") + "/" + g.get("peerKey")))
                .contains("SECTOR/EDUCATION", "SECTOR/CULTURE");

        // MOST_IMPROVED: O1 55.0 → 75.0, the snapshot's delta
        Map<String, Object> improved = block(draft, "MOST_IMPROVED");
        List<Map<String, Object>> improvedGroups = at(improved, "data", "groups");
        Map<String, Object> top =
                ((List<Map<String, Object>>) improvedGroups.get(0).get("rows")).get(0);
        assertThat(top.get("unitId")).isEqualTo(fx.organizations().get("O1").toString());
        Map<String, Object> o1 = organizations.<Map<String, Object>>getList("items").stream()
                .filter(r -> r.get("unitId").equals(fx.organizations().get("O1").toString()))
                .findFirst()
                .orElseThrow();
        assertThat(f(top.get("indexDelta"))).isEqualTo(f(o1.get("indexDelta"))).isEqualTo(20.0f);
        assertThat(f(top.get("previousIndex"))).isEqualTo(55.0f);

        // FAILURES: the snapshot's common failures of the overall group, with how-to-fix and good examples
        Map<String, Object> failures = block(draft, "FAILURES");
        List<Map<String, Object>> failed = at(failures, "data", "criteria");
        List<Map<String, Object>> common = snapshot.<Map<String, Object>>getList("statistics.commonFailures").stream()
                .filter(s -> "OVERALL".equals(s.get("peerGroup")))
                .toList();
        assertThat(failed).hasSameSizeAs(common);
        for (int i = 0; i < common.size(); i++) {
            assertThat(failed.get(i).get("code")).isEqualTo(common.get(i).get("code"));
            assertThat(failed.get(i).get("failed")).isEqualTo(common.get(i).get("failed"));
            assertThat(failed.get(i).get("assessed")).isEqualTo(common.get(i).get("assessed"));
            assertThat(f(failed.get(i).get("shareMet")))
                    .isEqualTo(f(common.get(i).get("shareMet")));
        }
        Map<String, Object> phone = failed.stream()
                .filter(c -> "B.PHONE".equals(c.get("code")))
                .findFirst()
                .orElseThrow();
        assertThat(phone.get("failed")).isEqualTo(1); // D
        assertThat(phone.get("recommendation")).isEqualTo("Как исправить B.PHONE");
        List<Map<String, Object>> examples = at(phone, "examples");
        assertThat(examples.stream().map(e -> e.get("accountId")))
                .containsExactly(
                        fx.accounts().get("A").toString(),
                        fx.accounts().get("B").toString()); // 80.0, 70.0
        assertThat((String) at(failures, "markdown")).contains("Как исправить B.PHONE");

        // FOLLOW_UP: 4 recommended in 2023-Q1, 3 reassessed, 2 followed
        Map<String, Object> follow = block(draft, "FOLLOW_UP");
        assertThat((Object) at(follow, "data", "previousCampaign", "id"))
                .isEqualTo(fx.first().toString());
        assertThat(((Number) at(follow, "data", "total", "recommended")).intValue())
                .isEqualTo(4);
        assertThat(((Number) at(follow, "data", "total", "reassessed")).intValue())
                .isEqualTo(3);
        assertThat(((Number) at(follow, "data", "total", "followed")).intValue())
                .isEqualTo(2);
        assertThat(f(at(follow, "data", "total", "shareFollowed"))).isEqualTo(66.67f);
        List<Map<String, Object>> byCriterion = at(follow, "data", "byCriterion");
        assertThat(byCriterion.stream()
                        .map(c -> c.get("id") + ":" + c.get("recommended") + "/" + c.get("reassessed") + "/"
                                + c.get("followed")))
                .containsExactly("B.PHONE:2/1/1", "S.QUALITY:2/2/1");
        List<Map<String, Object>> bySector = at(follow, "data", "bySector");
        assertThat(bySector.stream().map(c -> c.get("id") + ":" + c.get("followed")))
                .containsExactly("EDUCATION:2");

        // published: one personal section per organization evaluated in campaign 2 (O1, O3), none for O2
        String id = draft.getString("id");
        editor.api()
                .body(Map.of("version", draft.getLong("version")))
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(200);
        reviewer.api()
                .body(Map.of("version", draft.getLong("version") + 1))
                .post("/api/v1/bulletins/issues/" + id + "/publish")
                .then()
                .statusCode(200);
        JsonPath sections = editor.api()
                .get("/api/v1/bulletins/issues/" + id + "/sections")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(sections.getList("organizationId"))
                .containsExactlyInAnyOrder(
                        fx.organizations().get("O1").toString(),
                        fx.organizations().get("O3").toString());
        JsonPath o1Section = editor.api()
                .get("/api/v1/bulletins/issues/" + id + "/sections?organization="
                        + fx.organizations().get("O1"))
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .extract()
                .jsonPath()
                .setRootPath("[0]");
        assertThat(o1Section.getList("blocks.kind"))
                .containsExactly("ORG_RECOMMENDATIONS", "ORG_FAILING_CRITERIA", "ORG_CHANGES", "ORG_FOLLOW_UP");
        Map<String, Object> orgFollow = block(o1Section, "ORG_FOLLOW_UP");
        assertThat(((Number) at(orgFollow, "data", "total", "recommended")).intValue())
                .isEqualTo(3);
        assertThat(((Number) at(orgFollow, "data", "total", "followed")).intValue())
                .isEqualTo(2);
        Map<String, Object> recommendations = block(o1Section, "ORG_RECOMMENDATIONS");
        List<Map<String, Object>> perAccount = at(recommendations, "data", "accounts");
        assertThat(perAccount).hasSize(2);
        // A still fails S.QUALITY (1 of 2): its recommendation is the methodology's how-to-fix text
        Map<String, Object> a = perAccount.stream()
                .filter(x -> fx.accounts().get("A").toString().equals(x.get("accountId")))
                .findFirst()
                .orElseThrow();
        assertThat(((List<Map<String, Object>>) a.get("recommendations"))
                        .stream().map(r -> r.get("recommendation")))
                .containsExactly("Как исправить S.QUALITY");
        Map<String, Object> changes = block(o1Section, "ORG_CHANGES");
        assertThat(f(at(changes, "data", "organization", "indexDelta"))).isEqualTo(20.0f);
        // the public issue carries no personal block
        JsonPath published = anonymous()
                .get("/api/v1/bulletins/issues/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(published.getList("blocks.kind", String.class)).noneMatch(k -> k.startsWith("ORG_"));
        assertThat(published.getList("blocks.data")).isEqualTo(draft.getList("blocks.data"));
    }
}
