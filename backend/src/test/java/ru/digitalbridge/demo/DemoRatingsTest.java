package ru.digitalbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.digitalbridge.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.methodology.CriteriaCatalog;

/**
 * The demo's ratings through the public API: the three published demo campaigns each have a rating, the later two
 * with deltas against the one before (same methodology edition), and the newest has a second revision after the demo
 * correction, with its changelog entry, both revisions downloadable as open data.
 */
@QuarkusTest
class DemoRatingsTest {
    @Inject
    DataSource dataSource;

    @Inject
    CriteriaCatalog catalog;

    @Inject
    DemoRatings ratings;

    private List<UUID> ratedDemo() throws Exception {
        PublicDemo.load(dataSource, catalog);
        List<UUID> campaigns = PublicDemo.publishedCampaigns(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            long rated = PublicDemo.number(
                    connection,
                    "select count(*) from rating_snapshot where campaign_id::text in ('"
                            + String.join(
                                    "','",
                                    campaigns.stream().map(UUID::toString).toList()) + "')");
            if (rated == 0) {
                // what loading the demo into an empty registry does after its bulk load (DemoDataService)
                assertThat(ratings.rate(campaigns, PublicDemo.coordinator(dataSource)))
                        .isEqualTo(campaigns.size() + 1);
            }
        }
        return campaigns;
    }

    private static JsonPath get(String path) {
        return anonymous().get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theThreePublishedDemoCampaignsHaveRatingsWithDeltasAndACorrectedRevision() throws Exception {
        List<UUID> campaigns = ratedDemo();
        assertThat(campaigns).hasSize(3);
        List<Map<String, Object>> rated = get("/api/v1/ratings/campaigns").getList("$");
        for (UUID campaign : campaigns) {
            assertThat(rated)
                    .as("rated campaign " + campaign)
                    .anyMatch(c -> Objects.equals(((Map<?, ?>) c.get("campaign")).get("id"), campaign.toString()));
        }
        for (int i = 0; i < campaigns.size(); i++) {
            UUID campaign = campaigns.get(i);
            JsonPath snapshots = get("/api/v1/ratings/campaigns/" + campaign + "/snapshots");
            boolean newest = i == campaigns.size() - 1;
            assertThat(snapshots.getList("revision")).containsExactlyElementsOf(newest ? List.of(1, 2) : List.of(1));
            String latest = snapshots.getString("[" + (newest ? 1 : 0) + "].id");
            JsonPath snapshot = get("/api/v1/ratings/snapshots/" + latest);
            assertThat(snapshot.getString("comparison.status")).isEqualTo(i == 0 ? "NO_PREVIOUS" : "COMPARABLE");
            JsonPath accounts = get("/api/v1/ratings/snapshots/" + latest + "/rows?level=ACCOUNT&size=200");
            assertThat(accounts.getLong("total")).isPositive();
            assertThat(accounts.getList("items.place")).anyMatch(Objects::nonNull);
            List<Object> deltas = accounts.getList("items.indexDelta");
            if (i == 0) {
                assertThat(deltas).allMatch(Objects::isNull);
            } else {
                // the same accounts evaluated again: their change against the campaign before
                assertThat(deltas).anyMatch(Objects::nonNull);
                assertThat(snapshot.getString("comparison.previousCampaign.id"))
                        .isEqualTo(campaigns.get(i - 1).toString());
            }
        }
        // the correction after publication: revision 2 of the newest campaign, with its changelog entry
        UUID newest = campaigns.get(2);
        JsonPath revisions = get("/api/v1/ratings/campaigns/" + newest + "/snapshots");
        String second = revisions.getString("[1].id");
        JsonPath snapshot = get("/api/v1/ratings/snapshots/" + second);
        assertThat(snapshot.getBoolean("latest")).isTrue();
        assertThat(snapshot.getList("changelog.revision")).containsExactly(2);
        assertThat(snapshot.getString("changelog[0].reason")).isEqualTo(DemoRatings.CORRECTION_REASON);
        assertThat(snapshot.getString("changelog[0].evaluationId")).isNotNull();
        assertThat(get("/api/v1/ratings/snapshots/" + revisions.getString("[0].id"))
                        .getBoolean("latest"))
                .isFalse();
        // both revisions are open datasets
        anonymous()
                .get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .body("datasets.id", hasItem("rating-" + revisions.getString("[0].id")))
                .body("datasets.id", hasItem("rating-" + second));
        anonymous()
                .get("/api/v1/open-data/ratings/" + second + "/datapackage.json")
                .then()
                .statusCode(200)
                .body("version", equalTo("2"));
    }
}
