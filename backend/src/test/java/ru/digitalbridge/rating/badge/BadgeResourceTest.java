package ru.digitalbridge.rating.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Api;

@QuarkusTest
class BadgeResourceTest {
    @Inject
    EvaluationTestData data;

    /** One account of a new organization in a new campaign with this index, published through the API. */
    private Scenario published(String index) {
        Scenario scenario = data.scenario("FINAL", false);
        data.approve(scenario.primary(), index);
        publish(scenario.campaign());
        return scenario;
    }

    /** FINAL → PUBLISHED, which computes the campaign's rating snapshot. */
    private static void publish(UUID campaign) {
        Api.as(Role.COORDINATOR)
                .body(Map.of("to", "PUBLISHED", "version", 0))
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then()
                .statusCode(200);
    }

    /** What a browser sends for an image or a frame: anything will do. */
    private static RequestSpecification visitor() {
        return RestAssured.given().accept("*/*");
    }

    private static String accountName(UUID account) {
        return visitor().get("/api/v1/accounts/" + account).then().extract().path("displayName");
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void accountBadgeStatesThePublishedIndexInRussianByDefault() throws Exception {
        Scenario scenario = published("78.4");
        String body = visitor()
                .get("/api/v1/badges/accounts/" + scenario.account())
                .then()
                .statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .header("ETag", not(emptyString()))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("Vary", containsString("Accept-Language"))
                .extract()
                .asString();
        Document svg = xml(body);
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo(accountName(scenario.account()) + ": Индекс 78,4 · 1-е место из 1 · 2023-Q1");
        assertThat(svg.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("Цифровой мост");
        assertThat(svg.getElementsByTagName("text").item(1).getTextContent())
                .isEqualTo("Индекс 78,4 · 1-е место из 1 · 2023-Q1");
    }

    @Test
    void englishByParameterOrAcceptLanguage() throws Exception {
        Scenario scenario = published("64.0");
        String byParameter = visitor()
                .queryParam("lang", "en")
                .get("/api/v1/badges/accounts/" + scenario.account())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(xml(byParameter).getElementsByTagName("text").item(1).getTextContent())
                .isEqualTo("Index 64.0 · place 1 of 1 · 2023-Q1");
        String byHeader = visitor()
                .header("Accept-Language", "en-GB,en;q=0.8")
                .get("/api/v1/badges/accounts/" + scenario.account())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(byHeader).isEqualTo(byParameter);
        // the parameter wins over the header
        String russian = visitor()
                .header("Accept-Language", "en")
                .queryParam("lang", "ru")
                .get("/api/v1/badges/accounts/" + scenario.account())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(xml(russian).getElementsByTagName("text").item(1).getTextContent())
                .isEqualTo("Индекс 64,0 · 1-е место из 1 · 2023-Q1");
    }

    @Test
    void conditionalRequestsGet304WithTheSameTag() {
        Scenario scenario = published("51.5");
        String path = "/api/v1/badges/accounts/" + scenario.account();
        String tag = visitor().get(path).then().statusCode(200).extract().header("ETag");
        visitor()
                .header("If-None-Match", tag)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(tag))
                .body(emptyString());
        String english =
                visitor().queryParam("lang", "en").get(path).then().extract().header("ETag");
        assertThat(english).isNotEqualTo(tag);
        visitor()
                .header("If-None-Match", english)
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(tag));
        String embed = path + "/embed";
        String pageTag = visitor().get(embed).then().statusCode(200).extract().header("ETag");
        visitor().header("If-None-Match", pageTag).get(embed).then().statusCode(304);
    }

    @Test
    void placesComeFromThePublishedRatingWithTiesAsARange() throws Exception {
        // two accounts of one school (80.0 and 80.0), one of another (70.0), one of a third (90.0)
        Scenario scenario = data.scenario("FINAL", false);
        data.approve(scenario.primary(), "80.0");
        UUID sameSchool = data.account(scenario.organization());
        UUID other = data.organization("EDUCATION");
        UUID third = data.organization("EDUCATION");
        UUID[] accounts = {sameSchool, data.account(other), data.account(third)};
        String[] indexes = {"80.0", "70.0", "90.0"};
        for (int i = 0; i < accounts.length; i++) {
            data.update(
                    "insert into campaign_account (campaign_id, account_id) values (?, ?)",
                    scenario.campaign(),
                    accounts[i]);
            data.approve(
                    data.evaluation(
                            scenario.campaign(), accounts[i], scenario.expert().id(), "PRIMARY"),
                    indexes[i]);
        }
        publish(scenario.campaign());

        String tied = visitor()
                .get("/api/v1/badges/accounts/" + scenario.account())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(xml(tied).getElementsByTagName("text").item(1).getTextContent())
                .isEqualTo("Индекс 80,0 · 2–3-е место из 4 · 2023-Q1");
        String english = visitor()
                .queryParam("lang", "en")
                .get("/api/v1/badges/accounts/" + sameSchool)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(xml(english).getElementsByTagName("text").item(1).getTextContent())
                .isEqualTo("Index 80.0 · places 2–3 of 4 · 2023-Q1");

        String name = Api.anonymous()
                .get("/api/v1/organizations/" + scenario.organization())
                .then()
                .extract()
                .path("name");
        String body = visitor()
                .get("/api/v1/badges/organizations/" + scenario.organization())
                .then()
                .statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .extract()
                .asString();
        assertThat(xml(body).getDocumentElement().getAttribute("aria-label"))
                .isEqualTo(name + ": Индекс 80,0 · 2-е место из 3 · 2023-Q1");

        visitor()
                .get("/api/v1/badges/organizations/" + scenario.organization() + "/embed")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("среднее по 2 оценённым аккаунтам"))
                .body(containsString("href=\"/ratings/organizations/" + scenario.organization() + "\""))
                .body(containsString("CC BY 4.0"));
        visitor()
                .queryParam("lang", "en")
                .get("/api/v1/badges/organizations/" + other + "/embed")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Index 70.0 · place 3 of 3 · 2023-Q1"))
                .body(containsString("mean over 1 evaluated account<"));
    }

    @Test
    void nothingUnpublishedShows() throws Exception {
        Scenario scenario = data.scenario("FINAL", false);
        data.update("update evaluation set index_value = 91.0 where id = ?", scenario.primary());
        String body = visitor()
                .get("/api/v1/badges/accounts/" + scenario.account())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(xml(body).getElementsByTagName("text").item(1).getTextContent())
                .isEqualTo("Опубликованной оценки пока нет");
        assertThat(body).doesNotContain("91");
        // a staff caller does not see it on the badge either
        String asCoordinator = Api.as(Role.COORDINATOR)
                .accept("*/*")
                .get("/api/v1/badges/accounts/" + scenario.account())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(asCoordinator).doesNotContain("91");
    }

    @Test
    void embedPageMayBeFramedByAnySiteAndCarriesNoPersonalData() {
        Scenario scenario = published("88.8");
        Response page = visitor().get("/api/v1/badges/accounts/" + scenario.account() + "/embed");
        page.then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("X-Frame-Options", nullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("<h1>" + accountName(scenario.account()) + "</h1>"))
                .body(containsString("Индекс 88,8 · 1-е место из 1 · 2023-Q1"))
                .body(containsString("href=\"/registry/accounts/" + scenario.account() + "\""))
                .body(not(containsString("<script")));
        String body = page.asString();
        assertThat(body)
                .doesNotContain("@")
                .doesNotContain(scenario.expert().id().toString());
        // the rest of the application still refuses to be framed
        Api.anonymous().get("/api/v1/ping").then().header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void unknownSubjectsAre404AndABadLanguageIs400() {
        UUID unknown = UUID.randomUUID();
        for (String path : new String[] {
            "/api/v1/badges/accounts/" + unknown,
            "/api/v1/badges/organizations/" + unknown,
            "/api/v1/badges/accounts/" + unknown + "/embed",
            "/api/v1/badges/organizations/" + unknown + "/embed"
        }) {
            visitor()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
        visitor().get("/api/v1/badges/accounts/not-a-uuid").then().statusCode(404);
        Scenario scenario = published("40.0");
        visitor()
                .queryParam("lang", "de")
                .get("/api/v1/badges/accounts/" + scenario.account())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("lang"));
    }
}
