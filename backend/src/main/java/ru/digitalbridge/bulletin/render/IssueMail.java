package ru.digitalbridge.bulletin.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.digitalbridge.bulletin.Block;
import ru.digitalbridge.bulletin.PersonalSection;
import ru.digitalbridge.bulletin.PublishedIssue;

/**
 * The bulletin e-mail. HTML: one centred column, inline CSS only (mail clients drop style sheets), no scripts, no
 * SVG and no images: a chart is its table with a plain bar column (coloured divs), which every client shows and
 * which weighs nothing. Plain text: the same content as text. Both parts end with the visible «read online»,
 * unsubscribe and preferences links; the personal section comes after the public issue, framed and titled as
 * being for that organisation only.
 */
final class IssueMail {
    private static final String FONT = "font-family:'Segoe UI',Arial,'DejaVu Sans',sans-serif;";
    private final BulletinRenderer renderer;
    private final Locale locale;

    IssueMail(BulletinRenderer renderer, Locale locale) {
        this.renderer = renderer;
        this.locale = locale;
    }

    MailContent render(PublishedIssue issue, Optional<PersonalSection> personal, Links links) {
        String heading = BulletinRenderer.number(issue, locale) + ". " + issue.title();
        String subject = issue.seriesTitle() + " — " + heading;
        StringBuilder h = new StringBuilder(16384);
        StringBuilder t = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/>");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>");
        h.append(Xml.esc(subject)).append("</title></head>");
        h.append("<body style=\"margin:0;padding:0;background:#f1f3f5;")
                .append(FONT)
                .append("color:#1a1b1e;\">");
        h.append(
                "<div style=\"max-width:640px;margin:0 auto;background:#ffffff;padding:20px 24px;font-size:15px;line-height:1.5;\">");
        h.append("<p style=\"margin:0;font-size:12px;text-transform:uppercase;color:#495057;\">");
        h.append(Xml.esc(issue.seriesTitle())).append("</p>");
        h.append("<h1 style=\"font-size:22px;margin:4px 0 6px;color:#1c3d6e;\">")
                .append(Xml.esc(heading))
                .append("</h1>");
        h.append("<p style=\"margin:0 0 12px;color:#495057;font-size:13px;\">")
                .append(Xml.esc(BulletinRenderer.meta(issue, locale)))
                .append("</p>");
        h.append(link(links.issueUrl(), RenderTexts.t("readOnline", locale)));
        t.append(issue.seriesTitle()).append('\n').append(heading).append('\n');
        t.append(BulletinRenderer.meta(issue, locale)).append('\n');
        t.append(RenderTexts.t("readOnline", locale))
                .append(": ")
                .append(links.issueUrl())
                .append("\n\n");
        blocks(BulletinRenderer.blocks(issue.document()), h, t);
        personal.ifPresent(section -> {
            String title = RenderTexts.t("personal", locale) + " «" + section.organizationName() + "»";
            String note = RenderTexts.t("personalNote", locale, section.organizationName());
            h.append(
                    "<div style=\"border:2px solid #f08c00;border-radius:6px;padding:12px 16px;margin:24px 0;background:#fff9db;\">");
            h.append("<h2 style=\"font-size:18px;margin:0 0 4px;color:#e8590c;\">")
                    .append(Xml.esc(title))
                    .append("</h2>");
            h.append("<p style=\"margin:0 0 8px;font-size:13px;color:#495057;\"><strong>")
                    .append(Xml.esc(note));
            h.append("</strong></p>");
            t.append("==============================\n")
                    .append(title.toUpperCase(locale))
                    .append('\n')
                    .append(note);
            t.append("\n==============================\n\n");
            blocks(BulletinRenderer.blocks(section.document()), h, t);
            h.append("</div>");
            t.append("==============================\n\n");
        });
        h.append("<hr style=\"border:0;border-top:1px solid #dee2e6;margin:24px 0 12px;\"/>");
        h.append("<p style=\"font-size:13px;color:#495057;margin:0 0 8px;\">")
                .append(Xml.esc(RenderTexts.t("why", locale, issue.seriesTitle())))
                .append("</p>");
        h.append("<p style=\"font-size:13px;margin:0;\"><a href=\"").append(Xml.esc(links.unsubscribeUrl()));
        h.append("\" style=\"color:#1864ab;\">")
                .append(Xml.esc(RenderTexts.t("unsubscribe", locale)))
                .append("</a>");
        h.append(" · <a href=\"").append(Xml.esc(links.preferencesUrl())).append("\" style=\"color:#1864ab;\">");
        h.append(Xml.esc(RenderTexts.t("preferences", locale))).append("</a></p>");
        h.append("<p style=\"font-size:12px;color:#868e96;margin:8px 0 0;\">")
                .append(Xml.esc(RenderTexts.t("footer", locale)));
        h.append("</p></div></body></html>");
        t.append("--\n")
                .append(RenderTexts.t("why", locale, issue.seriesTitle()))
                .append('\n');
        t.append(RenderTexts.t("unsubscribe", locale))
                .append(": ")
                .append(links.unsubscribeUrl())
                .append('\n');
        t.append(RenderTexts.t("preferences", locale))
                .append(": ")
                .append(links.preferencesUrl())
                .append('\n');
        return new MailContent(subject, h.toString(), t.toString());
    }

    private void blocks(List<Block> blocks, StringBuilder h, StringBuilder t) {
        for (Block block : blocks) {
            if (block.title() != null && !block.title().isBlank()) {
                h.append("<h2 style=\"font-size:18px;margin:20px 0 6px;color:#1c3d6e;\">");
                h.append(Xml.esc(block.title())).append("</h2>");
                t.append(block.title())
                        .append('\n')
                        .append("-".repeat(Math.min(60, block.title().length())))
                        .append('\n');
            }
            h.append(SafeMarkdown.html(block.markdown()));
            String text = SafeMarkdown.text(block.markdown());
            if (!text.isEmpty()) {
                t.append(text).append("\n\n");
            }
            for (DataTable table : DataTable.read(renderer.data(block), locale)) {
                DataTable.ChartSpec spec = table.chart(block.kind());
                String caption = block.title() == null ? "" : block.title();
                if (table.caption() != null && !table.caption().isBlank()) {
                    caption = caption.isBlank() ? table.caption() : caption + " — " + table.caption();
                }
                h.append(HtmlTables.table(table, caption, spec, locale, true));
                textTable(table, t);
            }
        }
    }

    private void textTable(DataTable table, StringBuilder t) {
        for (Map<String, JsonNode> row : table.rows()) {
            boolean rowShare = row.containsKey(DataTable.SHARE_FLAG)
                    && row.get(DataTable.SHARE_FLAG).asBoolean();
            StringBuilder line = new StringBuilder("  • ");
            boolean first = true;
            for (DataTable.Column c : table.columns()) {
                JsonNode v = row.get(c.key());
                String value;
                if (v != null && DataTable.isLinkList(v)) {
                    StringBuilder links = new StringBuilder();
                    for (JsonNode item : v) {
                        String url = item.isTextual()
                                ? item.asText()
                                : item.path("url").asText("");
                        String safe = SafeMarkdown.safeUrl(url, false).orElse("");
                        String name = item.isTextual()
                                ? ""
                                : item.path("name").asText(item.path("title").asText(""));
                        links.append(links.isEmpty() ? "" : ", ")
                                .append(name)
                                .append(safe.isEmpty() ? "" : " <" + safe + ">");
                    }
                    value = links.toString().strip();
                } else {
                    value = Formats.value(v, rowShare || DataTable.isShare(c.key()), locale);
                }
                line.append(first ? value : "; " + c.label() + ": " + value);
                first = false;
            }
            t.append(line).append('\n');
        }
        t.append('\n');
    }

    private static String link(String url, String text) {
        return "<p style=\"margin:0 0 16px;\"><a href=\"" + Xml.esc(url)
                + "\" style=\"display:inline-block;background:#228be6;color:#ffffff;padding:8px 14px;border-radius:4px;text-decoration:none;\">"
                + Xml.esc(text) + "</a></p>";
    }
}
