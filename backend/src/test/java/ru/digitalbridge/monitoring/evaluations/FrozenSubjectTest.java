package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answer;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answers;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.version;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.methodology.Scoring;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;

/**
 * Published results are frozen (issue 8, §1): the registry moves on after publication (the account is renamed,
 * the organization renamed and moved to another sector), yet public output keeps the subject as published and every
 * published index — including a correction written after the registry change — recomputes from public data alone:
 * the methodology, the revision's frozen subject and its answers.
 */
@QuarkusTest
class FrozenSubjectTest {
    @Inject
    EvaluationTestData data;

    @Test
    void aRegistryEditAfterPublicationChangesNoPublishedValue() {
        Scenario s = data.scenario("EVALUATION", false);
        // B.PHONE 0 (a partial index, so that a different applicability would change it), E.MEALS applies to schools
        s.expert()
                .api()
                .body(answers(version(s.primary()), s, 0, 2, 4, 1))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(200);
        data.publish(s.campaign(), s.primary());
        String base = "/api/v1/evaluations/" + s.primary();
        JsonPath published =
                anonymous().get(base).then().statusCode(200).extract().jsonPath();
        // 0 + 20 + 20 + 5 of 65
        assertThat(published.getString("index")).isEqualTo("69.2");
        String accountName = published.getString("account.displayName");
        String accountUrl = published.getString("account.url");
        String organizationName = published.getString("organization.name");

        rename(s.account(), "Переименованный аккаунт " + UUID.randomUUID());
        moveToCulture(s.organization(), "Переименованная организация " + UUID.randomUUID());
        // the registry did move on
        JsonPath registry = anonymous()
                .get("/api/v1/organizations/" + s.organization())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(registry.getString("sector")).isEqualTo("CULTURE");
        assertThat(registry.getString("name")).isNotEqualTo(organizationName);

        JsonPath after = anonymous().get(base).then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("account.displayName")).isEqualTo(accountName);
        assertThat(after.getString("account.url")).isEqualTo(accountUrl);
        assertThat(after.getString("organization.name")).isEqualTo(organizationName);
        assertThat(after.getString("organization.sector")).isEqualTo("EDUCATION");
        assertThat(after.getString("organization.kind")).isEqualTo("MUNICIPAL_INSTITUTION");
        assertThat(after.getString("municipality.id")).isEqualTo(EvaluationTestData.BALAKOVO);
        assertThat(after.getString("index")).isEqualTo("69.2");
        JsonPath listed = anonymous()
                .queryParam("campaign", s.campaign().toString())
                .get("/api/v1/evaluations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(listed.getString("items[0].account.displayName")).isEqualTo(accountName);
        assertThat(listed.getString("items[0].organization.name")).isEqualTo(organizationName);

        JsonPath first = revision(base, 1);
        assertThat(first.getString("subject.accountName")).isEqualTo(accountName);
        assertThat(first.getString("subject.accountUrl")).isEqualTo(accountUrl);
        assertThat(first.getString("subject.platform")).isEqualTo("VK");
        assertThat(first.getString("subject.organizationId"))
                .isEqualTo(s.organization().toString());
        assertThat(first.getString("subject.organizationName")).isEqualTo(organizationName);
        assertThat(first.getString("subject.sector")).isEqualTo("EDUCATION");
        assertThat(first.getString("subject.organizationKind")).isEqualTo("MUNICIPAL_INSTITUTION");
        assertThat(first.getString("subject.municipality.id")).isEqualTo(EvaluationTestData.BALAKOVO);
        assertThat(first.getString("subject.municipality.name")).isEqualTo("Балаковский муниципальный район");
        JsonPath methodology = anonymous()
                .get("/api/v1/criteria-sets/" + s.criteriaSet())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(recompute(methodology, first)).isEqualByComparingTo("69.2");

        // a correction after the registry change keeps the subject (and with it E.MEALS applicable)
        as(Role.COORDINATOR)
                .body(Map.of("reason", "Ответы формальные", "answers", List.of(answer(s.criterion("S.QUALITY"), 1))))
                .post(base + "/corrections")
                .then()
                .statusCode(200);
        JsonPath second = revision(base, 2);
        assertThat(second.getString("subject.sector")).isEqualTo("EDUCATION");
        assertThat(second.getString("subject.accountName")).isEqualTo(accountName);
        assertThat(second.getString("subject.organizationName")).isEqualTo(organizationName);
        assertThat(second.getBoolean("answers.find { it.code == 'E.MEALS' }.notApplicable"))
                .isFalse();
        // 0 + 10 + 20 + 5 of 65; with the registry's new sector it would be 30 of 60 = 50.0
        assertThat(second.getString("index")).isEqualTo("53.8");
        assertThat(recompute(methodology, second)).isEqualByComparingTo("53.8");
        assertThat(anonymous().get(base).then().extract().jsonPath().getString("organization.sector"))
                .isEqualTo("EDUCATION");
        // the recomputation would notice a wrong applicability: the same answers under the registry's sector differ
        assertThat(recompute(methodology, second, "CULTURE")).isNotEqualByComparingTo("53.8");
    }

    @Test
    void aPublishedRevisionCannotBeEditedInPlace() {
        Scenario s = data.scenario("EVALUATION", false);
        EvaluationResourceTest.fillAll(s, s.expert(), s.primary());
        data.publish(s.campaign(), s.primary());
        assertThatThrownBy(() -> data.update(
                        "update evaluation_revision set account_name = 'x' where evaluation_id = ?", s.primary()))
                .hasMessageContaining("append-only");
        assertThat(revision("/api/v1/evaluations/" + s.primary(), 1).getString("subject.accountName"))
                .isNotEqualTo("x");
    }

    private static JsonPath revision(String base, int revision) {
        return anonymous()
                .get(base + "/revisions/" + revision)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static BigDecimal recompute(JsonPath methodology, JsonPath revision) {
        return recompute(methodology, revision, revision.getString("subject.sector"));
    }

    /**
     * The index from public data only: a criterion applies when the frozen platform, sector and kind pass its
     * applicability lists; the published answers of applicable criteria with points enter {@link Scoring#index}.
     */
    private static BigDecimal recompute(JsonPath methodology, JsonPath revision, String sector) {
        String platform = revision.getString("subject.platform");
        String kind = revision.getString("subject.organizationKind");
        List<Scoring.Scored> scored = new ArrayList<>();
        List<Map<String, Object>> criteria = methodology.getList("criteria");
        Map<String, Map<String, Object>> answers = new HashMap<>();
        for (Map<String, Object> a : revision.<Map<String, Object>>getList("answers")) {
            answers.put((String) a.get("criterionId"), a);
        }
        for (Map<String, Object> criterion : criteria) {
            boolean applies = allows(criterion.get("platforms"), platform)
                    && allows(criterion.get("sectors"), sector)
                    && allows(criterion.get("organizationKinds"), kind);
            Map<String, Object> answer = answers.get((String) criterion.get("id"));
            if (!applies || answer == null || Boolean.TRUE.equals(answer.get("notApplicable"))) {
                continue;
            }
            if (answer.get("points") == null) {
                continue;
            }
            scored.add(new Scoring.Scored(
                    new BigDecimal(criterion.get("weight").toString()),
                    new BigDecimal(answer.get("points").toString()),
                    new BigDecimal(criterion.get("maxPoints").toString())));
        }
        return Scoring.index(scored);
    }

    private static boolean allows(Object list, String value) {
        return list == null || ((List<?>) list).isEmpty() || ((List<?>) list).contains(value);
    }

    private static void rename(UUID account, String name) {
        JsonPath current = as(Role.COORDINATOR)
                .get("/api/v1/accounts/" + account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", current.getString("organization.id"));
        body.put("url", "https://vk.com/renamed" + UUID.randomUUID().toString().replace("-", ""));
        body.put("displayName", name);
        body.put("version", current.getLong("version"));
        as(Role.COORDINATOR)
                .body(body)
                .put("/api/v1/accounts/" + account)
                .then()
                .statusCode(200);
    }

    private static void moveToCulture(UUID organization, String name) {
        JsonPath current = as(Role.COORDINATOR)
                .get("/api/v1/organizations/" + organization)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", current.getString("kind"));
        body.put("sector", "CULTURE");
        body.put("municipalityId", current.getString("municipality.id"));
        body.put("version", current.getLong("version"));
        as(Role.COORDINATOR)
                .body(body)
                .put("/api/v1/organizations/" + organization)
                .then()
                .statusCode(200);
    }
}
