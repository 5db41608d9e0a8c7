package ru.digitalbridge.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.security.Role;

/**
 * The public formats through HTTP: an issue is drafted, reviewed and published by coordinators, then anyone reads
 * its page, PDF and feeds; drafts and unknown ids are 404; ETags answer 304; the revision PDF is frozen and stored
 * once; a correction moves the feed entry's {@code updated} and the feed stays valid Atom.
 */
@QuarkusTest
class BulletinFormatsTest {
    @Inject
    EvaluationTestData data;

    private static Map<String, Object> article(String id, String title, String markdown) {
        return Map.of("id", id, "kind", "ARTICLE", "title", title, "markdown", markdown);
    }

    private static Map<String, Object> draft(
            long version, String title, List<Map<String, Object>> blocks, UUID reviewer) {
        return Map.of(
                "version",
                version,
                "title",
                title,
                "periodFrom",
                "2026-01-01",
                "periodTo",
                "2026-03-31",
                "reviewerId",
                reviewer,
                "blocks",
                blocks);
    }

    /** A browser or feed reader: no JSON Accept header (Api.anonymous() asks for JSON only). */
    private static io.restassured.specification.RequestSpecification reader() {
        return io.restassured.RestAssured.given();
    }

    record Published(String id, Person editor) {}

    private Published publish(String title) {
        return publish(title, "ru");
    }

    private Published publish(String title, String language) {
        Person editor = data.person(Role.COORDINATOR, null);
        Person reviewer = data.person(Role.COORDINATOR, null);
        String id = editor.api()
                .body(Map.of(
                        "series",
                        "main",
                        "title",
                        title,
                        "periodFrom",
                        "2026-01-01",
                        "periodTo",
                        "2026-03-31",
                        "reviewerId",
                        reviewer.id(),
                        "language",
                        language))
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Map<String, Object>> blocks = List.of(
                article(
                        "a1",
                        "Итоги квартала",
                        "Проверено **128** аккаунтов. <script>alert(1)</script>"
                                + " [ссылка](javascript:alert(1)) [сайт](https://example.org)"),
                article("a2", "Анонс", "Итоговый семинар в апреле."));
        editor.api()
                .body(draft(0, title, blocks, reviewer.id()))
                .put("/api/v1/bulletins/issues/" + id + "/draft")
                .then()
                .statusCode(200);
        editor.api()
                .body(Map.of("version", 1))
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(200);
        reviewer.api()
                .body(Map.of("version", 2))
                .post("/api/v1/bulletins/issues/" + id + "/publish")
                .then()
                .statusCode(200);
        return new Published(id, editor);
    }

    @Test
    void pageAndPdfOfAPublishedIssue() throws Exception {
        String title = "Первый квартал " + UUID.randomUUID().toString().substring(0, 8);
        Published p = publish(title);

        Response page = reader().get("/api/v1/bulletins/issues/" + p.id() + "/html");
        page.then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("ETag", startsWith("\""))
                .header("Last-Modified", org.hamcrest.Matchers.notNullValue());
        Document html = Jsoup.parse(page.asString());
        assertThat(html.select("html").attr("lang")).isEqualTo("ru");
        assertThat(html.select("h1").text()).endsWith(title);
        assertThat(html.select("h2").eachText()).containsExactly("Итоги квартала", "Анонс");
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("a").eachAttr("href")).containsExactly("https://example.org");
        reader().header("If-None-Match", page.header("ETag"))
                .get("/api/v1/bulletins/issues/" + p.id() + "/html")
                .then()
                .statusCode(304);
        // a Russian issue stays Russian for an English reader: the same bytes as for anyone
        Response english = reader().header("Accept-Language", "en").get("/api/v1/bulletins/issues/" + p.id() + "/html");
        english.then().statusCode(200).body(containsString("lang=\"ru\""), containsString("Выпуск №"));
        assertThat(english.asByteArray()).isEqualTo(page.asByteArray());
        assertThat(english.header("ETag")).isEqualTo(page.header("ETag"));
        // the JSON of the issue carries the same safe block HTML
        String blockHtml = reader().get("/api/v1/bulletins/issues/" + p.id())
                .then()
                .statusCode(200)
                .extract()
                .path("blocks[0].html");
        assertThat(blockHtml)
                .contains("<strong>128</strong>", "&lt;script&gt;")
                .doesNotContain("<script", "javascript:");

        Response pdf = reader().get("/api/v1/bulletins/issues/" + p.id() + "/pdf");
        pdf.then().statusCode(200).contentType("application/pdf").header("Content-Disposition", containsString(".pdf"));
        byte[] bytes = pdf.asByteArray();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(title, "Итоги квартала", "128", "Выпуск №");
        }
        assertThat(pdf.header("ETag")).isEqualTo("\"" + sha256(bytes) + "\"");
        reader().header("If-None-Match", pdf.header("ETag"))
                .get("/api/v1/bulletins/issues/" + p.id() + "/pdf")
                .then()
                .statusCode(304);

        // the revision PDF is the same stored bytes, frozen: cached for a year; rendered and stored once
        Response revision = reader().get("/api/v1/bulletins/issues/" + p.id() + "/revisions/1/pdf");
        revision.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Cache-Control", containsString("immutable"));
        assertThat(revision.asByteArray()).isEqualTo(bytes);
        assertThat(data.count(
                        "select count(*) from bulletin_pdf where issue_id = ?::uuid and revision = 1 and lang = 'ru'",
                        p.id()))
                .isEqualTo(1);
        reader().header("If-None-Match", revision.header("ETag"))
                .get("/api/v1/bulletins/issues/" + p.id() + "/revisions/1/pdf")
                .then()
                .statusCode(304)
                .header("Cache-Control", containsString("immutable"));
        reader().get("/api/v1/bulletins/issues/" + p.id() + "/revisions/7/pdf")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void draftsAndUnknownIssuesAreNotFound() {
        Person editor = data.person(Role.COORDINATOR, null);
        String draft = editor.api()
                .body(Map.of(
                        "series", "main", "title", "Черновик", "periodFrom", "2026-01-01", "periodTo", "2026-03-31"))
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String path : List.of("/pdf", "/html", "/revisions/1/pdf")) {
            reader().get("/api/v1/bulletins/issues/" + draft + path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
            reader().get("/api/v1/bulletins/issues/" + UUID.randomUUID() + path)
                    .then()
                    .statusCode(404);
        }
        reader().get("/api/v1/bulletins/issues/not-a-uuid/pdf").then().statusCode(404);
        reader().get("/api/v1/bulletins/series/no-such-series/feed")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        // a signed-in editor reads the public formats like anyone, the draft stays hidden
        editor.api()
                .accept("*/*")
                .get("/api/v1/bulletins/issues/" + draft + "/html")
                .then()
                .statusCode(404);
    }

    @Test
    void feedsAreValidAtomAndFollowCorrections() throws Exception {
        String title = "Фид " + UUID.randomUUID().toString().substring(0, 8);
        Published p = publish(title);
        Response all = reader().get("/api/v1/bulletins/feed");
        all.then().statusCode(200).contentType(startsWith("application/atom+xml"));
        assertThat(BulletinRendererTest.validate(all.asString())).isEmpty();
        Response series = reader().get("/api/v1/bulletins/series/main/feed");
        series.then().statusCode(200).contentType(startsWith("application/atom+xml"));
        assertThat(BulletinRendererTest.validate(series.asString())).isEmpty();
        Document before = Jsoup.parse(series.asString(), "", Parser.xmlParser());
        var entry = before.select("entry:has(id:containsOwn(" + p.id() + "))");
        assertThat(entry).hasSize(1);
        assertThat(entry.select("title").text()).endsWith(title);
        assertThat(entry.select("link[rel=alternate]").attr("href")).endsWith("/bulletins/issues/" + p.id());
        assertThat(entry.select("link[rel=related]").attr("href"))
                .endsWith("/api/v1/bulletins/issues/" + p.id() + "/pdf");
        String updatedBefore = entry.select("updated").text();
        reader().header("If-None-Match", series.header("ETag"))
                .get("/api/v1/bulletins/series/main/feed")
                .then()
                .statusCode(304);

        p.editor()
                .api()
                .body(Map.of(
                        "version",
                        3,
                        "note",
                        "Уточнены цифры",
                        "blocks",
                        List.of(article("a1", "Итоги квартала", "Проверено **129** аккаунтов."))))
                .post("/api/v1/bulletins/issues/" + p.id() + "/corrections")
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));
        Response after = reader().get("/api/v1/bulletins/series/main/feed");
        assertThat(BulletinRendererTest.validate(after.asString())).isEmpty();
        assertThat(after.header("ETag")).isNotEqualTo(series.header("ETag"));
        reader().header("If-None-Match", series.header("ETag"))
                .get("/api/v1/bulletins/series/main/feed")
                .then()
                .statusCode(200);
        var corrected = Jsoup.parse(after.asString(), "", Parser.xmlParser())
                .select("entry:has(id:containsOwn(" + p.id() + "))");
        assertThat(corrected.select("id").text()).isEqualTo("urn:uuid:" + p.id());
        assertThat(corrected.select("updated").text()).isGreaterThanOrEqualTo(updatedBefore);
        assertThat(corrected.select("published").text())
                .isEqualTo(entry.select("published").text());
        assertThat(corrected.select("summary").text()).contains("редакция 2");
        // the latest PDF is revision 2 now; revision 1's stays as it was
        byte[] latest =
                reader().get("/api/v1/bulletins/issues/" + p.id() + "/pdf").asByteArray();
        try (PDDocument doc = Loader.loadPDF(latest)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("129").doesNotContain("128 аккаунтов");
        }
        try (PDDocument doc = Loader.loadPDF(reader().get("/api/v1/bulletins/issues/" + p.id() + "/revisions/1/pdf")
                .asByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("128");
        }
        reader().header("Accept-Language", "en")
                .get("/api/v1/bulletins/series/main/feed")
                .then()
                .statusCode(200)
                .body(containsString("xml:lang=\"en\""), containsString("Digital Bridge: bulletin of recommendations"));
    }

    /**
     * Everything inside an issue is in the issue's language, never the reader's: an English issue read by a Russian
     * browser (and by an English one) is the same page, the same PDF and the same feed entry, all in English; the
     * JSON tells the SPA the language to mark the content with.
     */
    @Test
    void anIssueIsRenderedInItsOwnLanguageWhoeverReadsIt() throws Exception {
        String title = "Spring review " + UUID.randomUUID().toString().substring(0, 8);
        Published p = publish(title, "en");

        Response ru = reader().header("Accept-Language", "ru").get("/api/v1/bulletins/issues/" + p.id() + "/html");
        Response en = reader().header("Accept-Language", "en").get("/api/v1/bulletins/issues/" + p.id() + "/html");
        Response none = reader().get("/api/v1/bulletins/issues/" + p.id() + "/html");
        ru.then().statusCode(200);
        assertThat(ru.asByteArray()).isEqualTo(en.asByteArray()).isEqualTo(none.asByteArray());
        assertThat(ru.header("ETag")).isEqualTo(en.header("ETag"));
        Document html = Jsoup.parse(ru.asString());
        assertThat(html.select("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("h1").text()).isEqualTo("Issue No. " + number(p) + ". " + title);
        assertThat(html.select("header .series").text()).isEqualTo("Digital Bridge: bulletin of recommendations");
        assertThat(html.select("header .meta").text()).startsWith("Period: ").contains("Published: ");
        assertThat(html.select("footer").text()).startsWith("Digital Bridge — informational bulletin");
        assertThat(ru.asString()).doesNotContain("Выпуск", "Период", "Опубликован", "Цифровой мост");
        // a conditional GET with the other language's validator is a 304: one representation
        reader().header("Accept-Language", "ru")
                .header("If-None-Match", en.header("ETag"))
                .get("/api/v1/bulletins/issues/" + p.id() + "/html")
                .then()
                .statusCode(304);

        byte[] pdfRu = reader().header("Accept-Language", "ru")
                .get("/api/v1/bulletins/issues/" + p.id() + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        byte[] pdfEn = reader().header("Accept-Language", "en")
                .get("/api/v1/bulletins/issues/" + p.id() + "/revisions/1/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(pdfRu).isEqualTo(pdfEn);
        try (PDDocument doc = Loader.loadPDF(pdfRu)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Issue No. " + number(p), title, "Period:", "Published:");
            assertThat(text).doesNotContain("Выпуск", "Период", "Опубликован");
        }
        // stored once, under the issue's language
        assertThat(data.count("select count(*) from bulletin_pdf where issue_id = ?::uuid", p.id()))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from bulletin_pdf where issue_id = ?::uuid and lang = 'en'", p.id()))
                .isEqualTo(1);

        // the feed's own title follows the reader (Vary: Accept-Language); the issue's entry does not
        Response feedRu = reader().header("Accept-Language", "ru").get("/api/v1/bulletins/series/main/feed");
        Response feedEn = reader().header("Accept-Language", "en").get("/api/v1/bulletins/series/main/feed");
        feedRu.then().statusCode(200).header("Vary", containsString("Accept-Language"));
        assertThat(BulletinRendererTest.validate(feedRu.asString())).isEmpty();
        assertThat(BulletinRendererTest.validate(feedEn.asString())).isEmpty();
        var entryRu = Jsoup.parse(feedRu.asString(), "", Parser.xmlParser())
                .select("entry:has(id:containsOwn(" + p.id() + "))");
        var entryEn = Jsoup.parse(feedEn.asString(), "", Parser.xmlParser())
                .select("entry:has(id:containsOwn(" + p.id() + "))");
        assertThat(entryRu).hasSize(1);
        assertThat(entryRu.outerHtml()).isEqualTo(entryEn.outerHtml());
        assertThat(entryRu.attr("xml:lang")).isEqualTo("en");
        assertThat(entryRu.select("title").text())
                .isEqualTo("Digital Bridge: bulletin of recommendations — Issue No. " + number(p) + ". " + title);
        assertThat(entryRu.select("summary").text()).startsWith("Period: ");
        assertThat(entryRu.select("category").attr("label")).isEqualTo("Digital Bridge: bulletin of recommendations");

        // the JSON: the issue's language for the SPA's lang attribute, the same blocks for every reader
        var jsonRu = reader().header("Accept-Language", "ru")
                .accept("application/json")
                .get("/api/v1/bulletins/issues/" + p.id())
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .extract()
                .jsonPath();
        var jsonEn = reader().header("Accept-Language", "en")
                .accept("application/json")
                .get("/api/v1/bulletins/issues/" + p.id())
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .extract()
                .jsonPath();
        assertThat(jsonRu.getList("blocks.html")).isEqualTo(jsonEn.getList("blocks.html"));
        reader().accept("application/json")
                .get("/api/v1/bulletins/issues?series=main&size=20")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + p.id() + "' }.language", equalTo("en"));
    }

    private int number(Published p) {
        return reader().accept("application/json")
                .get("/api/v1/bulletins/issues/" + p.id())
                .then()
                .statusCode(200)
                .extract()
                .path("number");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
