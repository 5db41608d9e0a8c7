package ru.digitalbridge.rating.badge;

import java.util.Locale;

/**
 * Draws a badge as a self-contained SVG: the product's name on the left, the statement on the right, an accessible
 * name and a title with the subject. Widths are estimated from the text and pinned with {@code textLength}, so the
 * text fits whatever font the viewer has. Pure: no CDI, no database.
 */
final class BadgeSvg {
    private static final double CHAR_WIDTH = 6.6;
    private static final int PADDING = 8;
    private static final int HEIGHT = 22;

    private BadgeSvg() {}

    static String render(BadgeFacts facts, Locale locale) {
        String label = BadgeText.product(locale);
        String line = BadgeText.line(facts, locale);
        String title = facts.subject() + ": " + line;
        int labelText = textWidth(label);
        int lineText = textWidth(line);
        int left = labelText + 2 * PADDING;
        int right = lineText + 2 * PADDING;
        int width = left + right;
        String color = facts.published() ? "#1864ab" : "#495057";
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="%2$d" viewBox="0 0 %1$d %2$d" \
                role="img" aria-label="%3$s">
                <title>%3$s</title>
                <rect width="%4$d" height="%2$d" rx="3" fill="#343a40"/>
                <rect x="%4$d" width="%5$d" height="%2$d" rx="3" fill="%6$s"/>
                <rect x="%4$d" width="4" height="%2$d" fill="%6$s"/>
                <g fill="#ffffff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
                <text x="%7$d" y="15" textLength="%8$d" lengthAdjust="spacingAndGlyphs">%9$s</text>
                <text x="%10$d" y="15" textLength="%11$d" lengthAdjust="spacingAndGlyphs">%12$s</text>
                </g>
                </svg>
                """.formatted(
                        width,
                        HEIGHT,
                        escape(title),
                        left,
                        right,
                        color,
                        PADDING,
                        labelText,
                        escape(label),
                        left + PADDING,
                        lineText,
                        escape(line));
    }

    static int textWidth(String text) {
        return (int) Math.ceil(text.codePointCount(0, text.length()) * CHAR_WIDTH);
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
