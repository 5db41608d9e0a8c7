package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.registry.Registry.BALAKOVO;
import static ru.digitalbridge.registry.Registry.SARATOV;
import static ru.digitalbridge.registry.Registry.countOrganizations;
import static ru.digitalbridge.registry.Registry.createAccount;
import static ru.digitalbridge.registry.Registry.createOrganization;
import static ru.digitalbridge.registry.Registry.newAccount;
import static ru.digitalbridge.registry.Registry.newOrganization;
import static ru.digitalbridge.registry.Registry.token;
import static ru.digitalbridge.registry.Registry.uniqueName;
import static ru.digitalbridge.registry.Registry.vkUrl;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.security.Role;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void coordinatorCreatesAnOrganizationThatAnyoneCanRead() {
        String name = uniqueName("МОУ СОШ № 1 г. Балаково");
        var body = newOrganization(name);
        body.put("shortName", "СОШ № 1");
        body.put("website", "School1-Balakovo.ru");
        body.put("inn", "7707083893");
        body.put("ogrn", "1027700132195");
        body.put("externalId", "ext-" + token());
        String location = as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/organizations/"))
                .body("name", equalTo(name))
                .body("shortName", equalTo("СОШ № 1"))
                .body("kind", equalTo("MUNICIPAL_INSTITUTION"))
                .body("sector", equalTo("EDUCATION"))
                .body("municipality.id", equalTo(BALAKOVO))
                .body("municipality.name", equalTo("Балаковский муниципальный район"))
                .body("website", equalTo("https://school1-balakovo.ru"))
                .body("inn", equalTo("7707083893"))
                .body("status", equalTo("ACTIVE"))
                .body("accountCount", equalTo(0))
                .body("parent", nullValue())
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .extract()
                .header("Location");
        anonymous()
                .get(location)
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("ogrn", equalTo("1027700132195"));
    }

    @Test
    void adminMayWriteToo() {
        String name = uniqueName("Администрация");
        asAdmin()
                .body(newOrganization(name))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
        assertThat(countOrganizations(name)).isEqualTo(1);
    }

    @Test
    void anonymousCannotCreate() {
        String name = uniqueName("Школа");
        anonymous()
                .body(newOrganization(name))
                .post("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        assertThat(countOrganizations(name)).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"EXPERT", "TRAINER", "LEARNER"})
    void otherRolesCannotWrite(Role role) {
        String name = uniqueName("Школа");
        as(role).body(newOrganization(name))
                .post("/api/v1/organizations")
                .then()
                .statusCode(403);
        String id = Registry.organization();
        as(role).body(Map.of())
                .post("/api/v1/organizations/" + id + "/archive")
                .then()
                .statusCode(403);
        assertThat(countOrganizations(name)).isZero();
    }

    @Test
    void missingAndTooLongFieldsAre400WithTheirNames() {
        String name = uniqueName("Школа");
        var body = newOrganization(name);
        body.remove("kind");
        body.remove("municipalityId");
        body.put("shortName", "x".repeat(201));
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("kind"))
                .body("violations.field", hasItem("municipalityId"))
                .body("violations.field", hasItem("shortName"));
        assertThat(countOrganizations(name)).isZero();

        as(Role.COORDINATOR)
                .body(Map.of("kind", "OTHER", "sector", "OTHER", "municipalityId", BALAKOVO))
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("violations.field", contains("name"));
    }

    @ParameterizedTest
    @CsvSource({
        "inn, 7707083894, Неверное контрольное число ИНН",
        "inn, 12345, ИНН состоит из 10 (организация) или 12 (физическое лицо) цифр",
        "ogrn, 1027700132196, Неверное контрольное число ОГРН",
        "website, 'not a site', 'Укажите адрес сайта, например https://school1.ru'",
    })
    void badInnOgrnAndWebsiteAre400OnTheirField(String field, String value, String message) {
        String name = uniqueName("Школа");
        var body = newOrganization(name);
        body.put(field, value);
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", equalTo(message));
        assertThat(countOrganizations(name)).isZero();
    }

    @Test
    void checksumMessageIsEnglishOnRequest() {
        var body = newOrganization(uniqueName("Школа"));
        body.put("inn", "7707083894");
        as(Role.COORDINATOR)
                .header("Accept-Language", "en")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("title", equalTo("The request has errors"))
                .body("violations[0].message", equalTo("Wrong INN check digit"));
    }

    @Test
    void unknownEnumValueIs400OnTheField() {
        var body = newOrganization(uniqueName("Школа"));
        body.put("sector", "SPACE");
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sector"));
    }

    @Test
    void unknownPropertyIs400NamingIt() {
        String name = uniqueName("Школа");
        var body = newOrganization(name);
        body.put("director", "Иванов");
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/unknown-property"))
                .body("unknownProperties", contains("director"));
        assertThat(countOrganizations(name)).isZero();
    }

    @Test
    void wrongContentTypeIs415() {
        String name = uniqueName("Школа");
        as(Role.COORDINATOR)
                .contentType("text/plain")
                .body("name=" + name)
                .post("/api/v1/organizations")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        assertThat(countOrganizations(name)).isZero();
    }

    @Test
    void unknownMunicipalityOrParentIs422() {
        String name = uniqueName("Школа");
        var body = newOrganization(name);
        body.put("municipalityId", UUID.randomUUID().toString());
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-municipality"));
        body.put("municipalityId", BALAKOVO);
        body.put("parentId", UUID.randomUUID().toString());
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-parent-organization"));
        assertThat(countOrganizations(name)).isZero();
    }

    @Test
    void duplicateExternalIdIs409() {
        String externalId = "ext-" + token();
        var first = newOrganization(uniqueName("Школа"));
        first.put("externalId", externalId);
        createOrganization(first);
        String name = uniqueName("Школа");
        var second = newOrganization(name);
        second.put("externalId", externalId);
        as(Role.COORDINATOR)
                .body(second)
                .post("/api/v1/organizations")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/external-id-taken"));
        assertThat(countOrganizations(name)).isZero();
    }

    @Test
    void unknownIdIs404() {
        anonymous()
                .get("/api/v1/organizations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString("Организация"));
        var body = newOrganization(uniqueName("Школа"));
        body.put("version", 0);
        as(Role.COORDINATOR)
                .body(body)
                .put("/api/v1/organizations/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        as(Role.COORDINATOR)
                .body(Map.of("version", 0))
                .post("/api/v1/organizations/" + UUID.randomUUID() + "/archive")
                .then()
                .statusCode(404);
        anonymous().get("/api/v1/organizations/not-a-uuid").then().statusCode(404);
    }

    @Test
    void updateChangesFieldsAndBumpsTheVersion() {
        var created = createOrganization(newOrganization(uniqueName("Школа")));
        String id = created.getString("id");
        String newName = uniqueName("Лицей");
        var body = newOrganization(newName);
        body.put("municipalityId", SARATOV);
        body.put("sector", "CULTURE");
        body.put("version", 0);
        as(Role.COORDINATOR)
                .body(body)
                .put("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(newName))
                .body("municipality.name", equalTo("Городской округ город Саратов"))
                .body("sector", equalTo("CULTURE"))
                .body("version", equalTo(1));
        asAdmin()
                .queryParam("entityType", "organization")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("update"))
                .body("items.action", hasItem("create"));
    }

    @Test
    void staleVersionIs409AndChangesNothing() {
        String oldName = uniqueName("Школа");
        String id = createOrganization(newOrganization(oldName)).getString("id");
        var body = newOrganization(uniqueName("Лицей"));
        body.put("version", 0);
        as(Role.COORDINATOR)
                .body(body)
                .put("/api/v1/organizations/" + id)
                .then()
                .statusCode(200);
        var stale = newOrganization(uniqueName("Гимназия"));
        stale.put("version", 0);
        as(Role.COORDINATOR)
                .body(stale)
                .put("/api/v1/organizations/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        anonymous().get("/api/v1/organizations/" + id).then().body("name", equalTo(body.get("name")));
        var noVersion = newOrganization(uniqueName("Гимназия"));
        as(Role.COORDINATOR)
                .body(noVersion)
                .put("/api/v1/organizations/" + id)
                .then()
                .statusCode(400)
                .body("violations.field", contains("version"));
    }

    @Test
    void parentMustNotCreateACycle() {
        String ministry =
                createOrganization(newOrganization(uniqueName("Министерство"))).getString("id");
        var schoolBody = newOrganization(uniqueName("Школа"));
        schoolBody.put("parentId", ministry);
        var school = createOrganization(schoolBody);
        assertThat(school.getString("parent.id")).isEqualTo(ministry);
        var cyclic = newOrganization(uniqueName("Министерство"));
        cyclic.put("parentId", school.getString("id"));
        cyclic.put("version", 0);
        as(Role.COORDINATOR)
                .body(cyclic)
                .put("/api/v1/organizations/" + ministry)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/organization-parent-cycle"));
        var self = newOrganization(uniqueName("Министерство"));
        self.put("parentId", ministry);
        self.put("version", 0);
        as(Role.COORDINATOR)
                .body(self)
                .put("/api/v1/organizations/" + ministry)
                .then()
                .statusCode(422);
        anonymous()
                .queryParam("parent", ministry)
                .get("/api/v1/organizations")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(school.getString("id")));
    }

    @Test
    void archiveArchivesActiveAccountsAndRestoreBringsBackOnlyTheOrganization() {
        var organization = createOrganization(newOrganization(uniqueName("Школа")));
        String id = organization.getString("id");
        String account = createAccount(newAccount(id, vkUrl())).getString("id");
        anonymous().get("/api/v1/organizations/" + id).then().body("accountCount", equalTo(1));
        as(Role.COORDINATOR)
                .body(Map.of("version", 0))
                .post("/api/v1/organizations/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("accountCount", equalTo(0));
        anonymous().get("/api/v1/accounts/" + account).then().body("status", equalTo("ARCHIVED"));
        as(Role.COORDINATOR)
                .body(newAccount(id, vkUrl()))
                .post("/api/v1/accounts")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/organization-archived"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 0))
                .post("/api/v1/organizations/" + id + "/restore")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 1))
                .post("/api/v1/organizations/" + id + "/restore")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        anonymous().get("/api/v1/accounts/" + account).then().body("status", equalTo("ARCHIVED"));
    }

    @Test
    void listFiltersPagesAndSortsStably() {
        String word = token();
        for (String prefix : List.of("Б", "А", "В")) {
            var body = newOrganization(prefix + " школа " + word);
            body.put("sector", prefix.equals("В") ? "HEALTH" : "EDUCATION");
            createOrganization(body);
        }
        anonymous()
                .queryParam("q", word)
                .queryParam("sort", "name")
                .queryParam("size", 2)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.name", contains("А школа " + word, "Б школа " + word));
        anonymous()
                .queryParam("q", word)
                .queryParam("sort", "-name")
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/organizations")
                .then()
                .body("total", equalTo(3))
                .body("items.name", contains("А школа " + word));
        anonymous()
                .queryParam("q", word)
                .queryParam("sector", "HEALTH")
                .queryParam("municipality", BALAKOVO)
                .get("/api/v1/organizations")
                .then()
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("В школа " + word));
        anonymous()
                .queryParam("q", word)
                .queryParam("municipality", SARATOV)
                .get("/api/v1/organizations")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void searchIsRussianFullTextAndToleratesTypos() {
        String word = token();
        String name = "Центральная районная больница " + word;
        createOrganization(newOrganization(name));
        // another form of the words
        anonymous()
                .queryParam("q", "районной больницы " + word)
                .get("/api/v1/organizations")
                .then()
                .body("items.name", hasItem(name));
        // a prefix while typing
        anonymous()
                .queryParam("q", word.substring(0, 10))
                .get("/api/v1/organizations")
                .then()
                .body("items.name", hasItem(name));
        // a typo in the unique word
        String typo = word.substring(0, 5) + word.substring(6);
        anonymous().queryParam("q", typo).get("/api/v1/organizations").then().body("items.name", hasItem(name));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "size=201",
                "size=0",
                "page=-1",
                "sector=SPACE",
                "kind=x",
                "status=GONE",
                "municipality=42",
                "sort=random"
            })
    void badListParametersAre400OnThatParameter(String parameter) {
        String[] pair = parameter.split("=");
        anonymous()
                .queryParam(pair[0], pair[1])
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains(pair[0]));
    }

    @Test
    void sizeUpTo200IsAccepted() {
        anonymous()
                .queryParam("size", 200)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("size", equalTo(200));
    }

    @Test
    void problemTypeOfDuplicateEndsWithItsKind() {
        var body = newOrganization(uniqueName("Школа"));
        body.put("externalId", "ext-" + token());
        createOrganization(body);
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .body("type", endsWith("/external-id-taken"));
    }

    @Test
    void emptyListIsAPageWithZeroTotal() {
        anonymous()
                .queryParam("q", token())
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
    }
}
