package ru.digitalbridge.bulletin.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.digitalbridge.bulletin.Block;
import ru.digitalbridge.bulletin.BlockHtml;
import ru.digitalbridge.bulletin.BulletinDocument;
import ru.digitalbridge.bulletin.PersonalSection;
import ru.digitalbridge.bulletin.PublishedIssue;

/**
 * Renders bulletin issues: a block's safe HTML (for the JSON API and the SPA), the standalone page of an issue
 * (XHTML, the PDF is made from exactly this page), the PDF, and the e-mail (HTML with inline CSS and plain text).
 * Editors' Markdown goes through {@link SafeMarkdown}; every other string is escaped here.
 */
@ApplicationScoped
public class BulletinRenderer implements BlockHtml {
    private final ObjectMapper mapper;

    @Inject
    public BulletinRenderer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The body of one block (its Markdown, then its chart and tables), without the block's title: the caller
     * shows the title as its heading.
     */
    public String blockHtml(Block block, Locale locale) {
        StringBuilder out = new StringBuilder(2048);
        String prefix = "b-" + safeId(block.id());
        out.append("<div class=\"md\">")
                .append(SafeMarkdown.html(block.markdown()))
                .append("</div>");
        List<DataTable> tables = DataTable.read(data(block), locale);
        for (int i = 0; i < tables.size(); i++) {
            DataTable table = tables.get(i);
            DataTable.ChartSpec spec = table.chart(block.kind());
            String caption = block.title() == null ? "" : block.title();
            if (table.caption() != null && !table.caption().isBlank()) {
                caption = caption.isBlank() ? table.caption() : caption + " — " + table.caption();
            }
            if (spec != null) {
                out.append("<figure class=\"chart\">");
                out.append(SvgBarChart.svg(prefix + "-c" + i, caption, table, spec, locale));
                out.append("</figure>");
            }
            out.append(HtmlTables.table(table, caption, spec, locale, false));
        }
        return out.toString();
    }

    /** {@link BlockHtml} for the public JSON: the same as {@link #blockHtml}. */
    @Override
    public String html(Block block, Locale locale) {
        return blockHtml(block, normal(locale));
    }

    /**
     * The standalone page of the issue: XHTML served as text/html and the PDF's source. Everything in it is in the
     * issue's language (never the reader's), so a revision's page is the same bytes for every reader.
     */
    public String pageHtml(PublishedIssue issue) {
        Locale l = normal(issue.locale());
        StringBuilder out = new StringBuilder(16384);
        String lang = l.getLanguage();
        String heading = issue.title();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(lang);
        out.append("\" xml:lang=\"").append(lang).append("\"><head><meta charset=\"UTF-8\"/>");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        out.append("<title>").append(Xml.esc(issue.seriesTitle() + " — " + number(issue, l) + ". " + heading));
        out.append("</title><meta name=\"subject\" content=\"")
                .append(Xml.esc(issue.seriesTitle()))
                .append("\"/>");
        out.append("<meta name=\"author\" content=\"")
                .append(Xml.esc(RenderTexts.t("publisher", l)))
                .append("\"/>");
        out.append("<style>").append(PageCss.CSS).append("</style></head><body>");
        out.append("<header><p class=\"series\">")
                .append(Xml.esc(issue.seriesTitle()))
                .append("</p>");
        out.append("<h1>").append(Xml.esc(number(issue, l) + ". " + heading)).append("</h1>");
        out.append("<p class=\"meta\">").append(Xml.esc(meta(issue, l))).append("</p></header><main>");
        for (Block block : blocks(issue.document())) {
            String id = "block-" + safeId(block.id());
            out.append("<section class=\"block kind-")
                    .append(block.kind().name().toLowerCase(Locale.ROOT));
            out.append("\" id=\"")
                    .append(id)
                    .append("\" aria-labelledby=\"")
                    .append(id)
                    .append("-h\">");
            if (block.title() != null && !block.title().isBlank()) {
                out.append("<h2 id=\"")
                        .append(id)
                        .append("-h\">")
                        .append(Xml.esc(block.title()))
                        .append("</h2>");
            }
            out.append(blockHtml(block, l)).append("</section>");
        }
        out.append("</main><footer><p>")
                .append(Xml.esc(RenderTexts.t("footer", l)))
                .append("</p></footer>");
        out.append("</body></html>\n");
        return out.toString();
    }

    /** The PDF of the issue, rendered from {@link #pageHtml} (the same markup and CSS), charts as vector. */
    public byte[] pdf(PublishedIssue issue) {
        return IssuePdf.render(pageHtml(issue));
    }

    /**
     * The e-mail for one recipient: the public issue, then (if given) the organisation's personal section. The whole
     * message (subject, labels, the unsubscribe and preferences texts) is in the issue's language.
     */
    public MailContent mail(PublishedIssue issue, Optional<PersonalSection> personal, Links links) {
        return new IssueMail(this, normal(issue.locale())).render(issue, personal, links);
    }

    JsonNode data(Block block) {
        Object data = block.data();
        if (data == null || (data instanceof Map<?, ?> map && map.isEmpty())) {
            return null;
        }
        return data instanceof JsonNode node ? node : mapper.valueToTree(data);
    }

    static List<Block> blocks(BulletinDocument document) {
        return document == null || document.blocks() == null ? List.of() : document.blocks();
    }

    static String number(PublishedIssue issue, Locale locale) {
        return RenderTexts.t("issue", locale) + " " + issue.number();
    }

    static String meta(PublishedIssue issue, Locale locale) {
        String meta =
                RenderTexts.t("period", locale) + ": " + Formats.period(issue.periodFrom(), issue.periodTo(), locale)
                        + " · " + RenderTexts.t("published", locale) + ": " + Formats.date(issue.publishedAt(), locale);
        return issue.revision() > 1
                ? meta + " (" + RenderTexts.t("revision", locale) + " " + issue.revision() + ")"
                : meta;
    }

    static Locale normal(Locale locale) {
        return RenderTexts.english(locale) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
    }

    static String safeId(String id) {
        String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "");
        return s.isEmpty() ? "x" : s;
    }
}
