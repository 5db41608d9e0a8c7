package ru.digitalbridge.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static ru.digitalbridge.certificate.CertificateTestData.issue;
import static ru.digitalbridge.certificate.CertificateTestData.request;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Api;

/**
 * Certificates through HTTP: issue (rules, roles), the PDF (Cyrillic text, QR code), verification, revocation and
 * reissue, the files (ZIP, register, ФИС ФРДО), the signed credential, a learner's own list.
 */
@QuarkusTest
class CertificateResourceTest {
    private static final int YEAR = LocalDate.now().getYear() - 1;

    @Test
    void issueFreezesTheFieldsNumbersTheDocumentAndVerifiesPublicly() {
        Map<String, Object> body = request(YEAR);
        JsonPath issued = issue(body);
        String number = issued.getString("number");
        assertThat(number).matches("ЦМ-" + YEAR + "-\\d{6}");
        String code = issued.getString("code");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{20}");
        assertThat(issued.getString("snils")).isEqualTo("112-233-445 95");
        assertThat(issued.getString("verifyUrl")).isEqualTo("https://bridge.test/verify/" + code);

        String fullName = body.get("surname") + " Анна Петровна";
        String json = anonymous()
                .get("/api/v1/verifications/" + code)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("number", equalTo(number))
                .body("status", equalTo("ISSUED"))
                .body("fullName", equalTo(fullName))
                .body("programmeTitle", equalTo("Цифровой мост: ведение официальных аккаунтов"))
                .body("hours", equalTo(36))
                .body("studyStart", equalTo(YEAR + "-03-01"))
                .body("studyEnd", equalTo(YEAR + "-04-28"))
                .body("issueDate", equalTo(YEAR + "-05-12"))
                .body("issuer.name", equalTo("АНО «Цифровой мост» (учебный центр)"))
                .body("issuer.inn", equalTo("6450000000"))
                .body("issuer.licenceNumber", equalTo("Л035-01234-64/00567890"))
                .extract()
                .asString();
        assertThat(json)
                .doesNotContain((String) body.get("email"))
                .doesNotContain("1990-07-15")
                .doesNotContain("445")
                .doesNotContain(issued.getString("id"));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        Map<String, Object> body = request(YEAR);
        body.put("hours", 10);
        body.put("issuerInn", "12");
        asAdmin()
                .body(body)
                .post("/api/v1/certificates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("hours"))
                .body("violations.field", hasItem("issuerInn"));

        body = request(YEAR);
        body.put("snils", "112-233-445 96");
        body.put("studyEnd", YEAR + "-02-01");
        asAdmin()
                .body(body)
                .post("/api/v1/certificates")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("snils"))
                .body("violations.field", hasItem("studyEnd"));
        asAdmin()
                .queryParam("q", body.get("surname"))
                .get("/api/v1/certificates")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void onlyAdminsRegisterRevokeAndExport() {
        Map<String, Object> body = request(YEAR);
        anonymous().body(body).post("/api/v1/certificates").then().statusCode(401);
        as(Role.EXPERT).body(body).post("/api/v1/certificates").then().statusCode(403);
        as(Role.LEARNER).body(body).post("/api/v1/certificates").then().statusCode(403);
        as(Role.COORDINATOR).get("/api/v1/certificates").then().statusCode(403);
        anonymous().get("/api/v1/certificates").then().statusCode(401);

        // a trainer never issues from fields of their choosing (only from a completed enrolment of their cohort)
        as(Role.TRAINER).body(body).post("/api/v1/certificates").then().statusCode(403);
        as(Role.COORDINATOR).body(body).post("/api/v1/certificates").then().statusCode(403);
        String id = asAdmin()
                .body(body)
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Role.TRAINER)
                .body(Map.of("reason", "ошибка"))
                .post("/api/v1/certificates/" + id + "/revoke")
                .then()
                .statusCode(403);
        as(Role.TRAINER)
                .post("/api/v1/certificates/" + id + "/regenerate")
                .then()
                .statusCode(403);
        download()
                .header("Authorization", "Bearer " + Api.token(Role.TRAINER))
                .get("/api/v1/certificates/frdo")
                .then()
                .statusCode(403);
        download().get("/api/v1/certificates/frdo").then().statusCode(401);
        // a trainer opens only certificates of the cohorts they train: this one belongs to no cohort
        as(Role.TRAINER).get("/api/v1/certificates/" + id).then().statusCode(403);
        asAdmin().get("/api/v1/certificates/" + id).then().statusCode(200).body("birthDate", equalTo("1990-07-15"));
        asAdmin().get("/api/v1/certificates/" + UUID.randomUUID()).then().statusCode(404);
        as(Role.EXPERT).get("/api/v1/certificates/mine").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anUnknownCodeIsA404ProblemLikeAnyOther() {
        for (String code : List.of("0000000000000000000Z", "not-a-code", "x".repeat(300))) {
            anonymous()
                    .get("/api/v1/verifications/" + code)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/not-found"))
                    .body("status", equalTo(404))
                    .body("title", notNullValue());
            download().get("/api/v1/verifications/" + code + "/pdf").then().statusCode(404);
            download()
                    .get("/api/v1/verifications/" + code + "/credential")
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void thePdfCarriesTheCyrillicNameTheNumberAndAQrCodeToTheVerifyPage() throws Exception {
        Map<String, Object> body = request(YEAR);
        JsonPath issued = issue(body);
        String code = issued.getString("code");
        byte[] pdf = download()
                .get("/api/v1/verifications/" + code + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("ETag", notNullValue())
                .extract()
                .asByteArray();
        assertThat(HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(pdf)))
                .isEqualTo(issued.getString("pdfSha256"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains((String) body.get("surname"))
                    .contains("Анна Петровна")
                    .contains(issued.getString("number"))
                    .contains("УДОСТОВЕРЕНИЕ")
                    .contains("36 часов");
            assertThat(qr(doc)).isEqualTo("https://bridge.test/verify/" + code);
        }
        download()
                .header("Authorization", "Bearer " + Api.adminToken())
                .get("/api/v1/certificates/" + issued.getString("id") + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void revocationIsShownWithDateAndReasonAndStampedOnThePdf() throws Exception {
        JsonPath issued = issue(request(YEAR));
        String id = issued.getString("id");
        String code = issued.getString("code");
        String revokedOn = LocalDate.now().minusDays(1).toString();
        asAdmin()
                .body(Map.of("revokedOn", revokedOn, "reason", "Выдано ошибочно: программа не освоена"))
                .post("/api/v1/certificates/" + id + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        anonymous()
                .get("/api/v1/verifications/" + code)
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo(revokedOn))
                .body("revocationReason", equalTo("Выдано ошибочно: программа не освоена"))
                .body("number", equalTo(issued.getString("number")));
        byte[] pdf = download()
                .get("/api/v1/verifications/" + code + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("ОТОЗВАН / REVOKED")
                    .contains("Выдано ошибочно");
        }
        asAdmin()
                .body(Map.of("reason", "ещё раз"))
                .post("/api/v1/certificates/" + id + "/revoke")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/certificate-revoked"));
        asAdmin()
                .body(Map.of("reason", " "))
                .post("/api/v1/certificates/" + UUID.randomUUID() + "/revoke")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
        asAdmin()
                .body(Map.of(
                        "reason", "x", "revokedOn", LocalDate.now().plusDays(3).toString()))
                .post("/api/v1/certificates/" + id + "/revoke")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("revokedOn"));

        String register = anonymous()
                .queryParam("q", issued.getString("number"))
                .get("/api/v1/certificates/register")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("REVOKED"))
                .body("items[0].revokedOn", equalTo(revokedOn))
                .extract()
                .asString();
        assertThat(register).doesNotContain(code);
        anonymous()
                .get("/api/v1/certificates/revocation-list")
                .then()
                .statusCode(200)
                .body("revokedCredentials.id", hasItem("urn:uuid:" + id));
    }

    @Test
    void aReissueAfterANameCorrectionLinksTheOldAndNewNumbers() {
        Map<String, Object> body = request(YEAR);
        JsonPath old = issue(body);
        String corrected = body.get("surname") + "-Смирнова";
        JsonPath renewed = asAdmin()
                .body(Map.of(
                        "surname", corrected,
                        "givenName", "Анна",
                        "patronymic", "Петровна",
                        "reason", "Смена фамилии"))
                .post("/api/v1/certificates/" + old.getString("id") + "/reissue")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("replacesNumber", equalTo(old.getString("number")))
                .body("surname", equalTo(corrected))
                .body("programmeTitle", equalTo(body.get("programmeTitle")))
                .body("snils", equalTo("112-233-445 95"))
                .extract()
                .jsonPath();
        assertThat(renewed.getString("number")).isNotEqualTo(old.getString("number"));
        anonymous()
                .get("/api/v1/verifications/" + old.getString("code"))
                .then()
                .body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("Смена фамилии"))
                .body("replacedByNumber", equalTo(renewed.getString("number")));
        anonymous()
                .get("/api/v1/verifications/" + renewed.getString("code"))
                .then()
                .body("status", equalTo("ISSUED"))
                .body("replacesNumber", equalTo(old.getString("number")));
        asAdmin()
                .body(Map.of("surname", "Иванова", "givenName", "Анна", "reason", "x"))
                .post("/api/v1/certificates/" + old.getString("id") + "/reissue")
                .then()
                .statusCode(409);
    }

    @Test
    void regenerateStoresANewPdfAndKeepsAnAuditEntry() {
        Map<String, Object> body = request(YEAR);
        JsonPath issued = issue(body);
        String id = issued.getString("id");
        String sha = asAdmin()
                .post("/api/v1/certificates/" + id + "/regenerate")
                .then()
                .statusCode(200)
                .body("number", equalTo(issued.getString("number")))
                .extract()
                .path("pdfSha256");
        assertThat(sha).matches("[0-9a-f]{64}");
        asAdmin()
                .queryParam("entityType", "certificate")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("regenerate"))
                .body("items.action", hasItem("issue"));
        String audit = asAdmin()
                .queryParam("entityType", "certificate")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .asString();
        assertThat(audit).doesNotContain("1990-07-15").doesNotContain("445 95").doesNotContain((String)
                body.get("email"));
    }

    @Test
    void aZipHoldsTheChosenCertificatesPdfs() throws Exception {
        UUID enrolmentA = UUID.randomUUID();
        UUID enrolmentB = UUID.randomUUID();
        Map<String, Object> a = request(YEAR);
        a.put("enrolmentId", enrolmentA);
        Map<String, Object> b = request(YEAR);
        b.put("enrolmentId", enrolmentB);
        String numberA = issue(a).getString("number");
        String numberB = issue(b).getString("number");
        issue(request(YEAR));
        byte[] zip = download()
                .header("Authorization", "Bearer " + Api.adminToken())
                .queryParam("enrolment", enrolmentA)
                .queryParam("enrolment", enrolmentB)
                .get("/api/v1/certificates/archive")
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .extract()
                .asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(in.readNBytes(5))).isEqualTo("%PDF-");
            }
        }
        assertThat(names).containsExactlyInAnyOrder(numberA + ".pdf", numberB + ".pdf");
        download()
                .header("Authorization", "Bearer " + Api.token(Role.TRAINER))
                .get("/api/v1/certificates/archive")
                .then()
                .statusCode(400);
    }

    @Test
    void theRegisterIsAnOpenDatasetWithoutPersonalData() {
        Map<String, Object> body = request(YEAR);
        JsonPath issued = issue(body);
        String csv = download()
                .queryParam("format", "csv")
                .get("/api/v1/certificates/register/export")
                .then()
                .statusCode(200)
                .contentType(matchesPattern("text/csv.*"))
                .header("Link", equalTo("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""))
                .extract()
                .asString();
        assertThat(csv)
                .startsWith("number,name,programme_title,hours,study_start,study_end,issue_date,issuer_name,status,")
                .contains(issued.getString("number") + "," + body.get("surname") + " А. П.,")
                .doesNotContain((String) body.get("email"))
                .doesNotContain("Анна Петровна")
                .doesNotContain(issued.getString("code"));
        String ndjson = download()
                .queryParam("format", "ndjson")
                .get("/api/v1/certificates/register/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(ndjson.lines().filter(l -> l.contains(issued.getString("number"))))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("\"status\":\"ISSUED\"").contains("\"hours\":36"));
        anonymous()
                .queryParam("format", "xml")
                .get("/api/v1/certificates/register/export")
                .then()
                .statusCode(400);
        anonymous()
                .get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .body("datasets.id", hasItem("certificates-register"))
                .body("license.name", equalTo("CC-BY-4.0"));
    }

    @Test
    void theFrdoExportHasTheRequiredColumnsAndPersonalData() throws Exception {
        Map<String, Object> body = request(YEAR);
        JsonPath issued = issue(body);
        byte[] xlsx = download()
                .header("Authorization", "Bearer " + Api.adminToken())
                .queryParam("year", YEAR)
                .get("/api/v1/certificates/frdo")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
            // the template's columns, by name and in order, every one present
            assertThat(header).containsExactlyElementsOf(CertificateFiles.FRDO_COLUMNS);
            assertThat(header)
                    .contains(
                            "Вид документа",
                            "Статус документа",
                            "Подтверждение утраты",
                            "Подтверждение обмена",
                            "Серия документа",
                            "Номер документа",
                            "Дата выдачи документа",
                            "Регистрационный номер",
                            "Срок обучения, часов (для документа о квалификации)",
                            "Год начала обучения (для документа о квалификации)",
                            "Год окончания обучения (для документа о квалификации)",
                            "Фамилия получателя",
                            "Имя получателя",
                            "Отчество получателя",
                            "Дата рождения получателя",
                            "СНИЛС");
            Row row = rows.stream()
                    .filter(r ->
                            issued.getString("number").equals(r.getCellText(header.indexOf("Регистрационный номер"))))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getCellText(header.indexOf("Фамилия получателя"))).isEqualTo(body.get("surname"));
            assertThat(row.getCellText(header.indexOf("СНИЛС"))).isEqualTo("112-233-445 95");
            assertThat(row.getCellText(header.indexOf("Дата рождения получателя")))
                    .isEqualTo("15.07.1990");
            assertThat(row.getCellText(header.indexOf("Срок обучения, часов (для документа о квалификации)")))
                    .isEqualTo("36");
            assertThat(row.getCellText(header.indexOf("Год окончания обучения (для документа о квалификации)")))
                    .isEqualTo(Integer.toString(YEAR));
            // each value under its own column (an extra leading cell once slid every value one column right)
            assertThat(row.getCellText(header.indexOf("Вид документа")))
                    .isEqualTo("Удостоверение о повышении квалификации");
            assertThat(row.getCellText(header.indexOf("Статус документа"))).isEqualTo("Оригинал");
            assertThat(row.getCellText(header.indexOf("Подтверждение утраты"))).isEqualTo("Нет");
            assertThat(row.getCellText(header.indexOf("Дата выдачи документа"))).matches("\\d{2}\\.\\d{2}\\.\\d{4}");
            assertThat(row.getCellText(header.indexOf("Форма обучения"))).isEqualTo("Очно-заочная");
        }
    }

    @Test
    void theOpenBadgesCredentialVerifiesWithThePublishedKey() throws Exception {
        Map<String, Object> body = request(YEAR);
        JsonPath issued = issue(body);
        String jwt = download()
                .get("/api/v1/verifications/" + issued.getString("code") + "/credential")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String jwks = anonymous()
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("keys[0].kty", equalTo("EC"))
                .body("keys[0].crv", equalTo("P-256"))
                .extract()
                .asString();
        assertThat(jwks).doesNotContain("\"d\"");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(jwt);
        var key = new JsonWebKeySet(jwks).findJsonWebKey(jws.getKeyIdHeaderValue(), "EC", "sig", "ES256");
        assertThat(key).isNotNull();
        jws.setKey(key.getKey());
        assertThat(jws.verifySignature()).isTrue();
        JsonPath claims = JsonPath.from(jws.getPayload());
        assertThat(claims.getList("vc.type", String.class)).contains("OpenBadgeCredential");
        assertThat(claims.getString("vc.credentialSubject.name")).isEqualTo(body.get("surname") + " Анна Петровна");
        assertThat(claims.getString("vc.credentialSubject.achievement.name"))
                .isEqualTo("Цифровой мост: ведение официальных аккаунтов");
        assertThat(claims.getString("vc.credentialStatus.type")).isEqualTo("1EdTechRevocationList");
        assertThat(claims.getString("jti")).isEqualTo("urn:uuid:" + issued.getString("id"));
        assertThat(jws.getPayload()).doesNotContain("@bridge.test").doesNotContain("1990-07-15");

        jws.setKey(java.security.KeyPairGenerator.getInstance("EC")
                .generateKeyPair()
                .getPublic());
        assertThat(jws.verifySignature()).as("another key does not verify it").isFalse();
    }

    @Test
    void aLearnerSeesTheCertificatesIssuedToTheirEmail() {
        String email = "learner-" + Api.unique() + "@bridge.test";
        Api.createUser(email, List.of(Role.LEARNER), null);
        String token = Api.login(email, Api.PASSWORD);
        Map<String, Object> body = request(YEAR);
        body.put("email", email.toUpperCase());
        String number = issue(body).getString("number");
        anonymous()
                .header("Authorization", "Bearer " + token)
                .get("/api/v1/certificates/mine")
                .then()
                .statusCode(200)
                .body("number", equalTo(List.of(number)))
                .body("[0].pdfUrl", notNullValue());
        as(Role.LEARNER)
                .get("/api/v1/certificates/mine")
                .then()
                .statusCode(200)
                .body("number", org.hamcrest.Matchers.not(hasItem(number)));
        anonymous().get("/api/v1/certificates/mine").then().statusCode(401);
    }

    /** A request that accepts any type, as a browser's download does. */
    static io.restassured.specification.RequestSpecification download() {
        return io.restassured.RestAssured.given().accept("*/*");
    }

    /** Renders the first page at 200 dpi and decodes its QR code. */
    static String qr(PDDocument doc) throws Exception {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 200);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
