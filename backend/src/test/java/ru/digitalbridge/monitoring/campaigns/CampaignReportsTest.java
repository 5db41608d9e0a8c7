package ru.digitalbridge.monitoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;

@QuarkusTest
class CampaignReportsTest {
    @Inject
    CampaignTestData data;

    @Test
    void progressFiguresMatchTheData() {
        var fixture = data.campaign(4, 2, "0.25", true);
        // one more account in scope without an evaluation
        String extra = CampaignTestData.accounts(CampaignTestData.SARATOV, fixture.word(), 1)
                .get(0);
        data.execute(
                "insert into campaign_account (campaign_id, account_id) values (?, ?)",
                UUID.fromString(fixture.campaign()),
                UUID.fromString(extra));
        List<UUID> primaries = new ArrayList<>(
                data.evaluationsByAccount(fixture.campaign(), "PRIMARY").values());
        primaries.sort(null);
        UUID second = data.evaluationsByAccount(fixture.campaign(), "SECOND")
                .values()
                .iterator()
                .next();
        // primaries: not started, started draft, submitted, approved; the second: submitted
        data.status(primaries.get(1), "DRAFT", true);
        data.status(primaries.get(2), "SUBMITTED", true);
        data.status(primaries.get(3), "APPROVED", true);
        data.status(second, "SUBMITTED", true);
        data.objection(primaries.get(3), fixture.set().yesNo(), "OPEN");
        data.objection(primaries.get(3), fixture.set().scale(), "REJECTED");
        data.objection(primaries.get(2), fixture.set().scale(), "REJECTED");
        data.deadlinePassed(fixture.campaign());
        JsonPath progress = as(Role.COORDINATOR)
                .get(fixture.path() + "/progress")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("unassigned", equalTo(1))
                .body("byStatus.NOT_STARTED", equalTo(1))
                .body("byStatus.DRAFT", equalTo(1))
                .body("byStatus.SUBMITTED", equalTo(2))
                .body("byStatus.RETURNED", equalTo(0))
                .body("byStatus.APPROVED", equalTo(1))
                .body("byStatus.PUBLISHED", equalTo(0))
                .body("overdue", equalTo(2))
                .body("doubles.total", equalTo(1))
                .body("doubles.reconciled", equalTo(0))
                .body("objections.open", equalTo(1))
                .body("objections.accepted", equalTo(0))
                .body("objections.rejected", equalTo(2))
                .body("perExpert", hasSize(2))
                .body("perMunicipality", hasSize(1))
                .body("perMunicipality[0].municipalityId", equalTo(CampaignTestData.BALAKOVO))
                .body("perMunicipality[0].total", equalTo(5))
                .body("perMunicipality[0].done", equalTo(3))
                .body("perMunicipality[0].overdue", equalTo(2))
                .extract()
                .jsonPath();
        // the double pair counts as both submitted only when its primary is submitted too
        UUID pairAccount = (UUID) data.rows("select account_id from evaluation where id = ?", second)
                .get(0)
                .get("account_id");
        UUID pairPrimary =
                data.evaluationsByAccount(fixture.campaign(), "PRIMARY").get(pairAccount);
        String pairStatus = (String) data.rows("select status from evaluation where id = ?", pairPrimary)
                .get(0)
                .get("status");
        assertThat(progress.getInt("doubles.bothSubmitted"))
                .isEqualTo(List.of("SUBMITTED", "APPROVED").contains(pairStatus) ? 1 : 0);
        // per expert: the figures add up to the totals and match each expert's rows
        int total = 0;
        for (Map<String, Object> expert : progress.<Map<String, Object>>getList("perExpert")) {
            UUID id = UUID.fromString((String) expert.get("expertId"));
            long rows = data.count(
                    "select count(*) from evaluation where campaign_id = ? and expert_id = ?",
                    UUID.fromString(fixture.campaign()),
                    id);
            assertThat(((Number) expert.get("total")).longValue()).isEqualTo(rows);
            long overdue = data.count(
                    "select count(*) from evaluation where campaign_id = ? and expert_id = ?"
                            + " and status in ('DRAFT', 'RETURNED')",
                    UUID.fromString(fixture.campaign()),
                    id);
            assertThat(((Number) expert.get("overdue")).longValue()).isEqualTo(overdue);
            int sum = 0;
            for (String key : List.of("notStarted", "draft", "submitted", "returned", "approved")) {
                sum += (Integer) expert.get(key);
            }
            assertThat(sum).isEqualTo(expert.get("total"));
            total += (Integer) expert.get("total");
        }
        assertThat(total).isEqualTo(5);
    }

    @Test
    void progressOfAnEmptyCampaignIsAllZeros() {
        var fixture = data.campaign(0, 1, "0", false);
        as(Role.ADMIN)
                .get(fixture.path() + "/progress")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("unassigned", equalTo(0))
                .body("overdue", equalTo(0))
                .body("perExpert", hasSize(1))
                .body("perExpert[0].total", equalTo(0))
                .body("perMunicipality", hasSize(0));
    }

    /**
     * Five accounts, all doubled; four pairs submitted (the fifth SECOND stays DRAFT and does not count):
     *
     * <ul>
     *   <li>yes/no: (1,1) (0,0) (1,0) (1,1) → p_o = 0.75, p_e = (1·2 + 3·2)/16 = 0.5, κ = 0.5;
     *   <li>scale: (2,2) four times → one category only, κ undefined, observed 1;
     *   <li>numeric by points: (2,2) (1,0) (0,0) (2,1) → weighted p_o = 0.5 + 0.5·0.5 = 0.75, p_e = 0.5, κ_w = 0.5,
     *       observed 0.5;
     *   <li>derived: N/A on one side in one pair (left out), (2,2) (0,0) (2,2) → κ_w = 1 over 3 pairs.
     * </ul>
     *
     * Overall "full points" decisions: 9 both full, 4 both not, 2 primary full and second not, n = 15;
     * p_o = 13/15, p_e = (4·6 + 11·9)/225 = 123/225, κ = 72/102 = 0.706.
     */
    @Test
    void agreementPerCriterionAndOverall() {
        var fixture = data.campaign(5, 2, "1", true);
        var set = fixture.set();
        var primaries = data.evaluationsByAccount(fixture.campaign(), "PRIMARY");
        var seconds = data.evaluationsByAccount(fixture.campaign(), "SECOND");
        List<UUID> accounts = new ArrayList<>(primaries.keySet());
        accounts.sort(null);
        String[][] yesNo = {{"1", "1"}, {"0", "0"}, {"1", "0"}, {"1", "1"}};
        String[][] hours = {{"5", "2", "7", "2"}, {"20", "1", "30", "0"}, {"30", "0", "30", "0"}, {"6", "2", "10", "1"}
        };
        String[][] derived = {null, {"3", "2", "4", "2"}, {"40", "0", "50", "0"}, {"1", "2", "2", "2"}};
        for (int i = 0; i < 5; i++) {
            UUID p = primaries.get(accounts.get(i));
            UUID s = seconds.get(accounts.get(i));
            data.status(p, "SUBMITTED", true);
            data.status(s, i < 4 ? "SUBMITTED" : "DRAFT", true);
            if (i == 4) {
                // the DRAFT second disagrees everywhere: it must not count
                data.answer(p, set.yesNo(), "1", "1", "1", false);
                data.answer(s, set.yesNo(), "0", "0", "1", false);
                continue;
            }
            data.answer(p, set.yesNo(), yesNo[i][0], yesNo[i][0], "1", false);
            data.answer(s, set.yesNo(), yesNo[i][1], yesNo[i][1], "1", false);
            data.answer(p, set.scale(), "2", "2", "2", false);
            data.answer(s, set.scale(), "2", "2", "2", false);
            data.answer(p, set.numeric(), hours[i][0], hours[i][1], "2", false);
            data.answer(s, set.numeric(), hours[i][2], hours[i][3], "2", false);
            if (derived[i] == null) {
                data.answer(p, set.derived(), null, null, "2", true);
                data.answer(s, set.derived(), "3", "2", "2", false);
            } else {
                data.answer(p, set.derived(), derived[i][0], derived[i][1], "2", false);
                data.answer(s, set.derived(), derived[i][2], derived[i][3], "2", false);
            }
        }
        as(Role.COORDINATOR)
                .get(fixture.path() + "/agreement")
                .then()
                .statusCode(200)
                .body("pairs", equalTo(4))
                .body("overall.decisions", equalTo(15))
                .body("overall.observed", equalTo(0.867f))
                .body("overall.kappa", equalTo(0.706f))
                .body("criteria", hasSize(4))
                .body("criteria[0].code", equalTo("PROFILE.PHONE"))
                .body("criteria[0].type", equalTo("BOOLEAN"))
                .body("criteria[0].weighted", equalTo(false))
                .body("criteria[0].pairs", equalTo(4))
                .body("criteria[0].observed", equalTo(0.75f))
                .body("criteria[0].kappa", equalTo(0.5f))
                .body("criteria[1].code", equalTo("FEEDBACK.QUALITY"))
                .body("criteria[1].weighted", equalTo(true))
                .body("criteria[1].pairs", equalTo(4))
                .body("criteria[1].observed", equalTo(1.0f))
                .body("criteria[1].kappa", nullValue())
                .body("criteria[2].code", equalTo("FEEDBACK.HOURS"))
                .body("criteria[2].pairs", equalTo(4))
                .body("criteria[2].observed", equalTo(0.5f))
                .body("criteria[2].kappa", equalTo(0.5f))
                .body("criteria[3].code", equalTo("FEEDBACK.MEDIAN"))
                .body("criteria[3].pairs", equalTo(3))
                .body("criteria[3].kappa", equalTo(1.0f));
    }

    @Test
    void agreementWithoutPairsIsUndefined() {
        var fixture = data.campaign(2, 2, "0", true);
        as(Role.COORDINATOR)
                .get(fixture.path() + "/agreement")
                .then()
                .statusCode(200)
                .body("pairs", equalTo(0))
                .body("overall.kappa", nullValue())
                .body("overall.observed", nullValue())
                .body("criteria", hasSize(4))
                .body("criteria[0].pairs", equalTo(0))
                .body("criteria[0].kappa", nullValue());
    }
}
