package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static ru.digitalbridge.registry.Registry.countOrganizations;
import static ru.digitalbridge.registry.Registry.createOrganization;
import static ru.digitalbridge.registry.Registry.newOrganization;
import static ru.digitalbridge.registry.Registry.randomInn;
import static ru.digitalbridge.registry.Registry.token;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.security.Role;

/**
 * The optional KPP of an organization: checked on create and update, exported, and used by imports to tell a branch
 * office (same INN and OGRN as its parent) from the parent.
 */
@QuarkusTest
class OrganizationKppTest {
    private static final String HEADER = "ИНН;КПП;Наименование;Вид;Отрасль;Муниципальное образование\n";

    private static String row(String inn, String kpp, String name) {
        return inn + ";" + kpp + ";" + name + ";Муниципальное учреждение;Образование;Балаковский район\n";
    }

    private static io.restassured.response.ValidatableResponse importCsv(String file, boolean dryRun) {
        return as(Role.COORDINATOR)
                .contentType("text/csv")
                .queryParam("dryRun", dryRun)
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200);
    }

    @Test
    void aKppIsStoredInCapitalsAndShown() {
        String w = token();
        var body = newOrganization("Филиал " + w);
        body.put("inn", randomInn());
        body.put("kpp", "6439 ab 001");
        String id = createOrganization(body).getString("id");
        anonymous().get("/api/v1/organizations/" + id).then().statusCode(200).body("kpp", equalTo("6439AB001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"64390100", "6439010011", "64390Б001", "643901-01"})
    void aMalformedKppIs400OnItsFieldAndNothingIsWritten(String kpp) {
        String w = token();
        var body = newOrganization("Филиал " + w);
        body.put("kpp", kpp);
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("kpp"))
                .body("violations[0].message", containsString("КПП"));
        assertThat(countOrganizations(w)).isZero();
    }

    @Test
    void anImportKeyedByInnAndKppTellsABranchFromItsParentAndRoundTrips() {
        String w = token();
        String inn = randomInn();
        var parent = newOrganization("Управление " + w);
        parent.put("inn", inn);
        parent.put("kpp", "643901001");
        String parentId = createOrganization(parent).getString("id");

        // the same INN with another KPP is a new branch, not an update of the parent
        String file = HEADER + row(inn, "643901001", "Управление " + w) + row(inn, "643902001", "Филиал " + w);
        importCsv(file, true)
                .body("totals.errors", equalTo(0))
                .body("rows.outcome", contains("UNCHANGED", "CREATED"))
                .body("rows[0].id", equalTo(parentId));
        importCsv(file, false).body("applied", equalTo(true));
        assertThat(countOrganizations(w)).isEqualTo(2);
        importCsv(HEADER + row(inn, "643902001", "Филиал " + w + " (Балаково)"), false)
                .body("rows.outcome", contains("UPDATED"));
        anonymous().get("/api/v1/organizations/" + parentId).then().body("name", equalTo("Управление " + w));

        // without a KPP column the INN alone names two organizations: an error, nothing is guessed
        importCsv("ИНН;Наименование\n" + inn + ";Другое " + w + "\n", true)
                .body("rows[0].outcome", equalTo("ERROR"))
                .body("rows[0].errors[0].column", equalTo("ИНН"));

        // the export carries the KPP and comes back unchanged
        byte[] csv = anonymous()
                .queryParam("q", w)
                .get("/api/v1/organizations/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains(";ОГРН;КПП;")
                .contains("643902001");
        as(Role.COORDINATOR)
                .contentType("text/csv")
                .queryParam("dryRun", true)
                .body(csv)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("rows", hasSize(2))
                .body("rows.outcome", contains("UNCHANGED", "UNCHANGED"));
    }

    @Test
    void aRowWithAKppDoesNotOverwriteAnOrganizationOfTheSameInnWithoutOneAndSaysSo() {
        String w = token();
        String inn = randomInn();
        var stored = newOrganization("Больница " + w);
        stored.put("inn", inn);
        createOrganization(stored);
        importCsv(HEADER + row(inn, "643903001", "Отделение " + w) + row(inn, "64390300", "Отделение 2 " + w), true)
                .body("rows.outcome", contains("CREATED", "ERROR"))
                .body("rows[0].warnings[0].column", equalTo("КПП"))
                .body("rows[0].warnings[0].message", containsString("Больница " + w))
                .body("rows[1].errors[0].column", equalTo("КПП"));
    }
}
