package ru.digitalbridge.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answer;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.fillAll;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;

/**
 * A published campaign as open data: the catalogue lists it, the data package's hashes are the SHA-256 of the bytes
 * served, the tables carry the published values, a correction makes a new edition, and every file answers 304 to
 * its validators and carries the licence.
 */
@QuarkusTest
class OpenDataTest {
    @Inject
    EvaluationTestData data;

    private Scenario published() {
        Scenario s = data.scenario("EVALUATION", false);
        fillAll(s, s.expert(), s.primary());
        data.publish(s.campaign(), s.primary());
        return s;
    }

    private static String base(Scenario s) {
        return "/api/v1/open-data/campaigns/" + s.campaign();
    }

    private static byte[] download(String path) {
        return RestAssured.given().get(path).then().statusCode(200).extract().asByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theDataPackageHashesAreTheBytesServed() throws Exception {
        Scenario s = published();
        JsonPath pkg = anonymous()
                .get(base(s) + "/datapackage.json")
                .then()
                .statusCode(200)
                .header("Link", OpenDataResource.LICENSE_LINK)
                .body("profile", equalTo("tabular-data-package"))
                .body("licenses[0].name", equalTo("CC-BY-4.0"))
                .body("methodology", equalTo(s.criteriaSet().toString()))
                .extract()
                .jsonPath();
        List<Map<String, Object>> resources = pkg.getList("resources");
        assertThat(resources)
                .extracting(r -> r.get("path"))
                .containsExactly(
                        "files/evaluations.csv",
                        "files/evaluations.ndjson",
                        "files/answers.csv",
                        "files/answers.ndjson");
        for (Map<String, Object> resource : resources) {
            // the path is relative to the descriptor
            byte[] bytes = download(base(s) + "/" + resource.get("path"));
            assertThat(resource.get("hash")).as((String) resource.get("path")).isEqualTo("sha256:" + sha256(bytes));
            assertThat(((Number) resource.get("bytes")).longValue()).isEqualTo(bytes.length);
        }
        // twice the same bytes
        assertThat(download(base(s) + "/files/answers.csv")).isEqualTo(download(base(s) + "/files/answers.csv"));
        // the schema names the columns of the file, in order
        String header = new String(download(base(s) + "/files/answers.csv"), StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow();
        assertThat(header).isEqualTo(String.join(",", pkg.<String>getList("resources[2].schema.fields.name")));
    }

    @Test
    void theTablesCarryThePublishedValues() {
        Scenario s = published();
        String evaluations = new String(download(base(s) + "/files/evaluations.csv"), StandardCharsets.UTF_8);
        List<String> lines = evaluations.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith(s.primary() + ",1,")
                .contains(
                        s.campaign().toString(),
                        s.account().toString(),
                        s.organization().toString(),
                        ",EDUCATION,")
                .endsWith(",100.0");
        List<String> answers = new String(download(base(s) + "/files/answers.ndjson"), StandardCharsets.UTF_8)
                .lines()
                .toList();
        JsonPath revision = anonymous()
                .get("/api/v1/evaluations/" + s.primary() + "/revisions/1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> codes = revision.getList("answers.code");
        assertThat(answers).hasSize(codes.size());
        assertThat(answers)
                .extracting(line -> JsonPath.from(line).getString("criterion_code"))
                .containsExactlyElementsOf(codes);
        JsonPath phone = JsonPath.from(answers.get(0));
        assertThat(phone.getString("evaluation_id")).isEqualTo(s.primary().toString());
        assertThat(phone.getString("criterion_code")).isEqualTo("B.PHONE");
        assertThat(answers.get(0)).contains("\"value\":1.000,", "\"criterion_code\":\"B.PHONE\"");
        assertThat(phone.getBoolean("not_applicable")).isFalse();
        // Excel's variant: a byte-order mark, otherwise the same table
        byte[] excel = download(base(s) + "/files/evaluations.csv?bom=true");
        assertThat(excel[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(excel, StandardCharsets.UTF_8).substring(1)).isEqualTo(evaluations);
    }

    @Test
    void theSubjectIsTheOnePublishedWhateverTheRegistryDoesLater() {
        Scenario s = published();
        String before = new String(download(base(s) + "/files/evaluations.csv"), StandardCharsets.UTF_8);
        data.update("update account set display_name = 'Переименован после публикации' where id = ?", s.account());
        data.update("update organization set sector = 'CULTURE' where id = ?", s.organization());
        String after = new String(download(base(s) + "/files/evaluations.csv"), StandardCharsets.UTF_8);
        assertThat(after).isEqualTo(before).doesNotContain("Переименован").contains(",EDUCATION,");
    }

    @Test
    void xlsxHasTheLicenceAndTheTable() throws Exception {
        Scenario s = published();
        Response response = RestAssured.given().get(base(s) + "/files/answers.xlsx");
        response.then().statusCode(200).header("Link", OpenDataResource.LICENSE_LINK);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(sheet -> sheet.getName()).containsExactly("licence", "answers");
            assertThat(sheets.get(0).read().get(0).getCell(1).asString()).contains("CC BY 4.0");
            var rows = sheets.get(1).read();
            assertThat(rows).hasSizeGreaterThan(1);
            assertThat(rows.get(1).getCell(3).asString()).isEqualTo("B.PHONE");
        }
    }

    @Test
    void aCorrectionIsANewEditionAndValidatorsAnswer304() {
        Scenario s = published();
        String path = base(s) + "/files/evaluations.csv";
        Response first = RestAssured.given().get(path);
        first.then().statusCode(200).header("Link", OpenDataResource.LICENSE_LINK);
        String etag = first.getHeader("ETag");
        String lastModified = first.getHeader("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();
        RestAssured.given().header("If-None-Match", etag).get(path).then().statusCode(304);
        RestAssured.given()
                .header("If-Modified-Since", lastModified)
                .get(path)
                .then()
                .statusCode(304);
        RestAssured.given()
                .header("If-None-Match", "\"other\"")
                .get(path)
                .then()
                .statusCode(200);
        String pkgTag = RestAssured.given().get(base(s) + "/datapackage.json").getHeader("ETag");
        RestAssured.given()
                .header("If-None-Match", pkgTag)
                .get(base(s) + "/datapackage.json")
                .then()
                .statusCode(304);
        String oldHash = anonymous().get(base(s) + "/datapackage.json").path("resources[0].hash");

        Map<String, Object> correction = new HashMap<>();
        correction.put("reason", "Телефон указан только в описании сообщества");
        correction.put("answers", List.of(answer(s.criterion("B.PHONE"), 0)));
        as(Role.COORDINATOR)
                .body(correction)
                .post("/api/v1/evaluations/" + s.primary() + "/corrections")
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));

        RestAssured.given().header("If-None-Match", etag).get(path).then().statusCode(200);
        String corrected = new String(download(path), StandardCharsets.UTF_8);
        assertThat(corrected.lines().toList().get(1))
                .startsWith(s.primary() + ",2,")
                .endsWith(",69.2");
        JsonPath pkg = anonymous()
                .get(base(s) + "/datapackage.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(pkg.getString("version")).startsWith("2-");
        assertThat(pkg.getString("resources[0].hash")).isNotEqualTo(oldHash);
    }

    @Test
    void theCatalogueListsPublishedCampaignsOnly() {
        Scenario s = published();
        Scenario draft = data.scenario("EVALUATION", false);
        anonymous()
                .get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .header("Link", OpenDataResource.LICENSE_LINK)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .header("Last-Modified", org.hamcrest.Matchers.notNullValue())
                .body("license.path", equalTo("https://creativecommons.org/licenses/by/4.0/"))
                .body("datasets.id", hasItem("campaign-" + s.campaign()))
                .body("datasets.id", not(hasItem("campaign-" + draft.campaign())))
                .body("datasets.id", hasItem("methodology-" + s.criteriaSet()))
                .body("datasets.id", hasItem("registry-organizations"))
                .body(
                        "datasets.find { it.id == 'campaign-" + s.campaign() + "' }.links.href",
                        hasItem(base(s) + "/datapackage.json"))
                // the data links are the files served (they used to miss /files/)
                .body(
                        "datasets.find { it.id == 'campaign-" + s.campaign() + "' }.links.href",
                        hasItem(base(s) + "/files/evaluations.csv"));
        download(base(s) + "/files/evaluations.csv");
    }

    @Test
    void unpublishedUnknownAndMalformedAreProblems() {
        Scenario draft = data.scenario("EVALUATION", false);
        anonymous()
                .get("/api/v1/open-data/campaigns/" + draft.campaign() + "/datapackage.json")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        anonymous()
                .get("/api/v1/open-data/campaigns/" + UUID.randomUUID() + "/files/answers.csv")
                .then()
                .statusCode(404);
        Scenario s = published();
        for (String file : List.of("answers.txt", "ratings.csv", "answers", "..csv")) {
            anonymous().get(base(s) + "/files/" + file).then().statusCode(404).contentType("application/problem+json");
        }
        anonymous()
                .get("/api/v1/open-data/campaigns/not-a-uuid/datapackage.json")
                .then()
                .statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(404)));
        anonymous()
                .get(base(s) + "/files/answers.csv?bom=maybe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("bom"));
    }
}
