package ru.digitalbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static ru.digitalbridge.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.methodology.CriteriaCatalog;
import ru.digitalbridge.support.Api;

/**
 * The demo's bulletin through the public API: one published issue per published demo campaign, № 1–3 of the series
 * (here a series of its own, since other tests publish into {@code main}), each compiled from that campaign's rating;
 * the later two report the follow-up of the campaign before; personal sections exist for the evaluated organisations
 * and the demo representative reads their organisation's in the cabinet; the issues are in the open data.
 */
@QuarkusTest
class DemoBulletinsTest {
    @Inject
    DataSource dataSource;

    @Inject
    CriteriaCatalog catalog;

    @Inject
    DemoRatings ratings;

    @Inject
    DemoBulletins bulletins;

    @Inject
    Sql db;

    private static JsonPath get(String path) {
        return anonymous().get(path).then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(JsonPath issue, String kind) {
        return (Map<String, Object>) issue.<Map<String, Object>>getList("blocks").stream()
                .filter(b -> kind.equals(b.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind))
                .get("data");
    }

    @Test
    void threePublishedIssuesWithFollowUpAndPersonalSections() throws Exception {
        PublicDemo.load(dataSource, catalog);
        List<UUID> campaigns = PublicDemo.publishedCampaigns(dataSource);
        assertThat(campaigns).hasSize(3);
        try (Connection connection = dataSource.getConnection()) {
            long rated = PublicDemo.number(
                    connection,
                    "select count(*) from rating_snapshot where campaign_id::text in ('"
                            + String.join(
                                    "','",
                                    campaigns.stream().map(UUID::toString).toList()) + "')");
            if (rated == 0) {
                ratings.rate(campaigns, PublicDemo.coordinator(dataSource));
            }
        }
        String coordinator = PublicDemo.coordinator(dataSource);
        String admin = coordinator.replace("coordinator+", "admin+");
        UUID editor = db.one("select id from app_user where email = ?", rs -> rs.getObject(1, UUID.class), coordinator)
                .orElseThrow();
        UUID reviewer = db.one("select id from app_user where email = ?", rs -> rs.getObject(1, UUID.class), admin)
                .orElseThrow();
        String series = "demo-" + Api.unique().toLowerCase();
        db.update(
                "insert into bulletin_series (id, slug, title_ru, title_en) values (?, ?, 'Демо', 'Demo')",
                UUID.randomUUID(),
                series);

        assertThat(bulletins.load(campaigns, editor, reviewer, series)).isEqualTo(3);
        assertThat(bulletins.load(campaigns, editor, reviewer, series)).isZero(); // once per campaign

        for (int number = 1; number <= 3; number++) {
            JsonPath issue = get("/api/v1/bulletins/series/" + series + "/issues/" + number);
            assertThat(issue.getInt("revision")).isEqualTo(1);
            assertThat(issue.getString("campaignId"))
                    .isEqualTo(campaigns.get(number - 1).toString());
            assertThat(issue.getList("blocks.kind")).contains("SUMMARY", "LEADERS", "FAILURES", "FOLLOW_UP", "ARTICLE");
            Map<String, Object> follow = data(issue, "FOLLOW_UP");
            Map<?, ?> total = (Map<?, ?>) follow.get("total");
            if (number == 1) {
                assertThat(follow.get("previousCampaign")).isNull();
                assertThat(((Number) total.get("recommended")).intValue()).isZero();
            } else {
                assertThat(((Map<?, ?>) follow.get("previousCampaign")).get("id"))
                        .isEqualTo(campaigns.get(number - 2).toString());
                assertThat(((Number) total.get("recommended")).intValue()).isPositive();
                assertThat(((Number) total.get("reassessed")).intValue()).isPositive();
                assertThat((List<?>) follow.get("byCriterion")).isNotEmpty();
            }
            // the summary's evaluations are the snapshot's
            Map<String, Object> summary = data(issue, "SUMMARY");
            String snapshot = (String) ((Map<?, ?>) summary.get("snapshot")).get("id");
            assertThat(summary.get("evaluations"))
                    .isEqualTo(get("/api/v1/ratings/snapshots/" + snapshot).getInt("evaluations"));
            long sections = db.count(
                    "select count(*) from bulletin_personal_section where issue_id = ?",
                    UUID.fromString(issue.getString("id")));
            assertThat(sections).isPositive();
        }

        // the demo representative reads their organisation's sections, nobody else's
        String representative = coordinator.replace("coordinator+", "representative+");
        UUID organization = db.one(
                        "select organization_id from app_user where email = ?",
                        rs -> rs.getObject(1, UUID.class),
                        representative)
                .orElseThrow();
        List<Map<String, Object>> mine = Api.anonymous()
                .header("Authorization", "Bearer " + Api.login(representative, DemoDataGenerator.DEMO_PASSWORD))
                .get("/api/v1/me/bulletin-sections")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(mine).isNotEmpty().allMatch(s -> organization.toString().equals(s.get("organizationId")));

        anonymous()
                .get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .body("datasets.id", hasItems("bulletin-issues", "bulletin-follow-up"));
        String csv = anonymous()
                .get("/api/v1/bulletins/open-data/follow-up?format=csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).startsWith("issue_id,series,number,revision,campaign_id,previous_campaign_id,dimension");
        assertThat(csv).contains("," + series + ",2,1,").contains(",CRITERION,");
        String ndjson = anonymous()
                .get("/api/v1/bulletins/open-data/issues?format=ndjson")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(ndjson).contains("\"series\":\"" + series + "\",\"number\":3");
    }
}
