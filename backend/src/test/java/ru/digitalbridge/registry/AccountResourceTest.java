package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static ru.digitalbridge.registry.Registry.BALAKOVO;
import static ru.digitalbridge.registry.Registry.SARATOV;
import static ru.digitalbridge.registry.Registry.countAccounts;
import static ru.digitalbridge.registry.Registry.countAccountsOf;
import static ru.digitalbridge.registry.Registry.createAccount;
import static ru.digitalbridge.registry.Registry.createOrganization;
import static ru.digitalbridge.registry.Registry.newAccount;
import static ru.digitalbridge.registry.Registry.newOrganization;
import static ru.digitalbridge.registry.Registry.organization;
import static ru.digitalbridge.registry.Registry.token;
import static ru.digitalbridge.registry.Registry.uniqueName;
import static ru.digitalbridge.registry.Registry.vkUrl;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.security.Role;

@QuarkusTest
class AccountResourceTest {

    @Test
    void createNormalisesTheUrlAndInfersThePlatform() {
        String orgName = uniqueName("Школа");
        String organization = createOrganization(newOrganization(orgName)).getString("id");
        String name = token();
        var body = newAccount(organization, "http://m.VK.com/Public" + name.length() + name.hashCode() + "x?w=wall");
        body.put("url", "http://m.vk.com/" + name.toUpperCase() + "/?from=search");
        body.put("official", false);
        body.put("externalId", "acc-" + token());
        String location = as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/accounts/"))
                .body("platform", equalTo("VK"))
                .body("url", equalTo("http://m.vk.com/" + name.toUpperCase() + "/?from=search"))
                .body("normalizedUrl", equalTo("https://vk.com/" + name))
                .body("organization.id", equalTo(organization))
                .body("organization.name", equalTo(orgName))
                .body("municipality.id", equalTo(BALAKOVO))
                .body("municipality.name", equalTo("Балаковский муниципальный район"))
                .body("official", equalTo(false))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0))
                .extract()
                .header("Location");
        anonymous().get(location).then().statusCode(200).body("displayName", equalTo(body.get("displayName")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://vk.com/public%d",
                "http://www.vk.ru/club%d/",
                "VK.COM/club%d?w=wall-1",
                "https://m.vk.com/event%d#x"
            })
    void aDuplicateNormalisedUrlIs409NamingTheExistingAccount(String variant) {
        long number = 1_000_000_000L + (long) (Math.random() * 1_000_000_000L);
        var first = newAccount(organization(), "https://vk.com/club" + number);
        var existing = createAccount(first);
        String organization = organization();
        var second = newAccount(organization, String.format(variant, number));
        as(Role.COORDINATOR)
                .body(second)
                .post("/api/v1/accounts")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/account-url-taken"))
                .body("existing.id", equalTo(existing.getString("id")))
                .body("existing.url", equalTo("https://vk.com/club" + number))
                .body("existing.displayName", equalTo(first.get("displayName")))
                .body("existing.organizationName", equalTo(existing.getString("organization.name")))
                .body("detail", containsString((String) first.get("displayName")));
        assertThat(countAccountsOf(organization)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://facebook.com/school", "ftp://vk.com/club1", "not a url at all", "https://vk.com/"})
    void unsupportedOrMalformedUrlIs400ListingThePlatforms(String url) {
        String organization = organization();
        as(Role.COORDINATOR)
                .body(newAccount(organization, url))
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("url"))
                .body("supportedPlatforms.code", hasItems("VK", "OK", "TELEGRAM", "RUTUBE", "DZEN", "MAX"))
                .body("supportedPlatforms.find { it.code == 'TELEGRAM' }.hosts", hasItem("t.me"));
        assertThat(countAccountsOf(organization)).isZero();
    }

    @Test
    void unsupportedHostMessageNamesThePlatforms() {
        as(Role.COORDINATOR)
                .body(newAccount(organization(), "https://facebook.com/school"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations[0].message", containsString("vk.com"))
                .body("violations[0].message", containsString("t.me"));
    }

    @Test
    void otherPlatformAcceptsAnyHostAndAMismatchedPlatformIsRefused() {
        String organization = organization();
        var other = newAccount(organization, "https://" + token() + ".example.org/News/");
        other.put("platform", "OTHER");
        createAccount(other);
        var mismatch = newAccount(organization, "https://t.me/" + token());
        mismatch.put("platform", "VK");
        as(Role.COORDINATOR)
                .body(mismatch)
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("url"));
        assertThat(countAccountsOf(organization)).isEqualTo(1);
    }

    @Test
    void missingFieldsAre400() {
        as(Role.COORDINATOR)
                .body(Map.of("url", " "))
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("organizationId", "url", "displayName"));
        String organization = organization();
        var tooLong = newAccount(organization, vkUrl());
        tooLong.put("displayName", "я".repeat(301));
        as(Role.COORDINATOR)
                .body(tooLong)
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations.field", contains("displayName"));
        assertThat(countAccountsOf(organization)).isZero();
    }

    @Test
    void unknownOrganizationIs422() {
        String url = vkUrl();
        as(Role.COORDINATOR)
                .body(newAccount(UUID.randomUUID().toString(), url))
                .post("/api/v1/accounts")
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-organization"));
        assertThat(countAccounts(url.substring(url.lastIndexOf('/') + 1))).isZero();
    }

    @Test
    void anonymousAndOtherRolesCannotWrite() {
        String organization = organization();
        anonymous()
                .body(newAccount(organization, vkUrl()))
                .post("/api/v1/accounts")
                .then()
                .statusCode(401);
        for (Role role : new Role[] {Role.EXPERT, Role.TRAINER, Role.LEARNER}) {
            as(role).body(newAccount(organization, vkUrl()))
                    .post("/api/v1/accounts")
                    .then()
                    .statusCode(403);
        }
        assertThat(countAccountsOf(organization)).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"EXPERT", "LEARNER"})
    void otherRolesCannotArchiveOrUpdate(Role role) {
        var account = createAccount(newAccount(organization(), vkUrl()));
        String id = account.getString("id");
        as(role).body(Map.of())
                .post("/api/v1/accounts/" + id + "/archive")
                .then()
                .statusCode(403);
        anonymous()
                .body(Map.of())
                .post("/api/v1/accounts/" + id + "/archive")
                .then()
                .statusCode(401);
        anonymous().get("/api/v1/accounts/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void updateMovesTheAccountAndStaleVersionIs409() {
        String organization = organization();
        var account = createAccount(newAccount(organization, vkUrl()));
        String id = account.getString("id");
        var saratovBody = newOrganization(uniqueName("Театр"));
        saratovBody.put("municipalityId", SARATOV);
        String theatre = createOrganization(saratovBody).getString("id");
        String newUrl = "https://t.me/s/" + token();
        var update = newAccount(theatre, newUrl);
        update.put("version", 0);
        as(Role.COORDINATOR)
                .body(update)
                .put("/api/v1/accounts/" + id)
                .then()
                .statusCode(200)
                .body("platform", equalTo("TELEGRAM"))
                .body("normalizedUrl", equalTo(newUrl.replace("/s/", "/")))
                .body("organization.id", equalTo(theatre))
                .body("municipality.id", equalTo(SARATOV))
                .body("version", equalTo(1));
        as(Role.COORDINATOR)
                .body(update)
                .put("/api/v1/accounts/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        update.put("version", 1);
        as(Role.COORDINATOR)
                .body(update)
                .put("/api/v1/accounts/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void updateToAnotherAccountsUrlIs409() {
        String organization = organization();
        var first = createAccount(newAccount(organization, vkUrl()));
        var second = createAccount(newAccount(organization, vkUrl()));
        var update = newAccount(organization, first.getString("normalizedUrl"));
        update.put("version", 0);
        as(Role.COORDINATOR)
                .body(update)
                .put("/api/v1/accounts/" + second.getString("id"))
                .then()
                .statusCode(409)
                .body("existing.id", equalTo(first.getString("id")));
        anonymous()
                .get("/api/v1/accounts/" + second.getString("id"))
                .then()
                .body("normalizedUrl", equalTo(second.getString("normalizedUrl")));
    }

    @Test
    void archiveAndRestore() {
        var account = createAccount(newAccount(organization(), vkUrl()));
        String id = account.getString("id");
        as(Role.COORDINATOR)
                .body(Map.of("version", 0))
                .post("/api/v1/accounts/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("version", equalTo(1));
        as(Role.COORDINATOR)
                .body(newAccount(organization(), account.getString("normalizedUrl")))
                .post("/api/v1/accounts")
                .then()
                .statusCode(409)
                .body("existing.status", equalTo("ARCHIVED"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 0))
                .post("/api/v1/accounts/" + id + "/restore")
                .then()
                .statusCode(409);
        as(Role.COORDINATOR)
                .body(Map.of("version", 1))
                .post("/api/v1/accounts/" + id + "/restore")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 0))
                .post("/api/v1/accounts/" + UUID.randomUUID() + "/restore")
                .then()
                .statusCode(404);
    }

    @Test
    void simultaneousIdenticalCreatesGiveOne201AndOnly409s() throws Exception {
        var body = newAccount(organization(), vkUrl());
        String token = ru.digitalbridge.support.Api.token(Role.COORDINATOR);
        int attempts = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return anonymous()
                            .header("Authorization", "Bearer " + token)
                            .body(body)
                            .post("/api/v1/accounts")
                            .statusCode();
                }));
            }
            start.countDown();
            java.util.List<Integer> codes = new java.util.ArrayList<>();
            for (var status : statuses) {
                codes.add(status.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            org.assertj.core.api.Assertions.assertThat(codes).containsOnly(201, 409);
            org.assertj.core.api.Assertions.assertThat(codes.stream().filter(c -> c == 201))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void searchResultsAreListedByNameUnlessRelevanceIsAsked() {
        String word = token();
        String organization =
                createOrganization(newOrganization("Учреждение " + word)).getString("id");
        var strong = newAccount(organization, vkUrl());
        strong.put("displayName", "Яблоневый " + word + " " + word + " " + word);
        createAccount(strong);
        var weak = newAccount(organization, vkUrl());
        weak.put("displayName", "Абрикосовый канал");
        createAccount(weak);
        anonymous()
                .queryParam("q", word)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].displayName", equalTo("Абрикосовый канал"));
        anonymous()
                .queryParam("q", word)
                .queryParam("sort", "relevance")
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("items[0].displayName", equalTo("Яблоневый " + word + " " + word + " " + word));
    }

    @Test
    void searchFindsAccountsByTheirOrganizationsNameWithinAMunicipality() {
        String word = token();
        var schoolBody = newOrganization("Средняя общеобразовательная школа " + word);
        String school = createOrganization(schoolBody).getString("id");
        var vk = newAccount(school, vkUrl());
        vk.put("displayName", "Школа во ВКонтакте");
        createAccount(vk);
        var tg = newAccount(school, "https://t.me/" + token());
        tg.put("displayName", "Школьный канал");
        createAccount(tg);
        anonymous()
                .queryParam("q", "школы " + word)
                .queryParam("municipality", BALAKOVO)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.organization.name", hasItem("Средняя общеобразовательная школа " + word))
                .body("items[0].municipality.name", equalTo("Балаковский муниципальный район"));
        anonymous()
                .queryParam("q", word)
                .queryParam("platform", "TELEGRAM")
                .queryParam("sector", "EDUCATION")
                .queryParam("kind", "MUNICIPAL_INSTITUTION")
                .queryParam("status", "ACTIVE")
                .queryParam("official", "true")
                .get("/api/v1/accounts")
                .then()
                .body("total", equalTo(1))
                .body("items[0].displayName", equalTo("Школьный канал"));
        anonymous()
                .queryParam("q", word)
                .queryParam("municipality", SARATOV)
                .get("/api/v1/accounts")
                .then()
                .body("total", equalTo(0));
        // renaming the organization reaches its accounts' search text
        String renamed = token();
        var rename = newOrganization("Лицей " + renamed);
        rename.put("version", 0);
        as(Role.COORDINATOR)
                .body(rename)
                .put("/api/v1/organizations/" + school)
                .then()
                .statusCode(200);
        anonymous().queryParam("q", renamed).get("/api/v1/accounts").then().body("total", equalTo(2));
        anonymous()
                .queryParam("organization", school)
                .queryParam("sort", "-name")
                .get("/api/v1/accounts")
                .then()
                .body("items.displayName", contains("Школьный канал", "Школа во ВКонтакте"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=500", "platform=FACEBOOK", "official=maybe", "organization=x", "sort=size"})
    void badListParametersAre400(String parameter) {
        String[] pair = parameter.split("=");
        anonymous()
                .queryParam(pair[0], pair[1])
                .get("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations.field", contains(pair[0]));
    }

    @Test
    void createWritesAnAuditEntry() {
        String id = createAccount(newAccount(organization(), vkUrl())).getString("id");
        ru.digitalbridge.support.Api.asAdmin()
                .queryParam("entityType", "account")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("create"))
                .body("items[0].actorEmail", notNullValue());
    }
}
