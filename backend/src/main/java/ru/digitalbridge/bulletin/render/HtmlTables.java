package ru.digitalbridge.bulletin.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A block's table as HTML: for the page (classes, styled by the page CSS) or for e-mail (inline CSS, bar column). */
final class HtmlTables {
    private static final String CELL =
            "padding:4px 8px;border-bottom:1px solid #dee2e6;text-align:left;vertical-align:top;";

    private HtmlTables() {}

    static String table(DataTable table, String caption, DataTable.ChartSpec spec, Locale locale, boolean mail) {
        StringBuilder s = new StringBuilder(1024);
        s.append(
                mail
                        ? "<table role=\"table\" style=\"border-collapse:collapse;width:100%;font-size:13px;margin:8px 0 16px;\">"
                        : "<table class=\"data\">");
        if (caption != null && !caption.isBlank()) {
            s.append(mail ? "<caption style=\"text-align:left;font-weight:bold;padding:4px 0;\">" : "<caption>");
            s.append(Xml.esc(RenderTexts.t("chartTable", locale) + ": " + caption))
                    .append("</caption>");
        }
        s.append("<thead><tr>");
        for (DataTable.Column c : table.columns()) {
            s.append("<th scope=\"col\"").append(style(mail, c.numeric(), true));
            if (!mail && c.numeric()) {
                s.append(" class=\"num\"");
            }
            s.append('>');
            s.append(Xml.esc(c.label())).append("</th>");
        }
        boolean bars = mail && spec != null;
        if (bars) {
            s.append("<th scope=\"col\"")
                    .append(style(true, false, true))
                    .append("><span style=\"display:none\">")
                    .append(Xml.esc(RenderTexts.t("value", locale)))
                    .append("</span></th>");
        }
        s.append("</tr></thead><tbody>");
        double max = bars ? max(table, spec) : 0;
        for (Map<String, JsonNode> row : table.rows()) {
            s.append("<tr>");
            boolean rowShare = row.containsKey(DataTable.SHARE_FLAG)
                    && row.get(DataTable.SHARE_FLAG).asBoolean();
            boolean first = true;
            for (DataTable.Column c : table.columns()) {
                String tag = first ? "th" : "td";
                s.append('<').append(tag);
                if (first) {
                    s.append(" scope=\"row\"");
                }
                s.append(style(mail, c.numeric(), false));
                if (!mail && c.numeric()) {
                    s.append(" class=\"num\"");
                }
                s.append('>');
                JsonNode v = row.get(c.key());
                if (v != null && DataTable.isLinkList(v)) {
                    s.append(links(v, mail));
                } else {
                    s.append(Xml.esc(Formats.value(v, rowShare || DataTable.isShare(c.key()), locale)));
                }
                s.append("</").append(tag).append('>');
                first = false;
            }
            if (bars) {
                double total = 0;
                for (DataTable.Column c : spec.values()) {
                    total += Math.max(0, SvgBarChart.num(row.get(c.key())));
                }
                int pct = max <= 0 ? 0 : (int) Math.round(100 * total / max);
                s.append("<td style=\"").append(CELL).append("width:35%;\" aria-hidden=\"true\">");
                s.append("<div style=\"background:")
                        .append(SvgBarChart.COLORS[0])
                        .append(";height:10px;width:");
                s.append(pct).append("%;\"></div></td>");
            }
            s.append("</tr>");
        }
        s.append("</tbody></table>");
        return s.toString();
    }

    private static double max(DataTable table, DataTable.ChartSpec spec) {
        double max = 0;
        for (Map<String, JsonNode> row : table.rows()) {
            double total = 0;
            for (DataTable.Column c : spec.values()) {
                total += Math.max(0, SvgBarChart.num(row.get(c.key())));
            }
            max = Math.max(max, total);
        }
        return max;
    }

    private static String style(boolean mail, boolean numeric, boolean head) {
        if (!mail) {
            return "";
        }
        String css = CELL + (numeric ? "text-align:right;" : "") + (head ? "background:#f1f3f5;font-weight:bold;" : "");
        return " style=\"" + css + "\"";
    }

    /** Link cells (good examples): objects with a name/title and url, or bare URLs; unsafe URLs show as text. */
    private static String links(JsonNode list, boolean mail) {
        StringBuilder s = new StringBuilder();
        s.append(mail ? "<ul style=\"margin:0;padding-left:16px;\">" : "<ul class=\"links\">");
        for (JsonNode item : list) {
            String url = item.isTextual() ? item.asText() : item.path("url").asText(null);
            String name = item.isTextual()
                    ? item.asText()
                    : item.path("name").asText(item.path("title").asText(url == null ? "" : url));
            Optional<String> safe = SafeMarkdown.safeUrl(url, false);
            s.append("<li>");
            if (safe.isPresent() && SafeMarkdown.isExternal(safe.get())) {
                s.append("<a href=\"").append(Xml.esc(safe.get())).append("\" rel=\"noopener nofollow\">");
                s.append(Xml.esc(name)).append("</a>");
            } else {
                s.append(Xml.esc(name));
            }
            s.append("</li>");
        }
        return s.append("</ul>").toString();
    }
}
