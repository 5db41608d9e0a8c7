package ru.digitalbridge.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import ru.digitalbridge.bulletin.PublishedIssue;

/** The issue page, its PDF, the e-mail and the Atom feed, rendered from a fixture issue (no database). */
class BulletinRendererTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private final BulletinRenderer renderer = new BulletinRenderer(RenderFixtures.MAPPER);

    @Test
    void pageIsWellFormedAccessibleXhtml() throws Exception {
        String html = renderer.pageHtml(RenderFixtures.issue());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document xml =
                f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getAttribute("lang")).isEqualTo("ru");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("h1").text()).isEqualTo("Выпуск № 3. Весенняя кампания 2026");
        assertThat(doc.select("h2").eachText()).contains("Лидеры рейтинга", "Выполнение рекомендаций");
        assertThat(doc.select("style").html()).contains("@page", "@media print");
        assertThat(doc.select("script")).isEmpty();
        // every chart is an image with a title and a description, followed by its table
        assertThat(doc.select("svg")).hasSize(6);
        doc.select("svg").forEach(svg -> {
            assertThat(svg.attr("role")).isEqualTo("img");
            String[] ids = svg.attr("aria-labelledby").split(" ");
            assertThat(svg.getElementById(ids[0]).tagName()).isEqualTo("title");
            assertThat(svg.getElementById(ids[1]).tagName()).isEqualTo("desc");
            assertThat(svg.parent().nextElementSibling().tagName()).isEqualTo("table");
        });
        assertThat(doc.select("#block-b2 table td").eachText()).contains("91,5", "Тверь", "1 / 58", "2–3 / 58");
        assertThat(doc.select("#block-b2 caption").text()).contains("Все организации");
        assertThat(doc.select("#block-b3 table td").eachText()).contains("72,4 %");
        assertThat(doc.select("#block-b4 svg rect").size()).isGreaterThanOrEqualTo(4);
        assertThat(doc.select("#block-b4 table td").eachText()).contains("57,6 %", "70,6 %", "12", "5");
        assertThat(doc.select("#block-b5 table td").eachText()).contains("65 %", "Укажите телефон приёмной");
        // the unsafe example link is text only, the safe one a link with rel
        assertThat(doc.select("#block-b5 a[href=https://vk.com/good]").attr("rel"))
                .isEqualTo("noopener nofollow");
        assertThat(doc.select("#block-b5 a").eachAttr("href")).containsExactly("https://vk.com/good");
        assertThat(doc.select("#block-b5").text()).contains("Плохой");
        assertThat(renderer.pageHtml(RenderFixtures.english(RenderFixtures.issue())))
                .contains("lang=\"en\"", "Issue No. 3");
    }

    @Test
    void blockHtmlHasNoTitleAndIsSafe() {
        var block = RenderFixtures.block(
                "x\"><script>",
                ru.digitalbridge.bulletin.BlockKind.ARTICLE,
                "<b>t</b>",
                "Текст <script>alert(1)</script>",
                null);
        String html = renderer.blockHtml(block, RU);
        assertThat(html).doesNotContain("<script", "<b>t</b>").contains("&lt;script&gt;");
    }

    @Test
    void pdfIsTheSamePageWithCyrillicTextAndNumbers() throws Exception {
        byte[] pdf = renderer.pdf(RenderFixtures.issue());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "Выпуск № 3. Весенняя кампания 2026",
                            "Лидеры рейтинга",
                            "Школа № 5 г. Тверь",
                            "91,5",
                            "72,4",
                            "Закреплённый",
                            "Хороший",
                            "Укажите");
            assertThat(doc.getDocumentInformation().getTitle()).contains("Весенняя кампания 2026");
        }
    }

    @Test
    void mailHasBothPartsUnsubscribeAndAMarkedPersonalSection() {
        Links links = new Links(
                "https://bridge.example/bulletins/issues/1",
                "https://bridge.example/unsubscribe?token=abc",
                "https://bridge.example/preferences?token=abc");
        MailContent mail = renderer.mail(RenderFixtures.issue(), Optional.of(RenderFixtures.personal()), links);
        assertThat(mail.subject())
                .isEqualTo("Цифровой мост: бюллетень рекомендаций — Выпуск № 3. Весенняя кампания 2026");
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("script, style, svg, img, link")).isEmpty();
        assertThat(html.select("a[href=https://bridge.example/unsubscribe?token=abc]")
                        .text())
                .isEqualTo("Отписаться от рассылки");
        assertThat(html.select("a[href=https://bridge.example/preferences?token=abc]")
                        .text())
                .isEqualTo("Настройки подписки");
        assertThat(html.text())
                .contains(
                        "Раздел для организации «Школа № 5 г. Тверь»",
                        "только сотрудникам организации",
                        "Добавьте закреплённый пост",
                        "91,5");
        assertThat(mail.text())
                .contains(
                        "https://bridge.example/unsubscribe?token=abc",
                        "https://bridge.example/preferences?token=abc",
                        "https://bridge.example/bulletins/issues/1",
                        "РАЗДЕЛ ДЛЯ ОРГАНИЗАЦИИ «ШКОЛА № 5 Г. ТВЕРЬ»",
                        "Школа № 5 г. Тверь; Муниципалитет: Тверь; Индекс: 91,5; Место: 1 / 58",
                        "Хороший пример <https://vk.com/good>")
                .doesNotContain("javascript:", "<b>", "**");
        MailContent publicOnly = renderer.mail(RenderFixtures.english(RenderFixtures.issue()), Optional.empty(), links);
        assertThat(publicOnly.html())
                .doesNotContain("Добавьте закреплённый пост")
                .contains("Unsubscribe");
        assertThat(publicOnly.text()).doesNotContain("Добавьте закреплённый пост");
    }

    @Test
    void atomFeedValidatesAgainstRfc4287SchemaAndACorrectionUpdatesTheEntry() throws Exception {
        PublishedIssue first = RenderFixtures.issue();
        Instant corrected = Instant.parse("2026-06-12T15:30:00Z");
        PublishedIssue correction = RenderFixtures.issue(2, corrected, "Исправлено: проверено **129** аккаунтов & <b>");
        AtomFeed.Feed feed = new AtomFeed.Feed(
                AtomFeed.seriesId("main"),
                "Цифровой мост: бюллетень рекомендаций",
                "https://bridge.example/api/v1/bulletins/series/main/feed",
                "https://bridge.example/bulletins");
        String before = AtomFeed.render(feed, List.of(entry(first, first.publishedAt())), Instant.EPOCH, RU);
        String after = AtomFeed.render(feed, List.of(entry(correction, first.publishedAt())), Instant.EPOCH, RU);
        String empty = AtomFeed.render(feed, List.of(), Instant.EPOCH, RU);
        for (String xml : List.of(before, after, empty)) {
            assertThat(validate(xml)).as(xml).isEmpty();
        }
        Document b = Jsoup.parse(before, "", org.jsoup.parser.Parser.xmlParser());
        Document a = Jsoup.parse(after, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(a.select("entry > id").text())
                .isEqualTo(b.select("entry > id").text())
                .isEqualTo("urn:uuid:" + RenderFixtures.ISSUE);
        assertThat(b.select("entry > updated").text()).isEqualTo("2026-06-10T09:00:00Z");
        assertThat(a.select("entry > updated").text()).isEqualTo("2026-06-12T15:30:00Z");
        assertThat(a.select("feed > updated").text()).isEqualTo("2026-06-12T15:30:00Z");
        assertThat(a.select("entry > published").text()).isEqualTo("2026-06-10T09:00:00Z");
        assertThat(a.select("entry > summary").text()).contains("129 аккаунтов").doesNotContain("**");
        assertThat(a.select("entry > link[rel=related]").attr("type")).isEqualTo("application/pdf");
        assertThat(a.select("entry > link[rel=alternate]").attr("href"))
                .isEqualTo("https://bridge.example/bulletins/issues/1");
        assertThat(AtomFeed.seriesId("main"))
                .isEqualTo(AtomFeed.seriesId("main"))
                .isNotEqualTo(AtomFeed.seriesId("other"));
    }

    private static AtomFeed.Entry entry(PublishedIssue issue, Instant first) {
        return new AtomFeed.Entry(
                issue,
                first,
                "https://bridge.example/bulletins/issues/1",
                "https://bridge.example/api/v1/bulletins/issues/1/pdf");
    }

    /** Errors reported by jing for the document against RFC 4287's RELAX NG (compact) schema. */
    static List<String> validate(String xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        ValidateProperty.ERROR_HANDLER.put(props, handler);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap(), CompactSchemaReader.getInstance());
        InputSource schema = new InputSource(
                BulletinRendererTest.class.getResource("/bulletin/atom.rnc").toString());
        assertThat(driver.loadSchema(schema)).as("schema loads: " + errors).isTrue();
        boolean valid = driver.validate(new InputSource(new StringReader(xml)));
        if (!valid && errors.isEmpty()) {
            errors.add("invalid");
        }
        return errors;
    }
}
