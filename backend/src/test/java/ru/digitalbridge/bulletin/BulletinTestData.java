package ru.digitalbridge.bulletin;

import static ru.digitalbridge.support.Api.as;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.security.Role;

/**
 * Two published campaigns of one methodology (2023-Q1, then 2023-Q2) over four accounts of three organizations, with
 * per-criterion answers, published through the API so that each gets its rating snapshot. Criteria (EvaluationTestData):
 * B.PHONE (max 1) and S.QUALITY (max 2) are answered; the others are left unanswered.
 *
 * <pre>
 *            org  campaign 1 (index, B.PHONE, S.QUALITY)   campaign 2
 *  A         O1   50.0  0  1                                80.0  1  1
 *  B         O1   60.0  1  0                                70.0  1  2
 *  C         O2   40.0  0  2                                —
 *  D         O3   —                                         90.0  0  2
 * </pre>
 *
 * Follow-up of campaign 1 in campaign 2: A/B.PHONE followed, A/S.QUALITY not, B/S.QUALITY followed, C/B.PHONE not
 * reassessed: 4 recommended, 3 reassessed, 2 followed (66.67 %).
 */
@ApplicationScoped
public class BulletinTestData {
    private final EvaluationTestData data;

    BulletinTestData(EvaluationTestData data) {
        this.data = data;
    }

    public record Fixture(
            UUID criteriaSet,
            Map<String, UUID> criteria,
            UUID first,
            UUID second,
            Map<String, UUID> organizations,
            Map<String, UUID> accounts) {}

    public Fixture twoCampaigns() {
        return twoCampaigns("2023-Q1", "2023-Q2");
    }

    /** The same two campaigns with other periods (the training effect depends on when the periods fall). */
    public Fixture twoCampaigns(String firstPeriod, String secondPeriod) {
        UUID set = UUID.randomUUID();
        Map<String, UUID> criteria = data.criteriaSet(set);
        Map<String, UUID> orgs = new LinkedHashMap<>();
        orgs.put("O1", data.organization("EDUCATION"));
        orgs.put("O2", data.organization("EDUCATION"));
        orgs.put("O3", data.organization("CULTURE"));
        Map<String, UUID> accounts = new LinkedHashMap<>();
        accounts.put("A", data.account(orgs.get("O1")));
        accounts.put("B", data.account(orgs.get("O1")));
        accounts.put("C", data.account(orgs.get("O2")));
        accounts.put("D", data.account(orgs.get("O3")));
        UUID first = campaign(
                set,
                criteria,
                firstPeriod,
                accounts,
                Map.of(
                        "A", new String[] {"50.0", "0", "1"},
                        "B", new String[] {"60.0", "1", "0"},
                        "C", new String[] {"40.0", "0", "2"}));
        UUID second = campaign(
                set,
                criteria,
                secondPeriod,
                accounts,
                Map.of(
                        "A", new String[] {"80.0", "1", "1"},
                        "B", new String[] {"70.0", "1", "2"},
                        "D", new String[] {"90.0", "0", "2"}));
        return new Fixture(set, criteria, first, second, orgs, accounts);
    }

    private UUID campaign(
            UUID set,
            Map<String, UUID> criteria,
            String period,
            Map<String, UUID> accounts,
            Map<String, String[]> results) {
        UUID campaign = UUID.randomUUID();
        data.update(
                "insert into campaign (id, title, period, criteria_set_id, stage) values (?, ?, ?, ?, 'FINAL')",
                campaign,
                "Кампания бюллетеня " + period + " " + campaign.toString().substring(0, 8),
                period,
                set);
        Person expert = data.person(Role.EXPERT, null);
        for (String key : List.of("A", "B", "C", "D")) {
            String[] r = results.get(key);
            if (r == null) {
                continue;
            }
            UUID account = accounts.get(key);
            data.update("insert into campaign_account (campaign_id, account_id) values (?, ?)", campaign, account);
            UUID evaluation = data.evaluation(campaign, account, expert.id(), "PRIMARY");
            answer(evaluation, criteria.get("B.PHONE"), r[1], "1", "0".equals(r[1]) ? "Укажите телефон" : null);
            answer(evaluation, criteria.get("S.QUALITY"), r[2], "2", null);
            data.update(
                    "update evaluation set status = 'APPROVED', index_value = cast(? as numeric),"
                            + " final_index = cast(? as numeric) where id = ?",
                    r[0],
                    r[0],
                    evaluation);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("to", "PUBLISHED");
        body.put("version", 0);
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then()
                .statusCode(200);
        return campaign;
    }

    private void answer(UUID evaluation, UUID criterion, String points, String max, String recommendation) {
        data.update(
                "insert into evaluation_answer (evaluation_id, criterion_id, value, points, max_points, recommendation)"
                        + " values (?, ?, cast(? as numeric), cast(? as numeric), cast(? as numeric), ?)",
                evaluation,
                criterion,
                points,
                points,
                max,
                recommendation);
    }
}
