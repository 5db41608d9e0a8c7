package ru.digitalbridge.bulletin.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A horizontal bar chart as inline SVG (vector in the web page and in the PDF), in the ratings' look: Mantine's
 * blue for one series, teal and red for «fixed / not fixed», category labels on the left, the value at the bar's
 * end. The SVG is {@code role="img"} named by its {@code <title>} and described by its {@code <desc>}; the block's
 * table right after it carries the same numbers for readers who cannot see it.
 */
final class SvgBarChart {
    static final String[] COLORS = {"#228be6", "#fa5252"};
    static final String FIXED = "#12b886";
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 210;
    private static final int VALUE_WIDTH = 64;
    private static final int ROW = 24;
    private static final int BAR = 15;
    private static final int MAX_ROWS = 25;

    private SvgBarChart() {}

    static String svg(String idPrefix, String title, DataTable table, DataTable.ChartSpec spec, Locale locale) {
        List<Map<String, JsonNode>> rows =
                table.rows().subList(0, Math.min(MAX_ROWS, table.rows().size()));
        boolean stacked = spec.values().size() > 1;
        double max = 0;
        double min = 0;
        for (Map<String, JsonNode> row : rows) {
            double total = 0;
            for (DataTable.Column c : spec.values()) {
                double v = num(row.get(c.key()));
                total += stacked ? Math.max(0, v) : v;
            }
            max = Math.max(max, total);
            min = Math.min(min, total);
        }
        boolean share = spec.share() || isShareRows(rows);
        if (share) {
            max = Math.max(max, 100);
        }
        if (max == min) {
            max = min + 1;
        }
        int legend = stacked ? 22 : 0;
        int height = rows.size() * ROW + 8 + legend;
        double area = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        double zero = LABEL_WIDTH + area * (-min) / (max - min);
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        StringBuilder s = new StringBuilder(1024);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(titleId)
                .append(' ')
                .append(descId)
                .append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\">");
        s.append("<title id=\"")
                .append(titleId)
                .append("\">")
                .append(Xml.esc(title))
                .append("</title>");
        s.append("<desc id=\"").append(descId).append("\">").append(Xml.esc(RenderTexts.t("chartDesc", locale)));
        s.append("</desc>");
        s.append(line(zero, 0, zero, rows.size() * ROW + 4, "#868e96"));
        int y = 4;
        for (Map<String, JsonNode> row : rows) {
            String label = Formats.value(row.get(spec.label().key()), false, locale);
            if (label.length() > 32) {
                label = label.substring(0, 31) + "…";
            }
            s.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR - 3);
            s.append("\" text-anchor=\"end\" fill=\"#343a40\">")
                    .append(Xml.esc(label))
                    .append("</text>");
            double x = zero;
            double total = 0;
            for (int i = 0; i < spec.values().size(); i++) {
                double v = num(row.get(spec.values().get(i).key()));
                if (stacked) {
                    v = Math.max(0, v);
                }
                total += v;
                double w = area * Math.abs(v) / (max - min);
                double left = v >= 0 ? x : x - w;
                String color = stacked ? (i == 0 ? FIXED : COLORS[1]) : COLORS[0];
                s.append("<rect x=\"").append(fmt(left)).append("\" y=\"").append(y);
                s.append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR);
                s.append("\" fill=\"").append(color).append("\"/>");
                if (v >= 0) {
                    x += w;
                }
            }
            String shown = stacked
                    ? Formats.number(total, locale)
                    : Formats.value(row.get(spec.values().get(0).key()), share, locale);
            double tx = total >= 0 ? zero + area * total / (max - min) + 4 : zero + 4;
            s.append("<text x=\"").append(fmt(tx)).append("\" y=\"").append(y + BAR - 3);
            s.append("\" fill=\"#343a40\">").append(Xml.esc(shown)).append("</text>");
            y += ROW;
        }
        if (stacked) {
            int ly = y + 6;
            for (int i = 0; i < spec.values().size(); i++) {
                int lx = LABEL_WIDTH + i * 160;
                s.append("<rect x=\"")
                        .append(lx)
                        .append("\" y=\"")
                        .append(ly)
                        .append("\" width=\"12\" height=\"12\" fill=\"");
                s.append(i == 0 ? FIXED : COLORS[1]).append("\"/>");
                s.append("<text x=\"")
                        .append(lx + 18)
                        .append("\" y=\"")
                        .append(ly + 10)
                        .append("\" fill=\"#343a40\">");
                s.append(Xml.esc(spec.values().get(i).label())).append("</text>");
            }
        }
        s.append("</svg>");
        return s.toString();
    }

    private static boolean isShareRows(List<Map<String, JsonNode>> rows) {
        return !rows.isEmpty()
                && rows.stream()
                        .allMatch(r -> r.containsKey(DataTable.SHARE_FLAG)
                                && r.get(DataTable.SHARE_FLAG).asBoolean());
    }

    static double num(JsonNode v) {
        return v != null && v.isNumber() ? v.asDouble() : 0;
    }

    private static String line(double x1, double y1, double x2, double y2, String color) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + color + "\" stroke-width=\"1\"/>";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
