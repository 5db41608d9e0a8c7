package ru.digitalbridge.monitoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.BALAKOVO;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.SARATOV;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.account;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.organization;
import static ru.digitalbridge.monitoring.campaigns.CampaignTestData.token;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;

/**
 * A campaign's scope selects accounts with the registry's own search: for the same words and filters the scope
 * preview counts exactly the accounts {@code GET /api/v1/accounts?status=ACTIVE} lists (several words, an
 * unfinished word, a typo, filters), and a campaign created with that scope holds that many accounts.
 */
@QuarkusTest
class CampaignScopeSearchTest {

    @Test
    void scopePreviewCountsWhatTheRegistrySearchFinds() {
        String first = token();
        String second = token();
        // two accounts whose organization's name has both words, two active and one archived with the first word only
        String both = organization(BALAKOVO, "Школа " + first + " " + second);
        account(both, first);
        account(both, first);
        String one = organization(SARATOV, "Гимназия " + first);
        account(one, first);
        account(one, first);
        String archived = account(one, first);
        as(Role.COORDINATOR)
                .body(Map.of(
                        "version",
                        as(Role.COORDINATOR)
                                .get("/api/v1/accounts/" + archived)
                                .then()
                                .extract()
                                .path("version")))
                .post("/api/v1/accounts/" + archived + "/archive")
                .then()
                .statusCode(200);

        String unfinished = first.substring(0, 9);
        String typo = first.substring(0, 5) + first.substring(6);
        String secondTypo = second.substring(0, 4) + second.substring(5);

        assertSame(first, Map.of(), 4);
        assertSame(first + " " + second, Map.of(), 2);
        assertSame(unfinished, Map.of(), 4);
        assertSame(typo, Map.of(), 4);
        assertSame(typo + " " + secondTypo, Map.of(), 2);
        assertSame(first, Map.of("municipality", SARATOV, "platform", "VK"), 2);
        assertSame(typo, Map.of("municipality", BALAKOVO, "sector", "EDUCATION", "kind", "MUNICIPAL_INSTITUTION"), 2);
        assertSame(first, Map.of("platform", "OK"), 0);
    }

    /** The preview's count for {@code q} + filters equals the registry search's total, and is {@code expected}. */
    private static void assertSame(String q, Map<String, String> filters, int expected) {
        var search = anonymous().queryParam("q", q).queryParam("status", "ACTIVE");
        filters.forEach(search::queryParam);
        long registry = search.get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");

        Map<String, Object> scope = new HashMap<>();
        scope.put("q", q);
        Map<String, String> plural =
                Map.of("municipality", "municipalities", "sector", "sectors", "kind", "kinds", "platform", "platforms");
        filters.forEach((name, value) -> scope.put(plural.get(name), List.of(value)));
        long preview = as(Role.COORDINATOR)
                .body(Map.of("scope", scope))
                .post("/api/v1/campaigns/scope-preview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("count");

        assertThat(preview)
                .as("scope preview vs registry search for q=%s %s", q, filters)
                .isEqualTo(registry);
        assertThat(preview).as("accounts for q=%s %s", q, filters).isEqualTo(expected);
    }
}
